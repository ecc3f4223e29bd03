// The EventRecorder + EventCorrelator analogue (client-go tools/record): controllers and the kubelet record
// core/v1 Events; an identical event (same object, type, reason, message, source) within the aggregation window
// is not stored again but counted (count++, lastTimestamp = now) — which `describe` shows as `(x3 over 2m)`.
import type { Event, KubeObject, ObjectReference } from '../api/types';
import { EPOCH_MS, toTime } from './clock';
import type { ObjectStore } from '../store/store';
import { keyOf } from '../store/store';
import { ChunkedMap, type ChunkedSnapshot } from '../store/chunkedMap';

/** Events older than this are deleted by the API server (kube-apiserver --event-ttl default: 1h). */
export const EVENT_TTL_MS = 60 * 60 * 1000;

export interface EventSource {
  component: string;
  host?: string;
}

function refOf(obj: KubeObject, fieldPath?: string): ObjectReference {
  const ref: ObjectReference = {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: obj.metadata.name,
    uid: obj.metadata.uid,
    resourceVersion: obj.metadata.resourceVersion,
  };
  if (obj.metadata.namespace) ref.namespace = obj.metadata.namespace;
  if (fieldPath) ref.fieldPath = fieldPath;
  return ref;
}

function correlationKey(e: Event): string {
  const o = e.involvedObject;
  return [
    o.kind,
    o.namespace ?? '',
    o.name,
    o.uid ?? '',
    o.fieldPath ?? '',
    e.type,
    e.reason,
    e.message,
    e.source.component,
    e.source.host ?? '',
  ].join('\u0000');
}

/** Records events into the store, aggregating duplicates. */
export class EventRecorder {
  /** correlation key → stored event key; chunked copy-on-write so snapshots share it. */
  private index = new ChunkedMap<string>();
  private seq = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: () => number,
  ) {}

  /** The recorder's state for a snapshot. */
  snapshot(): { seq: number; index: ChunkedSnapshot<string> } {
    return { seq: this.seq, index: this.index.snapshot() };
  }

  /** Back to a snapshot's state. */
  restore(s: { seq: number; index: ChunkedSnapshot<string> }): void {
    this.seq = s.seq;
    this.index.restore(s.index);
  }

  get sequence(): number {
    return this.seq;
  }

  /** Record one event about `obj`. */
  record(
    obj: KubeObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: EventSource,
    fieldPath?: string,
  ): void {
    const now = this.clock();
    const ts = toTime(now);
    const draft: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: '', namespace: obj.metadata.namespace ?? 'default' },
      involvedObject: refOf(obj, fieldPath),
      reason,
      message,
      source: source.host
        ? { component: source.component, host: source.host }
        : { component: source.component },
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    const ck = correlationKey(draft);
    const existingKey = this.index.get(ck);
    const existing = existingKey ? this.store.get('Event', existingKey) : undefined;
    if (existing) {
      this.store.put({
        ...existing,
        count: existing.count + 1,
        lastTimestamp: ts,
        metadata: { ...existing.metadata, resourceVersion: this.store.nextResourceVersion() },
      });
      return;
    }
    this.seq += 1;
    // Real event names are `<object>.<unix nanoseconds in hex>`; ours are derived from simulated time.
    const suffix = (EPOCH_MS + now).toString(16) + this.seq.toString(16).padStart(5, '0');
    draft.metadata = {
      name: `${obj.metadata.name}.${suffix}`,
      namespace: obj.metadata.namespace ?? 'default',
      uid: this.store.nextUid(),
      resourceVersion: this.store.nextResourceVersion(),
      creationTimestamp: ts,
    };
    this.store.put(draft);
    this.index.set(ck, keyOf(draft));
  }

  /** Delete events whose lastTimestamp is older than the TTL. */
  expire(): void {
    const cutoff = toTime(this.clock() - EVENT_TTL_MS);
    for (const e of this.store.list('Event')) {
      if (e.lastTimestamp < cutoff) {
        this.store.remove('Event', keyOf(e));
        this.index.delete(correlationKey(e));
      }
    }
  }
}
