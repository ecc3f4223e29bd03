// Resource arguments as kubectl's builder reads them: `TYPE`, `TYPE NAME…`, `TYPE1,TYPE2 NAME`, `TYPE/NAME…`,
// the `all` category, and type resolution. Mirrors cli-runtime builder.go ResourceTypeOrNameArgs,
// normalizeMultipleResourcesArgs, hasCombinedTypeArgs, splitResourceTypeName and resourceMappings.
import type { ResourceInfo } from './api';
import { mappingFor } from './api';
import type { CmdError } from './errors';
import { plain } from './errors';

/** The `all` category of the simulated API server (real clusters add services, daemonsets, jobs …). */
const CATEGORY_ALL = 'pods,deployments.apps,replicasets.apps';

/** SplitResourceArgument: comma-separated, duplicates dropped, order kept. */
function splitResourceArgument(arg: string): string[] {
  return [...new Set(arg.split(','))];
}

/** The builder's "missing resource" error. */
export const MISSING_RESOURCE =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** Types, names and TYPE/NAME tuples found in the arguments. */
export interface Parsed {
  resources: string[];
  names: string[];
  tuples: { resource: string; name: string }[];
}

/** ResourceTypeOrNameArgs (with normalizeMultipleResourcesArgs and hasCombinedTypeArgs). */
export function parseArgs(
  input: readonly string[],
  allowEmptySelector: boolean,
  hasSelector: boolean,
): { parsed: Parsed; everything: boolean } | CmdError {
  let args = [...input];
  if (args.length >= 2) {
    const types = splitResourceArgument(args[0] as string);
    if (types.length > 1) args = types.flatMap((t) => args.slice(1).map((n) => `${t}/${n}`));
  }
  const parsed: Parsed = { resources: [], names: [], tuples: [] };
  const slashes = args.filter((a) => a.includes('/')).length;
  if (slashes > 0 && slashes !== args.length) {
    return plain(
      "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    );
  }
  if (slashes > 0) {
    for (const a of args) {
      const seg = a.split('/');
      if (seg.length !== 2) return plain('arguments in resource/name form may not have more than one slash');
      const [resource, name] = seg as [string, string];
      if (resource === '' || name === '' || splitResourceArgument(resource).length !== 1) {
        return plain('arguments in resource/name form must have a single resource and name');
      }
      parsed.tuples.push({ resource, name });
    }
    return { parsed, everything: false };
  }
  if (args.length > 0)
    args[0] = (args[0] as string)
      .split(',')
      .map((t) => (t === 'all' ? CATEGORY_ALL : t))
      .join(',');
  let everything = false;
  if (args.length >= 2) {
    parsed.names.push(...args.slice(1));
    parsed.resources.push(...splitResourceArgument(args[0] as string));
  } else if (args.length === 1) {
    parsed.resources.push(...splitResourceArgument(args[0] as string));
    if (!hasSelector && allowEmptySelector) everything = true;
  }
  return { parsed, everything };
}

/** Resolves resource types, deduplicating kinds (`deploy,deployments` is one). */
export function mappings(types: readonly string[], single: boolean): ResourceInfo[] | CmdError {
  if (types.length > 1 && single) return plain('you may only specify a single resource type');
  const out: ResourceInfo[] = [];
  for (const t of types) {
    const m = mappingFor(t);
    if (!m.ok) return m.error;
    if (!out.includes(m.resource)) out.push(m.resource);
  }
  return out;
}
