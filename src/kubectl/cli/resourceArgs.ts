// Mirrors cli-runtime's resource.Builder argument handling (ResourceTypeOrNameArgs): `TYPE NAME...`,
// `TYPE1,TYPE2 NAME`, `TYPE/NAME...`, with the builder's error texts. Type names are not resolved here.

/** A TYPE/NAME pair as the user wrote it (the type is not yet resolved, e.g. `deploy`). */
export interface ResourceTuple {
  resource: string;
  name: string;
}

/** What the arguments select: explicit pairs, or resource types with optional names. */
export type ResourceSelection =
  | { kind: 'tuples'; tuples: ResourceTuple[] }
  | { kind: 'types'; types: string[]; names: string[] }
  | { kind: 'none' };

/** SplitResourceArgument: `deploy,rs,,deploy` → [deploy, rs] (empty and repeated entries dropped). */
export function splitResourceArgument(arg: string): string[] {
  const out: string[] = [];
  for (const s of arg.split(',')) if (s !== '' && !out.includes(s)) out.push(s);
  return out;
}

function splitResourceTypeName(s: string): ResourceTuple | string {
  const seg = s.split('/');
  if (seg.length !== 2) return 'arguments in resource/name form may not have more than one slash';
  const [resource = '', name = ''] = seg;
  if (resource === '' || name === '' || splitResourceArgument(resource).length !== 1) {
    return 'arguments in resource/name form must have a single resource and name';
  }
  return { resource, name };
}

/**
 * Interprets the positional arguments of get, describe, delete, rollout, scale, set, label, annotate...
 * `deployment/nginx` and `deployment nginx` select the same object; `rs,deploy nginx` means rs/nginx
 * and deploy/nginx; mixing the two forms is the builder's error, e.g. the seed article's
 * `kubectl rollout pause deployment/nginx-deployment nginx=nginx:1.231`.
 */
export function resourceArgs(
  args: readonly string[],
): { ok: true; selection: ResourceSelection } | { ok: false; error: string } {
  let list = [...args];
  if (list.length >= 2) {
    const types = splitResourceArgument(list[0] ?? '');
    if (types.length > 1) list = types.flatMap((t) => list.slice(1).map((n) => `${t}/${n}`));
  }
  const withSlash = list.filter((s) => s.includes('/')).length;
  if (withSlash > 0 && withSlash !== list.length) {
    return {
      ok: false,
      error:
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    };
  }
  if (withSlash > 0) {
    const tuples: ResourceTuple[] = [];
    for (const s of list) {
      const t = splitResourceTypeName(s);
      if (typeof t === 'string') return { ok: false, error: t };
      tuples.push(t);
    }
    return { ok: true, selection: { kind: 'tuples', tuples } };
  }
  if (list.length === 0) return { ok: true, selection: { kind: 'none' } };
  return {
    ok: true,
    selection: { kind: 'types', types: splitResourceArgument(list[0] ?? ''), names: list.slice(1) },
  };
}
