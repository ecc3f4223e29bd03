// The `Events:` table at the end of every describe page.
// Mirrors DescribeEvents in k8s.io/kubectl/pkg/describe/describe.go and event.SortableEvents.
import type { Event } from '../../../engine/api/types';
import { fromTime } from '../../../engine/sim/clock';
import { goSort } from '../gosort';
import { isZeroTime, translateTimestampSince } from '../time';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefixWriter';

/** lastTimestamp in ms for sorting; an unset time is Go's zero time, earlier than everything. */
const lastSeen = (e: Event): number => (isZeroTime(e.lastTimestamp) ? -Infinity : fromTime(e.lastTimestamp));

/**
 * The Age cell: `12m (x3 over 20m)` for a series (last observed 12 min ago, first 20 min ago) or a count > 1,
 * else the age of the first occurrence (eventTime, or firstTimestamp for legacy events), e.g. `60s`.
 */
export function eventInterval(e: Event, now: number): string {
  let first = translateTimestampSince(e.eventTime, now);
  if (isZeroTime(e.eventTime)) first = translateTimestampSince(e.firstTimestamp, now);
  if (e.series)
    return `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if (e.count > 1) return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/**
 * DescribeEvents: `Events:\t<none>` when the list is empty (joins the preceding column block); otherwise flushes
 * the tab writer, sorts by lastTimestamp (Go's unstable sort) and prints Type, Reason, Age, From, Message.
 */
export function describeEvents(w: PrefixWriter, events: Event[], now: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events];
  goSort(sorted, (a, b) => lastSeen(a) < lastSeen(b));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type}\t${e.reason}\t${eventInterval(e, now)}\t${source}\t${e.message.trim()}\n`);
  }
}
