// The kubectl text printers (pure functions of objects + simulated `now`): get tables, describe, rollout
// status/history, name printer, -o json/yaml, and the Go formatting primitives they are built on.
export { humanDuration, shortHumanDuration } from './duration';
export {
  TabWriter,
  tabbedString,
  GET_TABWRITER,
  DESCRIBE_TABWRITER,
  type TabWriterConfig,
} from './tabwriter';
export { goSort } from './gosort';
export { translateTimestampSince, formatRFC1123Z, isZeroTime } from './time';
export { formatLabels, formatLabelSelector, selectorString, selectorMatches } from './labels';
export { parseQuantity, formatQuantity, canonicalQuantity, type Quantity } from './quantity';
export {
  printTable,
  writeTable,
  type Table,
  type TableRow,
  type ColumnDefinition,
  type Cell,
  type PrintOptions,
  type RowCondition,
} from './table';
export { buildTable, printGet } from './getTable';
export { podRow, podSummary, formatRestarts, POD_COLUMNS, type PodSummary } from './tables/pod';
export {
  deploymentRow,
  replicaSetRow,
  layoutContainerCells,
  DEPLOYMENT_COLUMNS,
  REPLICASET_COLUMNS,
} from './tables/workloads';
export { nodeRow, nodeStatus, findNodeRoles, NODE_COLUMNS } from './tables/node';
export { eventRow, formatEventSource, EVENT_COLUMNS } from './tables/event';
export { kindGroup, resourceName, printName } from './name';
export { describeDeployment, type DescribeDeploymentOptions } from './describe/deployment';
export { describeReplicaSet, podStatusCounts, type DescribeReplicaSetOptions } from './describe/replicaSet';
export { describePod, podQOS, type DescribePodOptions } from './describe/pod';
export { describeNode, type DescribeNodeOptions } from './describe/node';
export { describeEvents, eventInterval } from './describe/events';
export { describePodTemplate } from './describe/podTemplate';
export { PrefixWriter, tabbedString as describeTabbedString, plainString } from './describe/prefixWriter';
export {
  deploymentStatusViewer,
  daemonSetStatusViewer,
  statefulSetStatusViewer,
  type StatusResult,
  type DaemonSetStatusFields,
  type StatefulSetStatusFields,
} from './rolloutStatus';
export {
  viewDeploymentHistory,
  deploymentHistory,
  deploymentRevisionTemplate,
  printTemplate,
  printRolloutHistory,
  validateRolloutHistory,
  type HistoryResult,
} from './history';
export { printJSON, printYAML, printYAMLStream, listOf, toJsonValue } from './output';
export { goYamlMarshal, type JsonValue } from './output/yamlEmitter';
export { goJsonMarshalIndent, goJsonString } from './output/goJson';
