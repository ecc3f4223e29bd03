// The kubectl side of the API: get/list/write requests against the simulation, label and field selectors,
// resource-type resolution. Everything goes through Simulation.request so writes land in the timeline.
import type { ApiRequest, ApiResponse, Kind, KubeObject } from '../../engine/index';
import { parseSelector, selectorMatches, type Selector } from '../../engine/api/labels';
import { resolveResource, type ResourceInfo } from '../../engine/api/names';
import type { CommandContext } from './types';
import type { CmdError } from './errors';
import { fromStatus, plain } from './errors';

export type { ResourceInfo } from '../../engine/api/names';

/** A request result reduced to what commands need. */
export type Fetched<T = KubeObject> = { ok: true; object: T } | { ok: false; error: CmdError };

/** Sends one request. */
export function send(ctx: CommandContext, req: ApiRequest): ApiResponse {
  return ctx.sim.request(req);
}

/** The namespace a request for this resource uses (undefined for cluster-scoped kinds). */
export function scopedNamespace(r: ResourceInfo, namespace: string): string | undefined {
  return r.namespaced ? namespace : undefined;
}

/** GET one object. */
export function getObject(
  ctx: CommandContext,
  kind: Kind,
  namespace: string | undefined,
  name: string,
): Fetched {
  const res = send(ctx, { verb: 'get', kind, namespace, name });
  if (!res.ok) return { ok: false, error: fromStatus(res.status) };
  return { ok: true, object: res.object as KubeObject };
}

/**
 * LIST objects of a kind (all namespaces when namespace is undefined). The real API server returns a list in
 * storage-key order (namespace, then name), which is the order `kubectl get` prints.
 */
export function listObjects(ctx: CommandContext, kind: Kind, namespace: string | undefined): KubeObject[] {
  const res = send(ctx, { verb: 'list', kind, namespace });
  const items = res.ok && res.items ? [...res.items] : [];
  const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * schema.GroupVersionResource.String(), as the selector errors print it: `apps/v1, Resource=deployments`,
 * `/v1, Resource=pods` (the core group is empty but the slash stays).
 */
export function gvrString(r: ResourceInfo): string {
  return `${r.group}/${r.version}, Resource=${r.resource}`;
}

/** A parsed label/field selector pair, or the BadRequest the API server answers for a bad one. */
export interface Filter {
  labels?: Selector;
  fields: { key: string; op: '=' | '!='; value: string }[];
}

const FIELD_SELECTORS: Record<string, string[]> = {
  Pod: [
    'metadata.name',
    'metadata.namespace',
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'status.phase',
    'status.podIP',
    'status.nominatedNodeName',
  ],
  Event: [
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
  ReplicaSet: ['status.replicas'],
  Node: ['spec.unschedulable'],
};

/**
 * Parses `-l` and `--field-selector` as the API server's list handler does. Errors are BadRequest statuses
 * wrapped the way kubectl's Selector visitor words them: `Unable to find "apps/v1, Resource=deployments" that
 * match label selector "a b", field selector "": unable to parse requirement: …`.
 */
export function parseFilter(
  r: ResourceInfo,
  labelText: string,
  fieldText: string,
): { ok: true; filter: Filter } | { ok: false; error: CmdError } {
  const wrap = (msg: string): CmdError =>
    fromStatus({
      reason: 'BadRequest',
      message: `Unable to find "${gvrString(r)}" that match label selector "${labelText}", field selector "${fieldText}": ${msg}`,
    });
  const filter: Filter = { fields: [] };
  if (labelText.trim() !== '') {
    const parsed = parseSelector(labelText);
    if (!parsed.ok) return { ok: false, error: wrap(parsed.error) };
    filter.labels = parsed.value;
  }
  for (const term of fieldText
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')) {
    const m = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) return { ok: false, error: wrap(`invalid selector: '${fieldText}'; can't understand '${term}'`) };
    const key = (m[1] as string).trim();
    const allowed = ['metadata.name', 'metadata.namespace', ...(FIELD_SELECTORS[r.kind] ?? [])];
    if (!allowed.includes(key)) {
      // Kinds with their own field label conversion say "not supported"; the others use metav1's default.
      const msg = FIELD_SELECTORS[r.kind]
        ? `field label not supported: ${key}`
        : `"${key}" is not a known field selector: only "metadata.name", "metadata.namespace"`;
      return { ok: false, error: wrap(msg) };
    }
    filter.fields.push({ key, op: m[2] === '!=' ? '!=' : '=', value: (m[3] as string).trim() });
  }
  return { ok: true, filter };
}

/** Reads a dotted field (`status.phase`) of an object as a string ('' when unset). */
function fieldValue(obj: KubeObject, path: string): string {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur === undefined || cur === null ? '' : String(cur);
}

/** Whether an object passes a filter. */
export function matchesFilter(obj: KubeObject, f: Filter): boolean {
  if (f.labels && !selectorMatches(f.labels, obj.metadata.labels)) return false;
  return f.fields.every((t) => (fieldValue(obj, t.key) === t.value) === (t.op === '='));
}

/** Resolves a resource argument (`deploy`, `deployments.apps`, `po`), or kubectl's unknown-type error. */
export function mappingFor(
  arg: string,
): { ok: true; resource: ResourceInfo } | { ok: false; error: CmdError } {
  const r = resolveResource(arg);
  if (r) return { ok: true, resource: r };
  const dot = arg.indexOf('.');
  return {
    ok: false,
    error: plain(`the server doesn't have a resource type "${dot < 0 ? arg : arg.slice(0, dot)}"`),
  };
}
