// Builds the `kubectl get` table for a list of objects of one kind and prints it.
// Like the API server's table convertor, rows are always generated wide; the printer hides priority-1 columns.
import type { Deployment, Event, KubeObject, Node, Pod, ReplicaSet } from '../../engine/api/types';
import { printTable, type PrintOptions, type Table } from './table';
import { EVENT_COLUMNS, eventRow } from './tables/event';
import { NODE_COLUMNS, nodeRow } from './tables/node';
import { POD_COLUMNS, podRow } from './tables/pod';
import { DEPLOYMENT_COLUMNS, REPLICASET_COLUMNS, deploymentRow, replicaSetRow } from './tables/workloads';

/** The table of `objects` (all of the same kind, in the order given) at simulated time `now`. */
export function buildTable(kind: KubeObject['kind'], objects: KubeObject[], now: number): Table {
  switch (kind) {
    case 'Pod':
      return { columns: POD_COLUMNS, rows: (objects as Pod[]).map((o) => podRow(o, now, true)) };
    case 'Deployment':
      return {
        columns: DEPLOYMENT_COLUMNS,
        rows: (objects as Deployment[]).map((o) => deploymentRow(o, now, true)),
      };
    case 'ReplicaSet':
      return {
        columns: REPLICASET_COLUMNS,
        rows: (objects as ReplicaSet[]).map((o) => replicaSetRow(o, now, true)),
      };
    case 'Node':
      return { columns: NODE_COLUMNS, rows: (objects as Node[]).map((o) => nodeRow(o, now, true)) };
    case 'Event':
      return { columns: EVENT_COLUMNS, rows: (objects as Event[]).map((o) => eventRow(o, now, true)) };
  }
}

/**
 * The complete `kubectl get <kind>` text: header line (unless `noHeaders`) and one line per object, aligned by
 * the get tab writer. Returns '' for an empty list (kubectl then prints `No resources found …` on stderr).
 */
export function printGet(
  kind: KubeObject['kind'],
  objects: KubeObject[],
  now: number,
  options: PrintOptions = {},
): string {
  return printTable(buildTable(kind, objects, now), options);
}
