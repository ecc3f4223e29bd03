// Markers on the bar: which row each kind sits in, which kind wins when several share a spot, and the
// clustering that keeps a thousand pod failures from becoming a thousand buttons. Pure.
import type { MarkerKind, TimelineMarker } from '../../worker/protocol';
import { timeToX, type TimeScale } from './scale';

/** User actions on the top row, what the cluster did below. */
export type MarkerRow = 'user' | 'cluster';

export const MARKER_KINDS: readonly MarkerKind[] = [
  'command',
  'scale',
  'condition',
  'deadline',
  'pullFailed',
  'backOff',
  'retry',
  'crash',
];

export function rowOf(kind: MarkerKind): MarkerRow {
  return kind === 'command' ? 'user' : 'cluster';
}

/** When markers share a spot, the most telling kind is drawn (failures first). */
const PRIORITY: readonly MarkerKind[] = [
  'deadline',
  'pullFailed',
  'crash',
  'command',
  'condition',
  'scale',
  'backOff',
  'retry',
];

/** Markers close together on one row, drawn as one button. */
export interface MarkerCluster {
  key: string;
  row: MarkerRow;
  /** the first marker's instant (clicking jumps there) */
  at: number;
  /** the most telling kind among them */
  kind: MarkerKind;
  markers: TimelineMarker[];
  /** occurrences, merged ones counted */
  total: number;
}

/**
 * clusterMarkers: per row, a marker joins the cluster before it when it lies within `gapPx` of that
 * cluster's first marker. Example: at 200 ms/px and gap 6 px, markers at 1.0 s, 1.8 s and 2.2 s make one
 * cluster (x 5, 9, 11 px: within 6 of 5); one at 2.6 s (13 px) starts the next.
 */
export function clusterMarkers(
  markers: readonly TimelineMarker[],
  scale: TimeScale,
  gapPx: number,
): MarkerCluster[] {
  const out: MarkerCluster[] = [];
  const open = new Map<MarkerRow, { x: number; cluster: MarkerCluster }>();
  for (const m of markers) {
    const row = rowOf(m.kind);
    const x = timeToX(scale, m.at);
    const cur = open.get(row);
    if (cur && x - cur.x <= gapPx) {
      const c = cur.cluster;
      c.markers.push(m);
      c.total += m.count;
      if (PRIORITY.indexOf(m.kind) < PRIORITY.indexOf(c.kind)) c.kind = m.kind;
      continue;
    }
    const cluster: MarkerCluster = {
      key: `${row}:${m.id}`,
      row,
      at: m.at,
      kind: m.kind,
      markers: [m],
      total: m.count,
    };
    open.set(row, { x, cluster });
    out.push(cluster);
  }
  return out;
}

/** The glyph drawn for a kind (always with a name: never shape or colour alone). */
export const MARKER_GLYPH: Record<MarkerKind, string> = {
  command: '▲',
  scale: '▮',
  condition: '◆',
  deadline: '✖',
  pullFailed: '⚠',
  backOff: '◔',
  retry: '↻',
  crash: '✱',
};
