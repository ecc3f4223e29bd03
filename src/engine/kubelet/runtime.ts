// The kubelet's private view of each pod's containers (what the container runtime knows), kept apart from the
// API object. Plain immutable records so the timeline can snapshot the whole map cheaply.
import type { ImageBehaviour } from './images';

export type ContainerStage =
  | 'waiting' // sandbox not ready yet (ContainerCreating)
  | 'pulling'
  | 'pull-failed' // ErrImagePull shown until the next resync
  | 'pull-backoff' // ImagePullBackOff
  | 'invalid-image' // InvalidImageName (never retried successfully)
  | 'creating' // image present, container being created
  | 'running'
  | 'exited' // terminated, shown as Error/Completed until the next resync
  | 'crash-backoff' // CrashLoopBackOff
  | 'stopped'; // after SIGTERM / kill during pod termination

export interface ContainerRuntime {
  name: string;
  image: string;
  stage: ContainerStage;
  behaviour?: ImageBehaviour;
  /** full image reference once pulled, e.g. docker.io/library/nginx:1.14.2 */
  imageRef?: string;
  /** last pull error message (for the waiting message and events) */
  pullError?: string;
  /** current image pull back-off (ms), 0 before the first failure */
  pullBackoffMs: number;
  /** time the current pull really works (resolve + transfer), for the Pulled event */
  pullWorkMs?: number;
  /** when the current pull back-off window ends */
  pullRetryAt: number;
  crashBackoffMs: number;
  crashRetryAt: number;
  restartCount: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  /** the previous run's terminated state (lastState) */
  last?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
  ready: boolean;
  probeSuccesses: number;
  containerId?: string;
}

export interface PodRuntime {
  /** bumped on every state change that invalidates pending timers */
  gen: number;
  node: string;
  sandboxReady: boolean;
  /** assigned when the sandbox is up */
  podIP?: string;
  terminating: boolean;
  containers: ContainerRuntime[];
  /** simulated ms when the pod's Ready condition last changed */
  readySince?: number;
}
