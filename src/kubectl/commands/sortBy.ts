// `kubectl get --sort-by=<jsonpath>`: orders the rows of each listed table by one field.
// Mirrors kubectl pkg/cmd/get/sorter.go (RelaxedJSONPathExpression, TableSorter, isLess) and
// github.com/fvbommel/sortorder NaturalLess.
import type { KubeObject } from '../../engine/index';
import { parseQuantity, compareQuantity } from '../../engine/api/quantity';
import { goSort } from '../printers/gosort';
import { compileJsonPath, toGoValue, type GoValue } from '../jsonpath/index';
import { JsonPathRun, JsonPathExecError } from '../jsonpath/evaluate';
import type { CmdError } from './errors';
import { plain } from './errors';

const JSON_REGEXP = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** RelaxedJSONPathExpression: `metadata.name`, `.metadata.name` and `{metadata.name}` all become `{.metadata.name}`. */
export function relaxedJSONPathExpression(
  expr: string,
): { ok: true; value: string } | { ok: false; error: string } {
  if (expr === '') return { ok: true, value: expr };
  const m = JSON_REGEXP.exec(expr);
  if (!m) {
    return {
      ok: false,
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return { ok: true, value: `{.${m[1] ?? m[2] ?? ''}}` };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** sortorder.NaturalLess: digit runs compare as numbers (`pod-2` < `pod-10`). */
export function naturalLess(s1: string, s2: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s1.length && j < s2.length) {
    const c1 = s1[i] as string;
    const c2 = s2[j] as string;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < s1.length && s1[i] === '0') i++;
    while (j < s2.length && s2[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (i < s1.length && isDigit(s1[i])) i++;
    while (j < s2.length && isDigit(s2[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = s1.slice(nz1, i);
    const n2 = s2.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return s1.length < s2.length;
}

class Unsortable {
  constructor(readonly message: string) {}
}

/** isLess for unstructured values: numbers, quantities, natural string order, element-wise lists. */
function isLess(a: GoValue, b: GoValue): boolean {
  if (a === null && b === null) return false;
  if (a === null) return true;
  if (b === null) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = parseQuantity(a);
    const qb = parseQuantity(b);
    if (qa.ok && qb.ok) return compareQuantity(qa.value, qb.value) < 0;
    return naturalLess(a, b);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (!isLess(a[i] as GoValue, b[i] as GoValue)) return false;
    }
    return true;
  }
  throw new Unsortable(typeof a === 'boolean' ? 'bool' : Array.isArray(a) ? 'slice' : 'map');
}

/**
 * Sorts objects by the field (NewTableSorter + sort.Sort). Objects without the field sort first. Errors:
 * `couldn't find any field with path "{.x}" in the list of objects`, or an unsortable field type.
 */
export function sortObjects<T extends KubeObject>(objects: T[], sortBy: string): CmdError | undefined {
  const relaxed = relaxedJSONPathExpression(sortBy);
  const field = relaxed.ok ? relaxed.value : sortBy;
  const compiled = compileJsonPath(field);
  if (!compiled.ok) return plain(`sorting error: ${compiled.error.trimEnd()}`);
  const first = new Map<T, GoValue | undefined>();
  let found = false;
  for (const o of objects) {
    let v: GoValue | undefined;
    try {
      const groups = new JsonPathRun(true).findResults(toGoValue(o), compiled.template.root.nodes);
      v = groups[0]?.[0];
    } catch (e) {
      if (!(e instanceof JsonPathExecError)) throw e;
      v = undefined;
    }
    if (v !== undefined) found = true;
    first.set(o, v);
  }
  if (objects.length > 0 && !found)
    return plain(`couldn't find any field with path "${field}" in the list of objects`);
  try {
    goSort(objects, (x, y) => {
      const a = first.get(x);
      const b = first.get(y);
      if (a === undefined) return true;
      if (b === undefined) return false;
      return isLess(a, b);
    });
  } catch (e) {
    if (e instanceof Unsortable)
      return plain(`Field ${field} in *v1.Table is an unsortable type: ${e.message}`);
    throw e;
  }
  return undefined;
}
