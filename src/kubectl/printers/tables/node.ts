// `kubectl get nodes` rows: STATUS, ROLES, AGE, VERSION (+ INTERNAL-IP … CONTAINER-RUNTIME with -o wide).
// Mirrors printNode / findNodeRoles in kubernetes pkg/printers/internalversion/printers.go.
import type { Node } from '../../../engine/api/types';
import type { ColumnDefinition, TableRow } from '../table';
import { translateTimestampSince } from '../time';

/** Node columns; the last five are `-o wide` only. */
export const NODE_COLUMNS: ColumnDefinition[] = [
  { name: 'Name', priority: 0, format: 'name' },
  { name: 'Status', priority: 0 },
  { name: 'Roles', priority: 0 },
  { name: 'Age', priority: 0 },
  { name: 'Version', priority: 0 },
  { name: 'Internal-IP', priority: 1 },
  { name: 'External-IP', priority: 1 },
  { name: 'OS-Image', priority: 1 },
  { name: 'Kernel-Version', priority: 1 },
  { name: 'Container-Runtime', priority: 1 },
];

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** findNodeRoles: `node-role.kubernetes.io/<role>` label keys and `kubernetes.io/role=<role>` values, sorted. */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role.length > 0) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v !== '') {
      roles.add(v);
    }
  }
  return [...roles].sort();
}

/** STATUS: `Ready` / `NotReady` / `Unknown` from the Ready condition, plus `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: Node): string {
  const status: string[] = [];
  const ready = [...(node.status?.conditions ?? [])].reverse().find((c) => c.type === 'Ready');
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  if (status.length === 0) status.push('Unknown');
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

const address = (node: Node, type: string): string =>
  node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';

/** printNode: one row, e.g. `node-1  Ready  <none>  10m  v1.32.0`. */
export function nodeRow(node: Node, now: number, wide = false): TableRow {
  const info = node.status?.nodeInfo ?? {};
  const roles = findNodeRoles(node).join(',') || '<none>';
  const row: TableRow = {
    object: node,
    cells: [
      node.metadata.name,
      nodeStatus(node),
      roles,
      translateTimestampSince(node.metadata.creationTimestamp, now),
      info.kubeletVersion ?? '',
    ],
  };
  if (wide) {
    row.cells.push(
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    );
  }
  return row;
}
