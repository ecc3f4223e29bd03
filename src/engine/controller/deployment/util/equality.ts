// Mirrors apimachinery's equality.Semantic.DeepEqual as far as JSON-shaped data needs it: unlike a plain deep
// equality, an absent field, null, an empty map and an empty list are all "empty" and equal to each other.

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isRecord(v)) return Object.values(v).every((x) => x === undefined);
  return false;
}

/**
 * semanticDeepEqual: structural equality of JSON-shaped values where undefined ≡ null ≡ {} ≡ [] (Go compares a
 * nil map equal to an empty one). Primitives compare strictly ("" is not the same as an absent field here,
 * because our objects carry defaults explicitly). Resource quantities are compared as written.
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
