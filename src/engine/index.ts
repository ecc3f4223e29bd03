// The engine's one public face: the simulation with its timeline, API request types, object types, and the
// pure helpers the kubectl layer and the worker need. Nothing else in src/engine is imported from outside.
export * from './api/types';
export { Simulation, MAX_SIM_TIME_MS, type SimulationOptions, type LoggedRequest } from './sim/simulation';
export { NAMESPACES, MAX_REPLICAS, type ApiRequest, type ApiResponse } from './sim/apiserver';
export { parseTiming, timingToString, type TimingMode } from './sim/timing';
export { EPOCH_MS, toTime, fromTime, toMicroTime, parseEpochMs, civil, type CivilTime } from './sim/clock';
export type { Decision, DecisionActor } from './sim/decisions';
export type { WatchEvent, WatchType } from './store/store';
export { keyOf } from './store/store';
export { KUBERNETES_VERSION } from './sim/nodes';
export { CATALOGUE, parseImage, pullImage } from './kubelet/images';
export type { PodRuntime, ContainerRuntime } from './kubelet/runtime';
export { deepClone } from './api/clone';
export {
  maxSurge,
  maxUnavailable,
  minAvailable,
  resolveFenceposts,
  equalIgnoreHash,
  findNewReplicaSet,
} from './controller/deployment/util/index';
export { RESOURCES, type ResourceInfo } from './api/names';
