// Deployment controller utilities (mirrors pkg/controller/deployment/util plus the pod/ReplicaSet helpers of
// pkg/controller/controller_utils.go and pkg/api/v1/pod/util.go). Pure functions; setters change the clone the
// caller passes and report whether anything changed.
export * from './result';
export * from './fenceposts';
export * from './annotations';
export * from './revision';
export * from './equality';
export * from './sort';
export * from './replicaSets';
export * from './replicaCounts';
export * from './scaling';
export * from './conditions';
export * from './status';
export * from './progress';
export * from './podUtil';
