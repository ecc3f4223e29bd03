// `kubectl get events` rows: LAST SEEN, TYPE, REASON, OBJECT, MESSAGE (+ SUBOBJECT, SOURCE, FIRST SEEN, COUNT,
// NAME with -o wide). Mirrors printEvent / formatEventSource in kubernetes pkg/printers/internalversion/printers.go.
import type { Event } from '../../../engine/api/types';
import type { ColumnDefinition, TableRow } from '../table';
import { isZeroTime, translateTimestampSince } from '../time';

/** Event columns in definition order (wide columns interleave: SUBOBJECT and SOURCE come before MESSAGE). */
export const EVENT_COLUMNS: ColumnDefinition[] = [
  { name: 'Last Seen', priority: 0 },
  { name: 'Type', priority: 0 },
  { name: 'Reason', priority: 0 },
  { name: 'Object', priority: 0 },
  { name: 'Subobject', priority: 1 },
  { name: 'Source', priority: 1 },
  { name: 'Message', priority: 0 },
  { name: 'First Seen', priority: 1 },
  { name: 'Count', priority: 1 },
  { name: 'Name', priority: 1, format: 'name' },
];

/** formatEventSource: `component` or `component, host` (reporting controller/instance as fallbacks). */
export function formatEventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const instance = e.source?.host || e.reportingInstance || '';
  return instance ? `${component}, ${instance}` : component;
}

/**
 * printEvent: LAST SEEN is the age of lastTimestamp (series.lastObservedTime for series events, the first
 * timestamp when unset); OBJECT is `<kind lowercased>/<name>` (e.g. `pod/nginx-7854ff8877-4jw2m`).
 */
export function eventRow(e: Event, now: number, wide = false): TableRow {
  let first = translateTimestampSince(e.firstTimestamp, now);
  if (isZeroTime(e.firstTimestamp)) first = translateTimestampSince(e.eventTime, now);
  let last = translateTimestampSince(e.lastTimestamp, now);
  if (isZeroTime(e.lastTimestamp)) last = first;
  let count = e.count ?? 0;
  if (e.series) {
    last = translateTimestampSince(e.series.lastObservedTime, now);
    count = e.series.count;
  } else if (count === 0) {
    count = 1; // singleton events of the new API carry no count
  }
  const kind = e.involvedObject.kind.toLowerCase();
  const target = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
  const message = e.message.trim();
  const cells = wide
    ? [
        last,
        e.type,
        e.reason,
        target,
        e.involvedObject.fieldPath ?? '',
        formatEventSource(e),
        message,
        first,
        count,
        e.metadata.name,
      ]
    : [last, e.type, e.reason, target, message];
  return { object: e, cells };
}
