// `KEY=VALUE` / `KEY-` arguments of label, annotate and set image.
// Mirrors cmdutil.GetResourcesAndPairs and cmdutil.ParsePairs (kubectl pkg/cmd/util/helpers.go).
import type { CmdError } from './errors';
import { plain } from './errors';

/**
 * GetResourcesAndPairs: resource arguments first, then pairs (`a=b`, `a-`); a resource after a pair is an
 * error. When no resource precedes the pairs the first pair is taken as the resource (LDAP-style names).
 */
export function resourcesAndPairs(
  args: readonly string[],
  pairType: string,
): { resources: string[]; pairs: string[] } | CmdError {
  const resources: string[] = [];
  const pairs: string[] = [];
  let foundPair = false;
  for (const s of args) {
    const nonResource = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (nonResource) {
      foundPair = true;
      pairs.push(s);
    } else if (!foundPair) resources.push(s);
    else return plain(`all resources must be specified before ${pairType} changes: ${s}`);
  }
  if (resources.length === 0 && pairs.length > 0) resources.push(pairs.shift() as string);
  return { resources, pairs };
}

/** The parsed pairs, in command-line order (a repeated key keeps its last value, at its first position). */
export interface Pairs {
  set: Map<string, string>;
  remove: string[];
}

/** ParsePairs: `key=value` (split at the first `=`) and, when supported, `key-`; otherwise `invalid <type> format`. */
export function parsePairs(
  args: readonly string[],
  pairType: string,
  supportRemove: boolean,
): Pairs | CmdError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) set.set(a.slice(0, eq), a.slice(eq + 1));
    else if (supportRemove && a.endsWith('-') && a !== '-') remove.push(a.slice(0, -1));
    else invalid.push(a);
  }
  if (invalid.length > 0) return plain(`invalid ${pairType} format: ${invalid.join(', ')}`);
  return { set, remove };
}
