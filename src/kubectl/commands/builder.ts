// Turns resource arguments (`deploy nginx`, `deploy/nginx`, `rs,po -l app=x`, `-f file.yaml`, `--all`) into the
// objects a command works on, with kubectl's errors for every malformed combination.
// Mirrors cli-runtime/pkg/resource/builder.go (ResourceTypeOrNameArgs, visitorResult, visitBySelector,
// visitByResource, visitByName, visitByPaths) with ContinueOnError: per-object errors are collected.
import type { KubeObject } from '../../engine/index';
import type { ResourceInfo } from './api';
import { getObject, listObjects, mappingFor, matchesFilter, parseFilter, scopedNamespace } from './api';
import { MISSING_RESOURCE, mappings, parseArgs, type Parsed } from './resourceArgs';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import type { Manifest } from './manifests';
import { manifestNamespace, readManifests } from './manifests';
import type { CommandContext } from './types';

/** One object to act on. */
export interface Info {
  resource: ResourceInfo;
  /** undefined for cluster-scoped kinds */
  namespace: string | undefined;
  name: string;
  /** The live object (when fetched). */
  object?: KubeObject;
  /** The file the object came from (`-f`), for `error when … "file"` messages. */
  source?: string;
  manifest?: Manifest;
}

/** One request the builder made: a LIST (by selector) or a single GET (by name or file). */
export interface Source {
  resource: ResourceInfo;
  list: boolean;
  infos: Info[];
}

/** What the arguments select. */
export interface BuildOptions {
  args: readonly string[];
  filenames?: readonly string[];
  selector?: string;
  fieldSelector?: string;
  /** `--all` (SelectAllParam). */
  all?: boolean;
  allNamespaces?: boolean;
  /** A bare type lists every object of it (get, describe); otherwise names are required. */
  allowEmptySelector?: boolean;
  singleResourceType?: boolean;
  /** Fetch the live objects (default true); delete does not. */
  requireObject?: boolean;
}

export interface BuildResult {
  sources: Source[];
  infos: Info[];
  /** Per-object failures (NotFound …), collected as ContinueOnError does. */
  errors: CmdError[];
  /** One object named explicitly (TYPE NAME, TYPE/NAME or one file). */
  singleItemImplied: boolean;
}

export type Build = { ok: true; result: BuildResult } | { ok: false; error: CmdError };

/** Runs the builder. */
export function build(ctx: CommandContext, o: BuildOptions): Build {
  const requireObject = o.requireObject ?? true;
  const fail = (error: CmdError): Build => ({ ok: false, error });
  const selector = (o.selector ?? '').trim();
  const fieldSelector = (o.fieldSelector ?? '').trim();
  const errs: CmdError[] = [];
  let manifests: Manifest[] = [];
  if ((o.filenames ?? []).length > 0) {
    const r = readManifests(ctx, o.filenames ?? []);
    if (!r.ok) errs.push(r.error);
    else manifests = r.manifests;
  }
  const hasSelector = selector !== '' || fieldSelector !== '';
  if (o.all && hasSelector) errs.push(plain("setting 'all' parameter but found a non empty selector. "));
  const pa = parseArgs(o.args, o.allowEmptySelector ?? false, hasSelector);
  if ('type' in pa) errs.push(pa);
  const agg = aggregate(errs);
  if (agg) return fail(agg);
  const { parsed, everything } = pa as { parsed: Parsed; everything: boolean };
  const useSelector = hasSelector || o.all === true || everything;
  const result: BuildResult = { sources: [], infos: [], errors: [], singleItemImplied: false };
  const addSource = (s: Source): void => {
    result.sources.push(s);
    result.infos.push(...s.infos);
  };

  if ((o.filenames ?? []).length > 0) {
    if (parsed.resources.length > 0)
      return fail(
        plain(
          'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
        ),
      );
    if (parsed.names.length > 0) return fail(plain('name cannot be provided when a path is specified'));
    if (parsed.tuples.length > 0)
      return fail(plain('resource/name arguments cannot be provided when a path is specified'));
    result.singleItemImplied =
      (o.filenames ?? []).length === 1 && o.filenames?.[0] !== '-' && manifests.length === 1;
    for (const m of manifests) {
      const ns = manifestNamespace(ctx, m);
      if (!ns.ok) {
        result.errors.push(ns.error);
        continue;
      }
      const info: Info = {
        resource: m.resource,
        namespace: ns.namespace,
        name: m.name,
        source: m.source,
        manifest: m,
      };
      if (requireObject) {
        const got = getObject(ctx, m.kind, ns.namespace, m.name);
        if (!got.ok) {
          result.errors.push(got.error);
          continue;
        }
        info.object = got.object;
      }
      addSource({ resource: m.resource, list: false, infos: [info] });
    }
    return { ok: true, result };
  }

  if (useSelector) {
    if (parsed.names.length > 0) return fail(plain('name cannot be provided when a selector is specified'));
    if (parsed.tuples.length > 0)
      return fail(plain('selectors and the all flag cannot be used when passing resource/name arguments'));
    if (parsed.resources.length === 0)
      return fail(plain('at least one resource must be specified to use a selector'));
    const ms = mappings(parsed.resources, o.singleResourceType ?? false);
    if (!Array.isArray(ms)) return fail(ms);
    for (const r of ms) {
      const f = parseFilter(r, selector, fieldSelector);
      if (!f.ok) {
        result.errors.push(f.error);
        continue;
      }
      const ns = o.allNamespaces ? undefined : scopedNamespace(r, ctx.namespace);
      const objs = listObjects(ctx, r.kind, ns).filter((obj) => matchesFilter(obj, f.filter));
      addSource({
        resource: r,
        list: true,
        infos: objs.map((obj) => ({
          resource: r,
          namespace: obj.metadata.namespace,
          name: obj.metadata.name,
          object: obj,
        })),
      });
    }
    return { ok: true, result };
  }

  if (parsed.tuples.length > 0) {
    result.singleItemImplied = parsed.tuples.length === 1;
    const byArg = new Map<string, ResourceInfo>();
    for (const t of parsed.tuples) {
      if (byArg.has(t.resource)) continue;
      const m = mappingFor(t.resource);
      if (!m.ok) return fail(m.error);
      byArg.set(t.resource, m.resource);
    }
    if (o.singleResourceType && new Set(byArg.values()).size > 1)
      return fail(plain('you may only specify a single resource type'));
    for (const t of parsed.tuples) {
      const r = byArg.get(t.resource) as ResourceInfo;
      if (r.namespaced && o.allNamespaces)
        return fail(plain('a resource cannot be retrieved by name across all namespaces'));
    }
    for (const t of parsed.tuples) {
      const r = byArg.get(t.resource) as ResourceInfo;
      const info: Info = { resource: r, namespace: scopedNamespace(r, ctx.namespace), name: t.name };
      if (!retrieve(ctx, info, requireObject, result)) continue;
      addSource({ resource: r, list: false, infos: [info] });
    }
    return { ok: true, result };
  }

  if (parsed.names.length > 0) {
    result.singleItemImplied = parsed.names.length === 1;
    if (parsed.resources.length === 0)
      return fail(plain('you must provide a resource and a resource name together'));
    if (parsed.resources.length > 1) return fail(plain('you must specify only one resource'));
    const ms = mappings(parsed.resources, o.singleResourceType ?? false);
    if (!Array.isArray(ms)) return fail(ms);
    const r = ms[0] as ResourceInfo;
    if (r.namespaced && o.allNamespaces)
      return fail(plain('a resource cannot be retrieved by name across all namespaces'));
    for (const name of parsed.names) {
      const info: Info = { resource: r, namespace: scopedNamespace(r, ctx.namespace), name };
      if (!retrieve(ctx, info, requireObject, result)) continue;
      addSource({ resource: r, list: false, infos: [info] });
    }
    return { ok: true, result };
  }

  if (parsed.resources.length > 0) {
    const ms = mappings(parsed.resources, false);
    if (!Array.isArray(ms)) return fail(ms);
    return fail(plain('resource(s) were provided, but no name was specified'));
  }
  return fail(plain(MISSING_RESOURCE));
}

/** RetrieveLazy: GET the named object; a failure is collected and the object skipped. */
function retrieve(ctx: CommandContext, info: Info, requireObject: boolean, result: BuildResult): boolean {
  if (!requireObject) return true;
  const got = getObject(ctx, info.resource.kind, info.namespace, info.name);
  if (!got.ok) {
    result.errors.push(got.error);
    return false;
  }
  info.object = got.object;
  return true;
}
