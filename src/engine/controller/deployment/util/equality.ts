// Mirrors apimachinery's equality.Semantic.DeepEqual on decoded Go structs, for JSON-shaped data: an absent field
// equals its Go zero value ("", 0, false, null, empty map, empty list), as it does once JSON is decoded into Go.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isRecord(v)) return Object.values(v).every((x) => x === undefined);
  return false;
}

/**
 * semanticDeepEqual: structural equality of JSON-shaped values where an absent field equals a zero value
 * (undefined ≡ null ≡ "" ≡ 0 ≡ false ≡ {} ≡ []), as for the non-pointer fields of a Go struct: a template that
 * spells out `readOnly: false` is the same template as one that omits it. (Go pointer fields such as
 * terminationGracePeriodSeconds do distinguish 0 from unset; defaulting fills them on both sides, so this
 * simplification does not matter for templates. For statuses use deploymentStatusEqual.) Resource quantities are
 * compared as written.
 */
export function semanticDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => semanticDeepEqual(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!semanticDeepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}
