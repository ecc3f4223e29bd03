// 课程文本（简体中文，i18n 命名空间 `lessons`）。结构（步骤、命令、答案）见 ../catalog.ts；反引号中的内容原样保留。
import type { Catalogue } from '../../i18n/catalogue';
export const lessonsZh: Catalogue = {
  walkthrough: {
    title: '1. 第一次滚动更新',
    summary: '创建一个 Deployment，看懂它的 ReplicaSet 和 Pod，更换镜像，观察滚动更新的全过程。',
    steps: {
      empty: {
        title: '一个空集群',
        body: '本课从一个 `default` 命名空间里什么都没有的集群开始。运行 `kubectl get deployments` 确认一下：kubectl 会告诉你没有任何资源。\n\n在所有课程里，点击“运行”与在终端里亲手输入完全相同：命令发往模拟集群，输出与真实的 kubectl 一模一样。',
      },
      create: {
        title: '创建 Deployment',
        body: 'Deployment 是一个愿望：“让这个模板的 3 个 Pod 一直运行”。`kubectl create deployment` 只是把这个愿望交给 API 服务器，它自己什么也不启动。\n\n运行之后请看舞台：Deployment 控制器创建一个 ReplicaSet，ReplicaSet 控制器创建 3 个 Pod，调度器把它们分配到节点上，kubelet 拉取 `nginx:1.14.2` 并启动容器。每个 Pod 依次经历 Pending → ContainerCreating → Running。',
      },
      status: {
        title: '等待发布完成',
        body: '`kubectl rollout status` 会持续报告进度，直到所有副本都已更新并且可用。之后用 `kubectl get deployments` 看一个汇总。\n\n`READY` 是就绪的 Pod 数 / 期望的副本数；`UP-TO-DATE` 是运行最新模板的 Pod 数；`AVAILABLE` 是已经就绪至少 `minReadySeconds` 秒（这里是 0）的 Pod 数。',
      },
      replicasets: {
        title: 'ReplicaSet 与 Pod',
        body: 'Deployment 并不直接管理 Pod：它管理 ReplicaSet，再由 ReplicaSet 管理 Pod。ReplicaSet 的名字是 Deployment 的名字加上 Pod 模板的哈希值；每个 Pod 的名字再加上 5 个随机字符。\n\n`--show-labels` 会把这个哈希值显示为每个 Pod 上的 `pod-template-hash` 标签：每个 ReplicaSet 就是靠它把自己的 Pod 和其他修订版本的 Pod 区分开的。',
      },
      budget: {
        title: '滚动更新的预算',
        body: '滚动更新在两个限制之内一次替换几个 Pod。`maxSurge` 是允许超出期望数量的 Pod 数；`maxUnavailable` 是允许缺少的 Pod 数。两者默认都是 25%。\n\n泳道上方的预算条会实时显示这两个限制。更新之前，先算一算 3 个副本时它们是多少。',
        predict: {
          question: '3 个副本、默认值（25% / 25%）时，更新期间的限制是多少？',
          choices: {
            a: '最多 3 个 Pod；至少 2 个可用',
            b: '最多 4 个 Pod；至少 3 个可用',
            c: '最多 4 个 Pod；至少 2 个可用',
            d: '最多 5 个 Pod；至少 2 个可用',
          },
          reveal:
            'maxSurge 向上取整：3 的 25% 是 0.75，取整为 1，所以最多 3 + 1 = 4 个 Pod。maxUnavailable 向下取整：0.75 取整为 0，所以 3 个都必须保持可用。\n\n在这样的数字下，更新只有一种走法：先增加一个新 Pod，等它可用后再删除一个旧 Pod。',
        },
      },
      update: {
        title: '更换镜像',
        body: '`kubectl set image` 修改了 Pod 模板。新模板意味着新的 ReplicaSet：Deployment 控制器创建它，一边扩容新的，一边缩容旧的。\n\n运行命令后，时间线会在命令之后立刻暂停，让你看清第一步。',
        predict: {
          question: '新的 ReplicaSet 从 1 个 Pod 开始，旧的仍有 3 个。新 Pod 可用之后会发生什么？',
          choices: {
            a: '3 个旧 Pod 一次全部删除',
            b: '删除一个旧 Pod，然后再创建一个新 Pod',
            c: '先再创建两个新 Pod，然后才删除旧 Pod',
          },
          reveal:
            '现在已有 4 个 Pod，达到上限，不能再创建。新 Pod 可用后，可用的 Pod 有 4 个，而只需要 3 个，于是可以删除一个旧 Pod，这又在上限之下腾出了位置给下一个新 Pod。\n\n这样一增一减，反复进行，直到旧 ReplicaSet 缩到 0。注意预算条：可用数从未低于 3。',
        },
      },
      watch: {
        title: '看它完成',
        body: '`kubectl rollout status` 会打印每个阶段：已更新了多少个新副本，然后是等待终止的旧副本，最后是成功。\n\n之后运行 `kubectl get rs` 能看到两个 ReplicaSet。旧的缩到了 0，但被保留下来：它保存着修订版本 1 的模板，回滚正是靠它。',
      },
      describe: {
        title: '从 describe 里读出经过',
        body: '`kubectl describe deployment` 列出了策略、状况（Conditions）和事件。`ScalingReplicaSet` 事件按顺序讲述了这次发布：新 ReplicaSet 从 0 扩到 1，旧的从 3 缩到 2，依此类推。\n\n`Available` 状况表示可用的 Pod 是否足够；`Progressing` 的原因为 `NewReplicaSetAvailable`，表示上一次发布已经完成。',
      },
      done: {
        title: '完成',
        body: '你创建了一个 Deployment，看懂了它的 ReplicaSet 和 Pod，并看到滚动更新如何遵守 maxSurge 和 maxUnavailable。\n\n下一课：新镜像拉取失败时会发生什么。',
      },
    },
  },
  'bad-image': {
    title: '2. 错误镜像、历史与回滚',
    summary: '一个不存在的标签：卡住的发布、进度截止时间、发布历史、回滚，以及回滚到指定修订版本。',
    steps: {
      deadline: {
        title: '缩短进度截止时间',
        body: '如果 Deployment 不再取得进展，超过 `progressDeadlineSeconds`（默认 600 秒）后就会被报告为失败。为了不必等上十分钟，把它设为 30 秒。\n\n这修改的是 Deployment 的 spec，而不是 Pod 模板，所以不会出现新的 ReplicaSet，也不会有新的修订版本。',
      },
      good: {
        title: '先做一次正常更新',
        body: '更新到 `nginx:1.23.1` 并等待发布完成。现在有两个修订版本：1（`nginx:1.14.2`）和 2（`nginx:1.23.1`）。',
      },
      typo: {
        title: '标签里的一个笔误',
        body: '现在更新到 `nginx:1.231`：少了一个点，这个标签并不存在。API 服务器照样接受，因为它只检查 spec 的格式，并不检查镜像仓库里有没有这个镜像。\n\n时间线会在命令之后立刻暂停。',
        predict: {
          question: '新 Pod 永远拉不到镜像。3 个旧 Pod 会怎样？',
          choices: {
            a: '照样全部被替换',
            b: '删除其中一个腾出位置',
            c: '一个也不删：旧 ReplicaSet 保持 3 个',
          },
          reveal:
            '只有在足够多的 Pod 保持可用时，旧 Pod 才能被删除。maxUnavailable 为 0 时，3 个都必须可用，而新 Pod 永远不会可用。所以旧 ReplicaSet 保持 3 个 Pod，应用继续由旧版本提供服务。\n\n这就是滚动更新的安全网：错误的镜像只会卡住发布，而不会让应用宕掉。',
        },
      },
      diagnose: {
        title: '查看故障',
        body: '`kubectl get pods` 显示新 Pod 先是 `ErrImagePull`，然后是 `ImagePullBackOff`：kubelet 等 10 秒后重试，然后是 20 秒、40 秒……两次尝试之间最长间隔 5 分钟。这个 Pod 一直是 `0/1` 就绪。\n\n`kubectl get rs` 显示新 ReplicaSet 期望 1 个、当前 1 个、就绪 0 个，旁边的旧 ReplicaSet 仍是 3 个。',
      },
      'no-rollback': {
        title: '截止时间',
        body: '让时间线继续播放（调快速度会更省时）。30 秒没有进展后，Deployment 控制器会把这次发布标记为失败。',
        predict: {
          question: '进度截止时间过了以后，Kubernetes 会做什么？',
          choices: {
            a: '回滚到上一个修订版本',
            b: '删除新的 ReplicaSet',
            c: '报告失败，其他什么都不改',
          },
          reveal:
            'Deployment 从不自动回滚。控制器只是把 `Progressing` 状况设为 `False`，原因为 `ProgressDeadlineExceeded`；错误的 ReplicaSet 和它的 Pod 都留着，kubelet 也继续重试拉取。\n\n接下来怎么做由你决定，或者由你的流水线决定：`kubectl rollout status` 会以错误退出，流水线据此就能发现失败。',
        },
      },
      stuck: {
        title: '确认失败',
        body: '现在 `kubectl rollout status` 以错误结束：Deployment 超过了进度截止时间（如果还没到截止时间，它会一直等到那时）。\n\n`kubectl describe deployment` 显示 `Progressing` `False` `ProgressDeadlineExceeded`，同时 `Available` 为 `True`，因为旧 Pod 仍在提供服务。',
      },
      history: {
        title: '查看发布历史',
        body: '`kubectl rollout history` 列出修订版本 1、2、3。CHANGE-CAUSE 显示为 `<none>`：这一列读取的是 `kubernetes.io/change-cause` 注解，而没有人设置过它（可以用 `kubectl annotate` 设置）。\n\n`--revision=3` 显示该修订版本的 Pod 模板，错误的标签就在里面。',
      },
      'predict-undo': {
        title: '回滚之前',
        body: '`kubectl rollout undo` 回到上一个修订版本。它不会创建新的 ReplicaSet：它把修订版本 2 的模板复制回 Deployment，控制器随后发现修订版本 2 的 ReplicaSet 正好就是这个模板。',
        predict: {
          question: '回滚之后，`kubectl rollout history` 会列出哪些修订版本？',
          choices: { a: '1、2、3', b: '1、2', c: '1、3、4' },
          reveal:
            '回滚会复用旧的 ReplicaSet，但给它一个新的、更大的修订版本号：修订版本 2 变成了修订版本 4。修订版本号只增不减，所以列表是 1、3、4。修订版本 2 并没有丢失：它的 ReplicaSet 现在叫修订版本 4。',
        },
      },
      undo: {
        title: '回滚',
        body: '执行回滚，然后查看历史和 ReplicaSet。舞台上能看到重新编号：原来修订版本 2 的泳道现在是修订版本 4。\n\n错误的 ReplicaSet 缩到 0，它的 Pod 被删除。旧 Pod 从未被动过，所以回滚立刻完成。',
      },
      'to-revision': {
        title: '回滚到指定修订版本',
        body: '`--to-revision=1` 指定一个修订版本，而不是上一个。修订版本 1 的 ReplicaSet 变成修订版本 5，随后进行一次普通的滚动更新，回到 `nginx:1.14.2`。\n\n现在历史列出的是 3、4、5。',
      },
      done: {
        title: '完成',
        body: '错误的镜像会卡住滚动更新，但不会让应用中断；截止时间只负责报告失败；回滚会复用旧的 ReplicaSet，并赋予新的修订版本号。\n\n下一课：用暂停和恢复把多处修改合并成一次发布。',
      },
    },
  },
  'pause-resume': {
    title: '3. 暂停、批量修改、恢复',
    summary: '暂停 Deployment，做几处修改，再恢复：只有一次发布、一个新修订版本。回滚要等到恢复之后。',
    steps: {
      baseline: {
        title: '制造第二个修订版本',
        body: '更新到 `nginx:1.16.1` 并等待完成，这样历史里就有两个修订版本。稍后会用到。',
      },
      pause: {
        title: '暂停发布',
        body: '`kubectl rollout pause` 设置 `spec.paused`。暂停的 Deployment 仍然维持副本数量，但不会开始任何发布：模板的修改会先攒着，不会创建 ReplicaSet。\n\n顶栏显示“已暂停”，`Progressing` 状况变为 `Unknown`，原因为 `DeploymentPaused`。',
      },
      edits: {
        title: '批量修改',
        body: '更换镜像并加上资源限制：对 Pod 模板的两处修改。如果没有暂停，每一处都会各自触发一次发布。\n\n`kubectl get rs` 显示没有新的 ReplicaSet，历史里仍然只有 1 和 2。',
      },
      'undo-refused': {
        title: '暂停时尝试回滚',
        body: 'kubectl 在回滚前会检查 `spec.paused` 并拒绝执行：先恢复，再回滚。暂停期间，回滚后的模板也只会和你的其他修改一样等着，不会生效。',
      },
      predict: {
        title: '恢复之前',
        body: '模板里有两处修改在等待。',
        predict: {
          question: '恢复之后会出现几个新的修订版本？',
          choices: {
            a: '两个：每处修改一个',
            b: '一个，包含两处修改',
            c: '一个也没有，直到你再运行别的命令',
          },
          reveal:
            '控制器只比较 Deployment 当前的模板和它的 ReplicaSet。恢复之后，它发现有一个模板还没有任何 ReplicaSet 在运行（镜像和资源限制都在其中），于是为它创建一个 ReplicaSet：修订版本 3。',
        },
      },
      resume: {
        title: '恢复',
        body: '恢复发布，看一次滚动更新同时带上两处修改。之后历史列出 1、2、3。',
      },
      done: {
        title: '完成',
        body: '暂停可以把多处修改合并成一次发布；回滚要等到恢复之后。\n\n下一课：发布策略实验室。',
      },
    },
  },
  strategies: {
    title: '4. 发布策略实验室',
    summary:
      'Recreate 对比 RollingUpdate，maxSurge 为 0 对比 maxUnavailable 为 0，百分比与取整，minReadySeconds。',
    steps: {
      recreate: {
        title: '切换到 Recreate',
        body: '`Recreate` 策略一次性替换所有 Pod。这个补丁设置 `type: Recreate`，并用 `null` 删除 `rollingUpdate`：如果 Recreate 策略还带着滚动更新的设置，API 服务器会拒绝。',
      },
      'predict-recreate': {
        title: '更新之前',
        body: '使用 Recreate 时，控制器先把所有旧 ReplicaSet 缩到 0，等所有旧 Pod 都消失（包括正在终止的），然后才以完整的副本数创建新的 ReplicaSet。',
        predict: {
          question: '新 Pod 启动期间，有几个 Pod 可用？',
          choices: { a: '3 个', b: '至少 2 个', c: '0 个' },
          reveal:
            '一个也没有。从最后一个旧 Pod 消失到第一个新 Pod 就绪之间，没有任何 Pod 提供服务，`Available` 状况变为 `False`。Recreate 适合绝不能让两个版本同时运行的应用，代价是停机。',
        },
      },
      'recreate-update': {
        title: '用 Recreate 更新',
        body: '更换镜像，观察 3 个旧 Pod 一起终止、中间的空档，然后 3 个新 Pod 启动。预算条显示的是 Recreate 的规则，而不是超出和不可用的限制。',
      },
      'surge-zero': {
        title: '回到 RollingUpdate，maxSurge 为 0',
        body: '现在是一种不允许超出 3 个 Pod（`maxSurge: 0`）、但允许缺少一个（`maxUnavailable: 1`）的滚动更新。当没有空间容纳额外的 Pod 时，就选这种设置。',
        predict: {
          question: 'maxSurge 为 0、maxUnavailable 为 1 时，更换镜像后首先发生什么？',
          choices: { a: '创建一个新 Pod', b: '删除一个旧 Pod', c: '删除全部旧 Pod' },
          reveal:
            '不能超出 3 个 Pod，所以控制器必须先腾出位置：它把旧 ReplicaSet 从 3 缩到 2，这是允许的，因为 2 个可用 Pod 仍然满足最低要求 3 − 1 = 2。然后新 ReplicaSet 填进空出的位置。先删后建。',
        },
      },
      'surge-zero-update': {
        title: '看它先删后建',
        body: '更换镜像，并立刻运行 `kubectl get rs`：旧 ReplicaSet 已经降到 2，而新的刚有第一个 Pod。\n\n相反的设置，即 `maxUnavailable: 0` 加上一定的超出量，会先建后删：第一课里 3 个副本的默认设置就是这样。',
      },
      'both-zero': {
        title: '两个都为 0？',
        body: '如果既不允许多一个，也不允许少一个呢？试一试：API 服务器会拒绝这个修改，理由是：当 `maxSurge` 为 0 时，`maxUnavailable` 不能为 0。两者都为 0 时，任何 Pod 都无法被替换。\n\n检查针对的是写下的值，所以 `0%` 和 `0%` 同样会被拒绝。如果百分比只是在某个副本数下向下取整成了 0，控制器会悄悄允许 1 个不可用的 Pod，让发布仍能推进。',
      },
      percent: {
        title: '百分比与取整',
        body: '扩容到 10 个副本，并把两个限制都改回 25%。',
        predict: {
          question: '10 个副本、25% / 25% 时，下一次更新期间的限制是多少？',
          choices: {
            a: '最多 13 个 Pod；至少 8 个可用',
            b: '最多 12 个 Pod；至少 7 个可用',
            c: '最多 13 个 Pod；至少 7 个可用',
            d: '最多 12 个 Pod；至少 8 个可用',
          },
          reveal:
            '10 的 25% 是 2.5。maxSurge 向上取整为 3，所以最多 13 个 Pod；maxUnavailable 向下取整为 2，所以至少 8 个可用。取整总是偏向可用性：多留一些增加的余地，少留一些删除的余地。',
        },
      },
      'percent-update': {
        title: '观察 10 个副本的滚动更新',
        body: '更换镜像，并立刻运行 `kubectl get rs`：旧 ReplicaSet 已经降到 8，新的有 5 个 Pod，共 13 个。控制器在第一轮中以 3 个 Pod 创建了新 ReplicaSet，同时删除了 2 个旧 Pod（允许 2 个不可用）；下一轮又用 2 个新 Pod 填满了空出的位置。\n\n此后总数始终不超过 13，可用数始终不少于 8。',
      },
      'min-ready': {
        title: 'minReadySeconds',
        body: '`minReadySeconds: 10` 表示 Pod 必须持续就绪 10 秒，才算作可用。更换镜像并观察新 Pod：它们先变为就绪，带着倒计时圆环等待，然后才变为可用，之后旧 Pod 才能被删除。\n\n就绪探针决定 Pod 何时就绪；minReadySeconds 在此之上再加一段等待，低成本地防范那些启动后不久就出错的 Pod。',
      },
      done: {
        title: '完成',
        body: 'Recreate 用停机换来绝不同时运行两个版本；maxSurge 和 maxUnavailable 决定先建还是先删；百分比的取整偏向可用性；两者都为 0 会被拒绝。\n\n最后一课：在发布进行到一半时改变方向。',
      },
    },
  },
  rollover: {
    title: '5. 滚动覆盖与按比例扩缩',
    summary: '在发布过程中再次更换镜像，然后对一次卡住的发布进行扩容，看副本如何分配。',
    steps: {
      scale: {
        title: '10 个副本',
        body: '扩容到 10 个副本，让数字大到足以看清。在 25% / 25% 下，更新时最多可以多 3 个 Pod、少 2 个。',
      },
      'first-update': {
        title: '开始一次更新',
        body: '更新到 `nginx:1.16.1`。时间线会立刻暂停在发布进行到一半的时候：新 ReplicaSet 的 Pod 还没有就绪。',
        predict: {
          question: '你将在这些新 Pod 就绪之前再次更换镜像。这个进行到一半的 ReplicaSet 会怎样？',
          choices: {
            a: '先完成它自己的发布，然后再开始下一次',
            b: '它变成旧 ReplicaSet，它那些未就绪的 Pod 最先被删除',
            c: '在第一次完成之前，第二次修改会被拒绝',
          },
          reveal:
            'Deployment 总是朝着它当前的模板发布。模板在发布中途改变时，进行到一半的 ReplicaSet 直接变成旧的，并为最新的模板创建一个新的 ReplicaSet：这就是滚动覆盖（rollover）。\n\n删除不可用的旧 Pod 不会损失任何可用性，所以它们最先被删除；原先那些可用的 Pod，只会随着最新的 Pod 变为可用而逐步缩容。',
        },
      },
      'second-update': {
        title: '改变方向',
        body: '再次更新到 `nginx:1.23.1`，并立刻运行 `kubectl get rs`：进行到一半的 ReplicaSet 已经降到 0，最新的 ReplicaSet 取代了它。然后让发布完成。',
      },
      stuck: {
        title: '一次卡住的发布',
        body: '现在推送一个错误的标签。在 10 个副本下，控制器会在预算允许的范围内尽量推进，即最多 13 个 Pod、至少 8 个可用：8 个旧 Pod 和 5 个永远不会就绪的新 Pod。然后就卡在那里。',
      },
      'predict-scale': {
        title: '卡住时扩容',
        body: '这时有人（或者自动扩缩器）把 Deployment 扩容到 15。15 的 25% 是 3.75，所以 maxSurge 变为 4，最多允许 19 个 Pod：比现有的 13 个多 6 个。',
        predict: {
          question: '多出的 6 个副本如何在旧 ReplicaSet（8 个）和新 ReplicaSet（5 个）之间分配？',
          choices: {
            a: '6 个全给新 ReplicaSet',
            b: '6 个全给旧 ReplicaSet',
            c: '按比例：旧的 8 → 12，新的 5 → 7',
            d: '平均分配：各 3 个',
          },
          reveal:
            '发布过程中的扩缩是按比例进行的，所以各版本所占的比例保持不变。每个 ReplicaSet 得到“自身大小 × 19 / 13”再取整：8 × 19 / 13 = 11.7 → 12，5 × 19 / 13 = 7.3 → 7。如果取整后还有剩余，会分给最大的 ReplicaSet。\n\n为什么不全部给新版本？因为它还没有证明自己；在这里，它只会多出 6 个永远启动不了的 Pod。',
        },
      },
      'scale-stuck': {
        title: '查看比例',
        body: '扩容到 15 并运行 `kubectl get rs`：旧的 12 个、新的 7 个，比例与之前相同。',
      },
      recover: {
        title: '恢复',
        body: '回滚到能正常工作的版本：旧 ReplicaSet 重新成为新的（使用更大的修订版本号），扩到 15 个，损坏的那个缩到 0。',
      },
      done: {
        title: '完成',
        body: '滚动覆盖会放弃进行到一半的发布，并先删除其中不可用的 Pod；发布过程中的扩缩会保持各版本之间的比例。\n\n课程到此结束：可以自己试试各种控制项，或者用链接分享这次运行。',
      },
    },
  },
} as const;
