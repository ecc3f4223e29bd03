// The EventRecorder + EventCorrelator analogue (client-go tools/record): controllers and the kubelet record
// core/v1 Events; an identical event (same object, type, reason, message, source) within the aggregation window
// is not stored again but counted (count++, lastTimestamp = now) — which `describe` shows as `(x3 over 2m)`.
import type { Event, KubeObject, ObjectReference } from '../api/types';
import { EPOCH_MS, toTime } from './clock';
import { flat, intern, timeAt } from './strings';
import type { ObjectStore } from '../store/store';
import { keyOf } from '../store/store';

/** Events older than this are deleted by the API server (kube-apiserver --event-ttl default: 1h). */
export const EVENT_TTL_MS = 60 * 60 * 1000;

export interface EventSource {
  component: string;
  host?: string;
}

function refOf(obj: KubeObject, fieldPath?: string): ObjectReference {
  const { apiVersion, kind } = obj;
  const { name, uid, resourceVersion, namespace } = obj.metadata;
  // One complete literal per variant (namespace and fieldPath only when non-empty), in the same key order.
  if (namespace) {
    if (fieldPath)
      return { apiVersion, kind, name, uid, resourceVersion, namespace, fieldPath: intern(fieldPath) };
    return { apiVersion, kind, name, uid, resourceVersion, namespace };
  }
  if (fieldPath) return { apiVersion, kind, name, uid, resourceVersion, fieldPath: intern(fieldPath) };
  return { apiVersion, kind, name, uid, resourceVersion };
}

/** FNV-1a step over one field's characters, then a separator. */
function mix(h: number, s: string | undefined): number {
  if (s !== undefined) for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

/** What an event is correlated by (upstream's getEventKey): the object reference, type, reason, message, source. */
interface Correlation {
  kind: string;
  namespace: string | undefined;
  name: string;
  uid: string | undefined;
  fieldPath: string | undefined;
  type: string;
  reason: string;
  message: string;
  source: EventSource;
}

/**
 * FNV-1a of the correlation fields, with a separator between fields (absent counts as empty). The hash only
 * picks candidates (`correlates` decides): with a uid, which names one object, kind, namespace, name, type and
 * source are left out — they rarely tell two events about one object apart.
 */
function correlationHash(c: Correlation): number {
  let h = 0x811c9dc5;
  if (c.uid) {
    h = mix(h, c.uid);
    h = mix(h, c.fieldPath);
    h = mix(h, c.reason);
    return mix(h, c.message) >>> 0;
  }
  h = mix(h, c.kind);
  h = mix(h, c.namespace);
  h = mix(h, c.name);
  h = mix(h, c.uid);
  h = mix(h, c.fieldPath);
  h = mix(h, c.type);
  h = mix(h, c.reason);
  h = mix(h, c.message);
  h = mix(h, c.source.component);
  h = mix(h, c.source.host);
  return h >>> 0;
}

/** Does the stored event have this correlation (absent and empty compare equal, as in the joined key)? */
function correlates(e: Event, c: Correlation): boolean {
  const o = e.involvedObject;
  return (
    o.kind === c.kind &&
    (o.namespace ?? '') === (c.namespace ?? '') &&
    o.name === c.name &&
    (o.uid ?? '') === (c.uid ?? '') &&
    (o.fieldPath ?? '') === (c.fieldPath ?? '') &&
    e.type === c.type &&
    e.reason === c.reason &&
    e.message === c.message &&
    e.source.component === c.source.component &&
    (e.source.host ?? '') === (c.source.host ?? '')
  );
}

/** Records events into the store, aggregating duplicates. */
export class EventRecorder {
  /**
   * correlation hash → keys of events recorded with it, on any branch of the timeline. Shared by all snapshots
   * and never copied: a candidate counts only if the store (which snapshots restore) holds it now with the same
   * correlation fields, and at most one stored event has a given correlation at a time. Events are written by
   * this recorder alone (users cannot write them), so a stored event's correlation fields never change.
   */
  private readonly index = new Map<number, string | string[]>();
  /** event sources by component and host ('' = none): immutable, shared by the events that name them */
  private readonly sources = new Map<string, Map<string, EventSource>>();
  private seq = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: () => number,
  ) {}

  /** The recorder's state for a snapshot. */
  snapshot(): { seq: number } {
    return { seq: this.seq };
  }

  /** Back to a snapshot's state. */
  restore(s: { seq: number }): void {
    this.seq = s.seq;
  }

  get sequence(): number {
    return this.seq;
  }

  private sourceOf(s: EventSource): EventSource {
    let byHost = this.sources.get(s.component);
    if (!byHost) this.sources.set(s.component, (byHost = new Map()));
    const host = s.host ?? '';
    let v = byHost.get(host);
    if (!v) {
      v = s.host ? { component: s.component, host: s.host } : { component: s.component };
      byHost.set(host, v);
    }
    return v;
  }

  /** The stored event with this correlation, if any. */
  private find(h: number, c: Correlation): Event | undefined {
    const keys = this.index.get(h);
    if (keys === undefined) return undefined;
    if (typeof keys === 'string') {
      const e = this.store.get('Event', keys);
      return e && correlates(e, c) ? e : undefined;
    }
    for (const k of keys) {
      const e = this.store.get('Event', k);
      if (e && correlates(e, c)) return e;
    }
    return undefined;
  }

  private remember(h: number, key: string): void {
    const keys = this.index.get(h);
    if (keys === undefined) this.index.set(h, key);
    else if (typeof keys === 'string') {
      if (keys !== key) this.index.set(h, [keys, key]);
    } else if (!keys.includes(key)) keys.push(key);
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
    const ts = timeAt(now);
    const src = this.sourceOf(source);
    const meta = obj.metadata;
    // The reference's namespace and fieldPath are only set when non-empty (refOf).
    const c: Correlation = {
      kind: obj.kind,
      namespace: meta.namespace || undefined,
      name: meta.name,
      uid: meta.uid,
      fieldPath: fieldPath || undefined,
      type,
      reason,
      message,
      source: src,
    };
    const h = correlationHash(c);
    const existing = this.find(h, c);
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
    const namespace = meta.namespace ?? 'default';
    // The store key `namespace/name` is built once, flat; the name is a slice of it (no second copy).
    const key = flat(namespace ? `${namespace}/${meta.name}.${suffix}` : `${meta.name}.${suffix}`);
    const name = namespace ? key.slice(namespace.length + 1) : key;
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name,
        namespace,
        uid: this.store.nextUid(),
        resourceVersion: this.store.nextResourceVersion(),
        creationTimestamp: ts,
      },
      involvedObject: refOf(obj, fieldPath),
      reason,
      message: flat(message),
      source: src,
      firstTimestamp: ts,
      lastTimestamp: ts,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: src.component,
      reportingInstance: src.host ?? '',
    };
    this.store.put(event, key);
    this.remember(h, key);
  }

  /** Delete events whose lastTimestamp is older than the TTL. */
  expire(): void {
    const cutoff = toTime(this.clock() - EVENT_TTL_MS);
    for (const e of this.store.list('Event')) {
      if (e.lastTimestamp < cutoff) {
        this.store.remove('Event', keyOf(e));
      }
    }
  }
}
