// The kubelet of every simulated node (pkg/kubelet: pod workers, image manager with pull back-off, PLEG,
// prober, crash-loop back-off, graceful termination). Driven by timers; writes pod status through the API.
import type { Node, Pod } from '../api/types';
import { keyOf } from '../store/store';
import type { SimContext } from '../sim/context';
import { BACKOFF_INITIAL_MS, BACKOFF_MAX_MS, REALISTIC, jitter } from '../sim/timing';
import { pullImage } from './images';
import { hexWords, intern } from '../sim/strings';
import { ChunkedMap, type ChunkedSnapshot } from '../store/chunkedMap';
import { buildPodStatus } from './podStatus';
import type { ContainerRuntime, PodRuntime } from './runtime';
import { describeProbeFailure, handleProbe, nextProbeAt } from './prober';

/** Per-node kubelet state: image cache, serialized puller, IP allocation, PLEG phase. */
export interface NodeRuntime {
  name: string;
  index: number;
  images: ReadonlySet<string>;
  /** the serialized image puller is busy until this instant */
  pullBusyUntil: number;
  nextIp: number;
  /** offset of this node's 1 s PLEG relist tick */
  relistOffset: number;
  /** images being pulled on this node → when that pull completes (later pulls of the same image wait for it) */
  pulling: ReadonlyMap<string, number>;
}

/** Everything the kubelets keep between steps (snapshotted by the timeline). */
export interface KubeletState {
  pods: ChunkedSnapshot<PodRuntime>;
  nodes: ChunkedSnapshot<NodeRuntime>;
}

const SOURCE = (node: string) => ({ component: 'kubelet', host: node });

/** A duration as Go's time.Duration prints it in kubelet messages, e.g. `2.503s`, `812ms`, `1m4.2s`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const m = Math.floor(ms / 60000);
  const sec = `${Number(((ms % 60000) / 1000).toFixed(3))}s`;
  return m > 0 ? `${m}m${sec}` : sec;
}
/**
 * Recurring texts (field paths, event messages) by container name or image: built once, so events share one
 * string and the recorder hashes a string whose hash is already known.
 */
function textCache(build: (subject: string) => string): (subject: string) => string {
  const cache = new Map<string, string>();
  return (subject) => {
    let t = cache.get(subject);
    if (t === undefined) {
      if (cache.size > 10_000) cache.clear();
      t = intern(build(subject));
      cache.set(subject, t);
    }
    return t;
  };
}
const fieldPathOf = textCache((name) => `spec.containers{${name}}`);
const alreadyPresent = textCache((image) => `Container image "${image}" already present on machine`);
const pullingImage = textCache((image) => `Pulling image "${image}"`);
const created = textCache((name) => `Created container: ${name}`);
const started = textCache((name) => `Started container ${name}`);
const stopping = textCache((name) => `Stopping container ${name}`);

const fieldPath = (c: ContainerRuntime) => fieldPathOf(c.name);

/** The kubelets of all nodes. */
export class Kubelet {
  private pods = new ChunkedMap<PodRuntime>();
  private nodes = new ChunkedMap<NodeRuntime>();

  constructor(
    private readonly ctx: SimContext,
    nodes: NodeRuntime[],
  ) {
    for (const n of nodes) this.nodes.set(n.name, n);
  }

  /** The kubelets' state for a snapshot (later writes copy the chunks they touch). */
  snapshot(): KubeletState {
    return { pods: this.pods.snapshot(), nodes: this.nodes.snapshot() };
  }

  restore(state: KubeletState): void {
    this.pods.restore(state.pods);
    this.nodes.restore(state.nodes);
  }

  /** The runtime view of one pod (for the UI's countdowns and the Why? panel). */
  runtimeOf(podKey: string): PodRuntime | undefined {
    return this.pods.get(podKey);
  }

  /** A node's kubelet state (image cache etc.). */
  nodeRuntime(name: string): NodeRuntime | undefined {
    return this.nodes.get(name);
  }

  /** pullImage results by image and command array (pure, and pods of one template share their command). */
  private readonly pulls = new Map<
    string,
    Map<readonly string[] | undefined, ReturnType<typeof pullImage>>
  >();

  private pull(image: string, command: string[] | undefined): ReturnType<typeof pullImage> {
    let byCommand = this.pulls.get(image);
    if (!byCommand) this.pulls.set(image, (byCommand = new Map()));
    let r = byCommand.get(command);
    if (!r) byCommand.set(command, (r = pullImage(image, command)));
    return r;
  }

  private get fixed(): boolean {
    return this.ctx.timing.kind === 'fixed';
  }

  /** The next PLEG relist instant of a node at or after `t` (realistic mode); `t` itself in fixed mode. */
  private relist(node: string, t: number): number {
    if (this.fixed) return t;
    const n = this.nodes.get(node);
    const period = REALISTIC.relistPeriod;
    const off = n?.relistOffset ?? 0;
    return t + ((((off - t) % period) + period) % period);
  }

  private j(min: number, max: number): number {
    return this.fixed ? 0 : jitter(this.ctx.rng, min, max);
  }

  private setRuntime(key: string, rt: PodRuntime): void {
    this.pods.set(key, rt);
  }

  private schedule(key: string, rt: PodRuntime, at: number, step: string): void {
    this.ctx.schedule(at, { type: 'kubelet', podKey: key, step: intern(step), gen: rt.gen });
  }

  /** Work-queue entry: the kubelet notices a pod bound to its node, a deletion, or a pod gone. */
  sync(podKey: string): void {
    const pod = this.ctx.store.get('Pod', podKey);
    const rt = this.pods.get(podKey);
    if (!pod) {
      if (rt) this.dropRuntime(podKey);
      return;
    }
    if (!pod.spec.nodeName) return;
    if (!rt) {
      if (pod.metadata.deletionTimestamp) {
        this.ctx.write.purge(pod);
        return;
      }
      this.admit(pod);
      return;
    }
    if (pod.metadata.deletionTimestamp && !rt.terminating) this.beginTermination(pod, rt);
  }

  private dropRuntime(key: string): void {
    this.pods.delete(key);
  }

  private admit(pod: Pod): void {
    const key = keyOf(pod);
    const rt: PodRuntime = {
      gen: 1,
      node: pod.spec.nodeName!,
      sandboxReady: false,
      terminating: false,
      containers: pod.spec.containers.map((c) => ({
        name: c.name,
        image: c.image ?? '',
        stage: 'waiting',
        pullBackoffMs: 0,
        pullRetryAt: 0,
        crashBackoffMs: 0,
        crashRetryAt: 0,
        restartCount: 0,
        ready: false,
        probeSuccesses: 0,
      })),
    };
    this.setRuntime(key, rt);
    this.writeStatus(pod, rt);
    this.schedule(key, rt, this.ctx.now() + this.j(REALISTIC.sandboxMin, REALISTIC.sandboxMax), 'sandbox');
  }

  /** Timer entry point. */
  step(podKey: string, step: string, gen: number): void {
    const rt = this.pods.get(podKey);
    const pod = this.ctx.store.get('Pod', podKey);
    if (!rt || !pod || rt.gen !== gen) return;
    const colon = step.indexOf(':');
    const name = colon < 0 ? step : step.slice(0, colon);
    const i = colon < 0 ? 0 : Number(step.slice(colon + 1));
    switch (name) {
      case 'sandbox':
        return this.sandbox(pod, rt);
      case 'pull-done':
        return this.pullDone(pod, rt, i);
      case 'start':
        return this.start(pod, rt, i);
      case 'probe':
        return this.probe(pod, rt, i);
      case 'exit':
        return this.exit(pod, rt, i);
      case 'resync':
        return this.resync(pod, rt, i);
      case 'stopped':
        return this.stopped(pod, rt, i);
      case 'finalize':
        return this.finalize(pod, rt);
    }
  }

  private update(
    pod: Pod,
    rt: PodRuntime,
    i: number,
    patch: Partial<ContainerRuntime>,
    bumpGen = false,
  ): PodRuntime {
    const containers = rt.containers.slice();
    containers[i] = { ...containers[i]!, ...patch };
    const next: PodRuntime = { ...rt, containers, gen: bumpGen ? rt.gen + 1 : rt.gen };
    this.setRuntime(keyOf(pod), next);
    return next;
  }

  private node(name: string): NodeRuntime {
    return this.nodes.get(name)!;
  }

  private setNode(n: NodeRuntime): void {
    this.nodes.set(n.name, n);
  }

  private hostIP(node: string): string {
    return intern(`10.0.0.${10 + this.node(node).index}`);
  }

  private writeStatus(pod: Pod, rt: PodRuntime): void {
    const current = this.ctx.store.get('Pod', keyOf(pod));
    if (!current) return;
    const status = buildPodStatus(current, rt, this.hostIP(rt.node), rt.podIP, this.ctx.now());
    // The status is built fresh for this write (sharing only immutable stored parts): stored without a copy.
    this.ctx.write.updatePodStatus(current, status);
  }

  /** Sandbox (pause container + CNI) is up: the pod gets its IP, then each container's image is ensured. */
  private sandbox(pod: Pod, rt0: PodRuntime): void {
    const key = keyOf(pod);
    const n = this.node(rt0.node);
    const podIP = `10.244.${n.index}.${(n.nextIp % 250) + 2}`;
    this.setNode({ ...n, nextIp: n.nextIp + 1 });
    let rt: PodRuntime = { ...rt0, sandboxReady: true, podIP };
    this.setRuntime(key, rt);
    for (let i = 0; i < rt.containers.length; i++) rt = this.ensureImage(pod, rt, i);
    this.writeStatus(pod, this.pods.get(key)!);
  }

  /** EnsureImageExists: cached → create; otherwise pull (serialized per node) or fail. */
  private ensureImage(pod: Pod, rt: PodRuntime, i: number): PodRuntime {
    const key = keyOf(pod);
    const c = rt.containers[i]!;
    const spec = pod.spec.containers[i]!;
    const now = this.ctx.now();
    const result = this.pull(c.image, spec.command);
    const n = this.node(rt.node);
    const policy =
      spec.imagePullPolicy ??
      (c.image.includes(':') && !c.image.endsWith(':latest') ? 'IfNotPresent' : 'Always');
    if (!result.ok && result.reason === 'InvalidImageName') {
      this.ctx.events.record(pod, 'Warning', 'InspectFailed', result.message, SOURCE(rt.node), fieldPath(c));
      this.ctx.events.record(
        pod,
        'Warning',
        'Failed',
        'Error: InvalidImageName',
        SOURCE(rt.node),
        fieldPath(c),
      );
      return this.update(pod, rt, i, { stage: 'invalid-image', pullError: result.message });
    }
    const cached = result.ok && n.images.has(result.full);
    if (this.fixed) {
      // Trace model: no pull time; a pullable image's container starts exactly D after the pod was created.
      if (!result.ok) return this.pullFailed(pod, rt, i, result.message);
      // Scheduling and the sandbox take no time in this model, so `now` is the pod's creation instant.
      const readyAt = now + (this.ctx.timing.kind === 'fixed' ? this.ctx.timing.readyDelayMs : 0);
      const next = this.update(pod, rt, i, {
        stage: 'creating',
        behaviour: result.behaviour,
        imageRef: result.full,
      });
      this.schedule(key, next, Math.max(now, readyAt), `start:${i}`);
      return next;
    }
    if (cached && policy !== 'Always') {
      this.ctx.events.record(pod, 'Normal', 'Pulled', alreadyPresent(c.image), SOURCE(rt.node), fieldPath(c));
      const next = this.update(pod, rt, i, {
        stage: 'creating',
        behaviour: result.behaviour,
        imageRef: result.full,
      });
      this.schedule(
        key,
        next,
        this.relist(rt.node, now + this.j(REALISTIC.createMin, REALISTIC.createMax)),
        `start:${i}`,
      );
      return next;
    }
    if (policy === 'Never') {
      const msg = `Container image "${c.image}" is not present with pull policy of Never`;
      this.ctx.events.record(pod, 'Warning', 'ErrImageNeverPull', msg, SOURCE(rt.node), fieldPath(c));
      return this.update(pod, rt, i, { stage: 'pull-failed', pullError: msg });
    }
    this.ctx.events.record(pod, 'Normal', 'Pulling', pullingImage(c.image), SOURCE(rt.node), fieldPath(c));
    const resolve = this.j(REALISTIC.resolveMin, REALISTIC.resolveMax);
    // Pulls are serialized per node (serializeImagePulls). A pull of an image whose layers another pull on
    // this node is already fetching only resolves the reference once that one has finished.
    const inFlight = result.ok ? n.pulling.get(result.full) : undefined;
    const sharing = inFlight !== undefined && inFlight > now;
    const transfer =
      result.ok && !cached && !sharing
        ? Math.round(
            result.behaviour.sizeBytes / this.j(REALISTIC.pullBytesPerMsMin, REALISTIC.pullBytesPerMsMax),
          )
        : 0;
    const begin = Math.max(now, n.pullBusyUntil, sharing ? inFlight : 0);
    const done = begin + resolve + transfer;
    const pulling = new Map(n.pulling);
    if (result.ok && !sharing) pulling.set(result.full, done);
    this.setNode({ ...n, pullBusyUntil: done, pulling });
    const next = this.update(pod, rt, i, {
      stage: 'pulling',
      pullRetryAt: now,
      pullWorkMs: resolve + transfer,
    });
    this.schedule(key, next, done, `pull-done:${i}`);
    return next;
  }

  private pullDone(pod: Pod, rt: PodRuntime, i: number): void {
    const c = rt.containers[i]!;
    const spec = pod.spec.containers[i]!;
    const result = this.pull(c.image, spec.command);
    const now = this.ctx.now();
    if (!result.ok) {
      const next = this.pullFailed(pod, rt, i, result.message);
      this.writeStatus(pod, next);
      return;
    }
    const n = this.node(rt.node);
    const images = new Set(n.images);
    images.add(result.full);
    this.setNode({ ...n, images });
    const took = goDuration(c.pullWorkMs ?? now - c.pullRetryAt);
    const waited = goDuration(now - c.pullRetryAt);
    this.ctx.events.record(
      pod,
      'Normal',
      'Pulled',
      `Successfully pulled image "${c.image}" in ${took} (${waited} including waiting). Image size: ${result.behaviour.sizeBytes} bytes.`,
      SOURCE(rt.node),
      fieldPath(c),
    );
    const next = this.update(pod, rt, i, {
      stage: 'creating',
      behaviour: result.behaviour,
      imageRef: result.full,
      pullBackoffMs: 0,
    });
    this.schedule(
      keyOf(pod),
      next,
      this.relist(rt.node, now + this.j(REALISTIC.createMin, REALISTIC.createMax)),
      `start:${i}`,
    );
  }

  /**
   * A failed pull: ErrImagePull now; the back-off doubles (10 s, 20 s, 40 s … 300 s). The pod worker resyncs
   * about every 10–15 s: inside the back-off window it reports ImagePullBackOff, after it it pulls again.
   */
  private pullFailed(pod: Pod, rt: PodRuntime, i: number, message: string): PodRuntime {
    const c = rt.containers[i]!;
    const now = this.ctx.now();
    this.ctx.events.record(
      pod,
      'Warning',
      'Failed',
      `Failed to pull image "${c.image}": ${message}`,
      SOURCE(rt.node),
      fieldPath(c),
    );
    this.ctx.events.record(pod, 'Warning', 'Failed', 'Error: ErrImagePull', SOURCE(rt.node), fieldPath(c));
    const backoff =
      c.pullBackoffMs === 0 ? BACKOFF_INITIAL_MS : Math.min(c.pullBackoffMs * 2, BACKOFF_MAX_MS);
    const next = this.update(pod, rt, i, {
      stage: 'pull-failed',
      pullError: message,
      pullBackoffMs: backoff,
      pullRetryAt: now + backoff,
    });
    this.schedule(keyOf(pod), next, now + this.resyncDelay(), `resync:${i}`);
    return next;
  }

  private resyncDelay(): number {
    return this.fixed
      ? REALISTIC.errorResyncMin
      : jitter(this.ctx.rng, REALISTIC.errorResyncMin, REALISTIC.errorResyncMax);
  }

  /** The pod worker's periodic resync after an error (image back-off or crash loop). */
  private resync(pod: Pod, rt: PodRuntime, i: number): void {
    const c = rt.containers[i]!;
    const now = this.ctx.now();
    const key = keyOf(pod);
    if (c.stage === 'pull-failed' || c.stage === 'pull-backoff') {
      if (now < c.pullRetryAt) {
        this.ctx.events.record(
          pod,
          'Normal',
          'BackOff',
          `Back-off pulling image "${c.image}"`,
          SOURCE(rt.node),
          fieldPath(c),
        );
        this.ctx.events.record(
          pod,
          'Warning',
          'Failed',
          'Error: ImagePullBackOff',
          SOURCE(rt.node),
          fieldPath(c),
        );
        const next = this.update(pod, rt, i, { stage: 'pull-backoff' });
        this.writeStatus(pod, next);
        this.schedule(key, next, now + this.resyncDelay(), `resync:${i}`);
        return;
      }
      const next = this.ensureImage(pod, rt, i);
      this.writeStatus(pod, next);
      return;
    }
    if (c.stage === 'exited' || c.stage === 'crash-backoff') {
      if (now < c.crashRetryAt) {
        this.ctx.events.record(
          pod,
          'Warning',
          'BackOff',
          `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid ?? ''})`,
          SOURCE(rt.node),
          fieldPath(c),
        );
        const next = this.update(pod, rt, i, { stage: 'crash-backoff' });
        this.writeStatus(pod, next);
        this.schedule(key, next, c.crashRetryAt, `resync:${i}`);
        return;
      }
      this.ctx.events.record(pod, 'Normal', 'Pulled', alreadyPresent(c.image), SOURCE(rt.node), fieldPath(c));
      const next = this.update(pod, rt, i, {
        stage: 'creating',
        last: {
          exitCode: c.exitCode ?? 1,
          reason: c.exitCode === 0 ? 'Completed' : 'Error',
          startedAt: c.startedAt ?? now,
          finishedAt: c.finishedAt ?? now,
        },
        restartCount: c.restartCount + 1,
      });
      this.schedule(
        key,
        next,
        this.relist(rt.node, now + this.j(REALISTIC.createMin, REALISTIC.createMax)),
        `start:${i}`,
      );
    }
  }

  private start(pod: Pod, rt: PodRuntime, i: number): void {
    const c = rt.containers[i]!;
    const spec = pod.spec.containers[i]!;
    const now = this.ctx.now();
    const key = keyOf(pod);
    const words: number[] = [];
    for (let k = 0; k < 8; k++) words.push(this.ctx.rng.uint32());
    const id = hexWords('', words);
    this.ctx.events.record(pod, 'Normal', 'Created', created(c.name), SOURCE(rt.node), fieldPath(c));
    this.ctx.events.record(pod, 'Normal', 'Started', started(c.name), SOURCE(rt.node), fieldPath(c));
    const behaviour = c.behaviour!;
    const probe = spec.readinessProbe;
    // Without a readiness probe a running container counts as ready at once.
    const readyNow = !probe || (this.fixed && behaviour.serves);
    let next = this.update(pod, rt, i, {
      stage: 'running',
      startedAt: now,
      containerId: id,
      ready: readyNow,
      probeSuccesses: 0,
      exitCode: undefined,
      finishedAt: undefined,
    });
    if (readyNow && next.containers.every((x) => x.ready)) next = { ...next, readySince: now };
    this.setRuntime(key, next);
    this.writeStatus(pod, next);
    if (probe && !readyNow) this.schedule(key, next, nextProbeAt(probe, now, true), `probe:${i}`);
    if (behaviour.exitAfterMs !== undefined)
      this.schedule(key, next, this.relist(rt.node, now + behaviour.exitAfterMs), `exit:${i}`);
  }

  private probe(pod: Pod, rt: PodRuntime, i: number): void {
    const spec = pod.spec.containers[i]!;
    const c = rt.containers[i]!;
    const probe = spec.readinessProbe;
    if (!probe || c.stage !== 'running') return;
    const now = this.ctx.now();
    const outcome = handleProbe(probe, c, now);
    if (!outcome.success) {
      this.ctx.events.record(
        pod,
        'Warning',
        'Unhealthy',
        describeProbeFailure(probe, this.ctx.store.get('Pod', keyOf(pod))?.status.podIP),
        SOURCE(rt.node),
        fieldPath(c),
      );
    }
    const next = this.update(pod, rt, i, { probeSuccesses: outcome.successes, ready: outcome.ready });
    if (outcome.ready !== c.ready) this.writeStatus(pod, next);
    // Once ready and serving for good, further probes cannot change anything: stop simulating them.
    const settled = outcome.ready && c.behaviour?.serves && c.behaviour.exitAfterMs === undefined;
    if (!settled) this.schedule(keyOf(pod), next, nextProbeAt(probe, now, false), `probe:${i}`);
  }

  /** The process ended by itself: Completed (0) or Error; restartPolicy Always restarts it with back-off. */
  private exit(pod: Pod, rt: PodRuntime, i: number): void {
    const c = rt.containers[i]!;
    const now = this.ctx.now();
    // First restart is immediate; later ones wait 10 s, 20 s, 40 s … 300 s after the previous restart.
    const backoff =
      c.restartCount === 0
        ? 0
        : c.crashBackoffMs === 0
          ? BACKOFF_INITIAL_MS
          : Math.min(c.crashBackoffMs * 2, BACKOFF_MAX_MS);
    const next = this.update(pod, rt, i, {
      stage: 'exited',
      ready: false,
      exitCode: c.behaviour?.exitCode ?? 1,
      finishedAt: now,
      crashBackoffMs: backoff === 0 ? c.crashBackoffMs : backoff,
      crashRetryAt: (c.startedAt ?? now) + backoff,
    });
    this.writeStatus(pod, next);
    this.schedule(keyOf(pod), next, this.relist(rt.node, now + (this.fixed ? 0 : 1)), `resync:${i}`);
  }

  /** deletionTimestamp seen: SIGTERM now, SIGKILL at the end of the grace period. */
  private beginTermination(pod: Pod, rt0: PodRuntime): void {
    const key = keyOf(pod);
    if (this.fixed) {
      this.dropRuntime(key);
      this.ctx.write.purge(pod);
      return;
    }
    const now = this.ctx.now();
    const grace = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    const rt: PodRuntime = { ...rt0, gen: rt0.gen + 1, terminating: true };
    this.setRuntime(key, rt);
    const signalAt = now + this.j(REALISTIC.killMin, REALISTIC.killMax);
    rt.containers.forEach((c, i) => {
      if (c.stage === 'running') {
        this.ctx.events.record(pod, 'Normal', 'Killing', stopping(c.name), SOURCE(rt.node), fieldPath(c));
        const stopMs = c.behaviour?.stopMs;
        const stoppedAt = stopMs === undefined || stopMs > grace ? now + grace : signalAt + stopMs;
        this.schedule(key, rt, this.relist(rt.node, stoppedAt), `stopped:${i}`);
      } else {
        this.schedule(key, rt, signalAt, `stopped:${i}`);
      }
    });
    this.writeStatus(pod, rt);
  }

  private stopped(pod: Pod, rt: PodRuntime, i: number): void {
    const c = rt.containers[i]!;
    const now = this.ctx.now();
    const grace = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    const killed = c.behaviour?.stopMs === undefined || c.behaviour.stopMs > grace;
    const wasRunning = c.stage === 'running';
    const next = this.update(pod, rt, i, {
      stage: wasRunning ? 'stopped' : c.stage,
      ready: false,
      ...(wasRunning ? { exitCode: killed ? 137 : 0, finishedAt: now } : {}),
    });
    if (next.containers.every((x, k) => k === i || x.stage !== 'running')) {
      this.writeStatus(pod, next);
      this.schedule(keyOf(pod), next, this.relist(rt.node, now + 1), 'finalize');
    }
  }

  /** All containers stopped: the kubelet deletes the pod object for good (grace period 0). */
  private finalize(pod: Pod, _rt: PodRuntime): void {
    this.dropRuntime(keyOf(pod));
    this.ctx.write.purge(pod);
  }

  /** Node objects' images list mirrors the cache (`kubectl describe node`). */
  imagesOn(node: Node): string[] {
    return [...(this.nodes.get(node.metadata.name)?.images ?? [])];
  }
}
