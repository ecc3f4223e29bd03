// Structural sharing for mirrored frames: keep the previous object when the new one is equal, so memoised
// components (pod tiles, lanes) re-render only when their own data changed.

/** Deep equality of plain frame data (numbers, strings, booleans, arrays, plain objects). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `next`, or `prev` when the data is the same. */
export function keep<T>(prev: T, next: T): T {
  return sameData(prev, next) ? prev : next;
}

/**
 * keepList: a list of keyed items where each unchanged item keeps its previous object, and the list itself
 * is the previous array when nothing changed at all.
 */
export function keepList<T>(prev: readonly T[], next: readonly T[], key: (item: T) => string): T[] {
  const old = new Map(prev.map((item) => [key(item), item]));
  let changed = prev.length !== next.length;
  const out = next.map((item, i) => {
    const before = old.get(key(item));
    const kept = before !== undefined && sameData(before, item) ? before : item;
    if (kept !== prev[i]) changed = true;
    return kept;
  });
  return changed ? out : (prev as T[]);
}
