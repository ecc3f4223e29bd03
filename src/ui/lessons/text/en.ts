// Lesson texts in English (the `lessons` i18n namespace). Written for this app; the structure (steps,
// commands, answers) is in ../catalog.ts. `code` between backticks stays verbatim.
export const lessonsEn = {
  walkthrough: {
    title: '1. Your first rolling update',
    summary:
      'Create a Deployment, read its ReplicaSets and pods, change the image and watch the rolling update.',
    steps: {
      empty: {
        title: 'An empty cluster',
        body: 'This lesson starts from a cluster with nothing in the `default` namespace. Run `kubectl get deployments` to check: kubectl answers that there are no resources.\n\nIn every lesson, Run sends the command to the simulated cluster exactly as if you had typed it into the terminal, and the output is what the real kubectl prints.',
      },
      create: {
        title: 'Create a Deployment',
        body: 'A Deployment is a wish: “keep 3 pods of this template running”. `kubectl create deployment` hands that wish to the API server; it starts nothing by itself.\n\nWatch the stage after you run it: the Deployment controller creates a ReplicaSet, the ReplicaSet controller creates 3 pods, the scheduler places them on nodes, and the kubelet pulls `nginx:1.14.2` and starts the containers. Each pod goes Pending → ContainerCreating → Running.',
      },
      status: {
        title: 'Wait for the rollout',
        body: '`kubectl rollout status` keeps reporting until every replica is updated and available. Then `kubectl get deployments` sums it up.\n\n`READY` is ready pods / desired replicas; `UP-TO-DATE` counts pods that run the newest template; `AVAILABLE` counts pods that have been ready for at least `minReadySeconds` (0 here).',
      },
      replicasets: {
        title: 'ReplicaSets and pods',
        body: 'The Deployment does not own pods directly: it owns a ReplicaSet, and the ReplicaSet owns the pods. The ReplicaSet is named after the Deployment plus a hash of the pod template; each pod adds five random characters.\n\n`--show-labels` shows that hash as the `pod-template-hash` label on every pod: it is how each ReplicaSet tells its own pods from those of other revisions.',
      },
      budget: {
        title: 'The rolling-update budget',
        body: 'A rolling update replaces pods a few at a time within two limits. `maxSurge` is how many pods may exist above the desired count; `maxUnavailable` is how many may be missing from it. Both default to 25%.\n\nThe budget bar above the lanes shows both limits live. Before you update, work them out for 3 replicas.',
        predict: {
          question: 'With 3 replicas and the defaults (25% / 25%), what are the limits during an update?',
          choices: {
            a: 'At most 3 pods; at least 2 available',
            b: 'At most 4 pods; at least 3 available',
            c: 'At most 4 pods; at least 2 available',
            d: 'At most 5 pods; at least 2 available',
          },
          reveal:
            'maxSurge rounds up: 25% of 3 is 0.75, which becomes 1, so at most 3 + 1 = 4 pods. maxUnavailable rounds down: 0.75 becomes 0, so all 3 must stay available.\n\nWith these numbers an update can only go one way: add a new pod first, and remove an old one once the new one is available.',
        },
      },
      update: {
        title: 'Change the image',
        body: '`kubectl set image` changes the pod template. A new template means a new ReplicaSet: the Deployment controller creates it and scales it up while it scales the old one down.\n\nWhen you run the command, the timeline pauses right after it, so you can look at the very first move.',
        predict: {
          question:
            'The new ReplicaSet starts with 1 pod and the old one still has 3. What happens once the new pod is available?',
          choices: {
            a: 'All 3 old pods are removed at once',
            b: 'One old pod is removed, then one more new pod is created',
            c: 'Two more new pods are created before any old pod goes',
          },
          reveal:
            '4 pods exist, the maximum, so nothing more may be created. Once the new pod is available, 4 pods are available and only 3 are needed, so one old pod may go. That frees room under the surge limit for the next new pod.\n\nThe dance repeats, one up and one down, until the old ReplicaSet reaches 0. Watch the budget bar: available never drops below 3.',
        },
      },
      watch: {
        title: 'Watch it finish',
        body: '`kubectl rollout status` prints each stage: how many new replicas are updated, then old replicas pending termination, then success.\n\n`kubectl get rs` afterwards shows both ReplicaSets. The old one is scaled to 0 but kept: it holds revision 1’s template, which is what makes a rollback possible.',
      },
      describe: {
        title: 'Read the story in describe',
        body: '`kubectl describe deployment` lists the strategy, the conditions and the events. The `ScalingReplicaSet` events tell the rollout in order: the new ReplicaSet scaled up from 0 to 1, the old one scaled down from 3 to 2, and so on.\n\nThe `Available` condition says whether enough pods are available; `Progressing` with reason `NewReplicaSetAvailable` says the last rollout finished.',
      },
      done: {
        title: 'Done',
        body: 'You created a Deployment, read its ReplicaSets and pods, and watched a rolling update respect maxSurge and maxUnavailable.\n\nNext lesson: what happens when the new image cannot be pulled.',
      },
    },
  },
  'bad-image': {
    title: '2. A bad image, history and undo',
    summary:
      'A tag that does not exist: a stuck rollout, the progress deadline, history, undo and undo to a revision.',
    steps: {
      deadline: {
        title: 'Shorten the progress deadline',
        body: 'A Deployment that stops making progress is reported as failed after `progressDeadlineSeconds` (600 by default). So that you need not wait ten minutes, set it to 30 seconds.\n\nThis changes the Deployment’s spec but not its pod template, so no new ReplicaSet and no new revision appear.',
      },
      good: {
        title: 'A good update first',
        body: 'Update to `nginx:1.23.1` and wait for the rollout to finish. Now there are two revisions: 1 (`nginx:1.14.2`) and 2 (`nginx:1.23.1`).',
      },
      typo: {
        title: 'A typo in the tag',
        body: 'Now update to `nginx:1.231`: a missing dot, a tag that does not exist. The API server accepts it, because it checks the spec’s shape, not whether a registry has the image.\n\nThe timeline pauses right after the command.',
        predict: {
          question: 'The new pod will never pull its image. What happens to the 3 old pods?',
          choices: {
            a: 'They are all replaced anyway',
            b: 'One of them is removed to make room',
            c: 'None is removed: the old ReplicaSet keeps 3',
          },
          reveal:
            'An old pod may only go while enough pods stay available. With maxUnavailable 0, all 3 must stay available, and the new pod never becomes available. So the old ReplicaSet keeps 3 pods and the application keeps serving the old version.\n\nThat is the rolling update’s safety net: a bad image blocks the rollout instead of taking the application down.',
        },
      },
      diagnose: {
        title: 'See the failure',
        body: '`kubectl get pods` shows the new pod with `ErrImagePull`, then `ImagePullBackOff`: the kubelet waits 10 s before trying again, then 20 s, 40 s and so on, up to 5 minutes between attempts. The pod stays `0/1` ready.\n\n`kubectl get rs` shows the new ReplicaSet with 1 desired, 1 current and 0 ready, next to the old one with 3.',
      },
      'no-rollback': {
        title: 'The deadline',
        body: 'Let the timeline play (a faster speed helps). After 30 seconds without progress, the Deployment controller marks the rollout as failed.',
        predict: {
          question: 'When the progress deadline passes, what does Kubernetes do?',
          choices: {
            a: 'It rolls back to the previous revision',
            b: 'It deletes the new ReplicaSet',
            c: 'It reports the failure and changes nothing else',
          },
          reveal:
            'Deployments never roll back by themselves. The controller only sets the `Progressing` condition to `False` with reason `ProgressDeadlineExceeded`; the bad ReplicaSet and its pod stay, and the kubelet keeps retrying the pull.\n\nWhat to do next is your decision, or your pipeline’s: it can notice the failure because `kubectl rollout status` exits with an error.',
        },
      },
      stuck: {
        title: 'Confirm the failure',
        body: '`kubectl rollout status` now ends with an error: the Deployment exceeded its progress deadline (if the deadline has not passed yet, it waits until it does).\n\n`kubectl describe deployment` shows `Progressing` `False` `ProgressDeadlineExceeded`, and `Available` `True`, because the old pods still serve.',
      },
      history: {
        title: 'Read the history',
        body: '`kubectl rollout history` lists revisions 1, 2 and 3. CHANGE-CAUSE is `<none>`: it shows the `kubernetes.io/change-cause` annotation, which nobody set (`kubectl annotate` can set it).\n\n`--revision=3` shows that revision’s pod template, with the bad tag in it.',
      },
      'predict-undo': {
        title: 'Before undoing',
        body: '`kubectl rollout undo` goes back to the previous revision. It creates no new ReplicaSet: it copies revision 2’s template back into the Deployment, and the controller finds that revision 2’s ReplicaSet already has that template.',
        predict: {
          question: 'After the undo, which revisions will `kubectl rollout history` list?',
          choices: { a: '1, 2, 3', b: '1, 2', c: '1, 3, 4' },
          reveal:
            'Rolling back re-uses the old ReplicaSet but gives it a new, higher revision: revision 2 becomes revision 4. Revision numbers only grow, so the list reads 1, 3, 4. Revision 2 is not lost: its ReplicaSet is now called revision 4.',
        },
      },
      undo: {
        title: 'Undo',
        body: 'Run the undo, then read the history and the ReplicaSets. The stage shows the renumbering: the lane that was revision 2 is now revision 4.\n\nThe bad ReplicaSet is scaled to 0 and its pod removed. The old pods were never touched, so the rollback is complete at once.',
      },
      'to-revision': {
        title: 'Undo to a chosen revision',
        body: '`--to-revision=1` picks a revision instead of the previous one. Revision 1’s ReplicaSet becomes revision 5, and an ordinary rolling update back to `nginx:1.14.2` follows.\n\nThe history now lists 3, 4 and 5.',
      },
      done: {
        title: 'Done',
        body: 'A bad image blocks a rolling update without breaking the application; the deadline only reports the failure; undo re-uses old ReplicaSets under new revision numbers.\n\nNext lesson: batching changes with pause and resume.',
      },
    },
  },
  'pause-resume': {
    title: '3. Pause, batch edits, resume',
    summary:
      'Pause a Deployment, make several changes, resume: one rollout, one new revision. Undo waits for resume.',
    steps: {
      baseline: {
        title: 'Make a second revision',
        body: 'Update to `nginx:1.16.1` and wait for it to finish, so that the history has two revisions. You will need them in a moment.',
      },
      pause: {
        title: 'Pause the rollout',
        body: '`kubectl rollout pause` sets `spec.paused`. A paused Deployment still keeps its number of replicas, but it starts no rollout: template changes wait without creating ReplicaSets.\n\nThe header shows Paused, and the `Progressing` condition becomes `Unknown` with reason `DeploymentPaused`.',
      },
      edits: {
        title: 'Batch several edits',
        body: 'Change the image and add resource limits: two changes to the pod template. Without the pause, each would start a rollout of its own.\n\n`kubectl get rs` shows no new ReplicaSet, and the history still lists 1 and 2.',
      },
      'undo-refused': {
        title: 'Try to undo while paused',
        body: 'kubectl checks `spec.paused` before a rollback and refuses: resume first, then undo. While paused, a rolled-back template would only wait, unapplied, like your other edits.',
      },
      predict: {
        title: 'Before resuming',
        body: 'Two edits are waiting in the template.',
        predict: {
          question: 'How many new revisions appear when you resume?',
          choices: {
            a: 'Two: one per edit',
            b: 'One, with both edits',
            c: 'None until you run another command',
          },
          reveal:
            'The controller only compares the Deployment’s current template with its ReplicaSets. After the resume it finds one template that no ReplicaSet runs yet, with the image and the limits together, and creates one ReplicaSet for it: revision 3.',
        },
      },
      resume: {
        title: 'Resume',
        body: 'Resume and watch a single rolling update carry both changes. The history then lists 1, 2 and 3.',
      },
      done: {
        title: 'Done',
        body: 'Pause lets you batch edits into one rollout, and undo waits until you resume.\n\nNext lesson: the strategy lab.',
      },
    },
  },
  strategies: {
    title: '4. Strategy lab',
    summary:
      'Recreate against RollingUpdate, maxSurge 0 against maxUnavailable 0, percentages and rounding, minReadySeconds.',
    steps: {
      recreate: {
        title: 'Switch to Recreate',
        body: 'The `Recreate` strategy replaces all pods at once. The patch sets `type: Recreate` and removes `rollingUpdate` with `null`: the API server rejects a Recreate strategy that still carries rolling-update settings.',
      },
      'predict-recreate': {
        title: 'Before updating',
        body: 'With Recreate, the controller first scales every old ReplicaSet to 0, waits until all old pods are gone (terminating ones included), and only then creates the new ReplicaSet at full size.',
        predict: {
          question: 'While the new pods start, how many pods are available?',
          choices: { a: '3', b: 'At least 2', c: '0' },
          reveal:
            'None. Between the last old pod going away and the first new pod becoming ready, nothing serves, and the `Available` condition turns `False`. Recreate suits applications that must never run two versions side by side; it pays for that with downtime.',
        },
      },
      'recreate-update': {
        title: 'Update with Recreate',
        body: 'Update the image and watch the three old pods terminate together, the gap, then three new pods start. The budget bar shows the Recreate rule instead of the surge and unavailability limits.',
      },
      'surge-zero': {
        title: 'Back to RollingUpdate with maxSurge 0',
        body: 'Now a rolling update that may not add any pod above 3 (`maxSurge: 0`) but may have one missing (`maxUnavailable: 1`). This is the choice when there is no room for an extra pod.',
        predict: {
          question: 'With maxSurge 0 and maxUnavailable 1, what happens first when you change the image?',
          choices: { a: 'A new pod is created', b: 'An old pod is removed', c: 'All old pods are removed' },
          reveal:
            'No pod may be added above 3, so the controller has to make room first: it scales the old ReplicaSet from 3 to 2, which is allowed because 2 available pods still meet the minimum of 3 − 1 = 2. Then the new ReplicaSet grows into the freed place. Delete first, then create.',
        },
      },
      'surge-zero-update': {
        title: 'See it delete first',
        body: 'Update the image and read `kubectl get rs` at once: the old ReplicaSet is already down to 2 while the new one has its first pod.\n\nThe opposite setting, `maxUnavailable: 0` with a surge, creates first and deletes afterwards: that is what the defaults did for 3 replicas in the first lesson.',
      },
      'both-zero': {
        title: 'Both zero?',
        body: 'What if neither an extra pod nor a missing one is allowed? Try it: the API server rejects the change, because maxUnavailable “may not be 0 when `maxSurge` is 0”. With both at 0 no pod could ever be replaced.\n\nThe check uses the values as written, so `0%` and `0%` are rejected too. When percentages merely round down to 0 for some replica count, the controller quietly allows 1 unavailable pod so the rollout can still move.',
      },
      percent: {
        title: 'Percentages and rounding',
        body: 'Scale to 10 replicas and set both limits back to 25%.',
        predict: {
          question: 'With 10 replicas and 25% / 25%, what are the limits during the next update?',
          choices: {
            a: 'At most 13 pods; at least 8 available',
            b: 'At most 12 pods; at least 7 available',
            c: 'At most 13 pods; at least 7 available',
            d: 'At most 12 pods; at least 8 available',
          },
          reveal:
            '25% of 10 is 2.5. maxSurge rounds up to 3, so at most 13 pods; maxUnavailable rounds down to 2, so at least 8 available. The rounding always leans towards availability: more room to add, less room to remove.',
        },
      },
      'percent-update': {
        title: 'Watch 10 replicas roll',
        body: 'Update the image and read `kubectl get rs` at once: the old ReplicaSet is already down to 8 and the new one has 5 pods, 13 in all. In its first pass the controller created the new ReplicaSet with 3 pods and removed 2 old ones (2 may be unavailable); the next pass filled the freed room with 2 more new pods.\n\nFrom then on the total stays at 13 or less and the available pods at 8 or more.',
      },
      'min-ready': {
        title: 'minReadySeconds',
        body: '`minReadySeconds: 10` says that a pod must stay ready for 10 seconds before it counts as available. Update the image and watch the new pods: they become ready, wait with a countdown ring, then turn available, and only then may old pods go.\n\nReadiness probes decide when a pod is ready; minReadySeconds adds a waiting period on top, a cheap guard against pods that fail soon after starting.',
      },
      done: {
        title: 'Done',
        body: 'Recreate trades downtime for never running two versions at once; maxSurge and maxUnavailable choose between creating first and deleting first; percentages round towards availability; 0 and 0 is refused.\n\nLast lesson: changing course in the middle of a rollout.',
      },
    },
  },
  rollover: {
    title: '5. Rollover and proportional scaling',
    summary:
      'Change the image during a rollout, then scale a stuck rollout and see how the replicas are shared.',
    steps: {
      scale: {
        title: 'Ten replicas',
        body: 'Scale to 10 replicas so that the numbers are big enough to see. With 25% / 25% an update may then add 3 pods and miss 2.',
      },
      'first-update': {
        title: 'Start an update',
        body: 'Update to `nginx:1.16.1`. The timeline pauses at once, in the middle of the rollout: the new ReplicaSet has pods that are not ready yet.',
        predict: {
          question:
            'You will change the image again before these new pods are ready. What happens to the half-finished ReplicaSet?',
          choices: {
            a: 'It finishes its rollout first, then the next one starts',
            b: 'It becomes an old ReplicaSet, and its unready pods are removed first',
            c: 'The second change is rejected until the first is done',
          },
          reveal:
            'A Deployment always rolls towards its current template. When the template changes mid-rollout, the half-finished ReplicaSet simply becomes an old one and a new ReplicaSet is created for the newest template: a rollover.\n\nOld pods that are not available cost nothing to remove, so those go first; the original, available pods are scaled down only as the newest pods become available.',
        },
      },
      'second-update': {
        title: 'Change course',
        body: 'Update again, to `nginx:1.23.1`, and read `kubectl get rs` at once: the half-finished ReplicaSet is already at 0 and the newest one has taken its place. Then let the rollout finish.',
      },
      stuck: {
        title: 'A stuck rollout',
        body: 'Now push a bad tag. With 10 replicas the controller goes as far as the budget allows, at most 13 pods and at least 8 available: 8 old pods and 5 new ones that will never be ready. There it is stuck.',
      },
      'predict-scale': {
        title: 'Scale while stuck',
        body: 'Someone (or an autoscaler) now scales the Deployment to 15. 25% of 15 is 3.75, so maxSurge becomes 4 and up to 19 pods are allowed: 6 more than the 13 that exist.',
        predict: {
          question: 'How are the 6 extra replicas shared between the old ReplicaSet (8) and the new one (5)?',
          choices: {
            a: 'All 6 go to the new ReplicaSet',
            b: 'All 6 go to the old ReplicaSet',
            c: 'In proportion: old 8 → 12, new 5 → 7',
            d: 'Evenly: 3 each',
          },
          reveal:
            'Scaling during a rollout is proportional, so the mix of versions stays the same. Each ReplicaSet gets its size × 19 / 13, rounded: 8 × 19 / 13 = 11.7 → 12 and 5 × 19 / 13 = 7.3 → 7. A rounding leftover would go to the largest ReplicaSet.\n\nWhy not give everything to the new version? It has not proven itself; here it would have received 6 more pods that never start.',
        },
      },
      'scale-stuck': {
        title: 'See the proportions',
        body: 'Scale to 15 and read `kubectl get rs`: 12 old and 7 new, the same shares as before.',
      },
      recover: {
        title: 'Recover',
        body: 'Undo to the working version: the old ReplicaSet becomes the new one again (under a higher revision), grows to 15, and the broken one is scaled to 0.',
      },
      done: {
        title: 'Done',
        body: 'A rollover abandons a half-finished rollout and removes its unavailable pods first; scaling during a rollout keeps the proportions between versions.\n\nThat is the end of the lessons: try the controls on your own, or share this run with a link.',
      },
    },
  },
} as const;
