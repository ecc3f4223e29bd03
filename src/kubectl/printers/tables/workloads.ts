// `kubectl get deployments` / `kubectl get replicasets` rows.
// Mirrors printDeployment and printReplicaSet in kubernetes pkg/printers/internalversion/printers.go.
import type { Container, Deployment, ReplicaSet } from '../../../engine/api/types';
import { formatLabelSelector, selectorString } from '../labels';
import type { ColumnDefinition, TableRow } from '../table';
import { translateTimestampSince } from '../time';

/** Deployment columns; CONTAINERS, IMAGES, SELECTOR are `-o wide` only. */
export const DEPLOYMENT_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Ready', priority: 0 },
  { name: 'Up-to-date', priority: 0 },
  { name: 'Available', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

/** ReplicaSet columns; CONTAINERS, IMAGES, SELECTOR are `-o wide` only. */
export const REPLICASET_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Desired', priority: 0 },
  { name: 'Current', priority: 0 },
  { name: 'Ready', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

/** layoutContainerCells: container names and images, each comma-joined without spaces. */
export function layoutContainerCells(containers: Container[]): [string, string] {
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image ?? '').join(',')];
}

/**
 * printDeployment: READY = status.readyReplicas/spec.replicas, UP-TO-DATE = updatedReplicas,
 * AVAILABLE = availableReplicas (e.g. `nginx  2/3  3  2  5m`).
 */
export function deploymentRow(d: Deployment, now: number, wide = false): TableRow {
  const st = d.status ?? {};
  const row: TableRow = {
    object: d,
    cells: [
      d.metadata.name,
      `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
      st.updatedReplicas ?? 0,
      st.availableReplicas ?? 0,
      translateTimestampSince(d.metadata.creationTimestamp, now),
    ],
  };
  if (wide)
    row.cells.push(...layoutContainerCells(d.spec.template.spec.containers), selectorString(d.spec.selector));
  return row;
}

/** printReplicaSet: DESIRED = spec.replicas, CURRENT = status.replicas, READY = status.readyReplicas. */
export function replicaSetRow(rs: ReplicaSet, now: number, wide = false): TableRow {
  const row: TableRow = {
    object: rs,
    cells: [
      rs.metadata.name,
      rs.spec.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata.creationTimestamp, now),
    ],
  };
  if (wide) {
    row.cells.push(
      ...layoutContainerCells(rs.spec.template.spec.containers),
      formatLabelSelector(rs.spec.selector),
    );
  }
  return row;
}
