// Deep copy of plain JSON-shaped API objects. Stored objects are immutable; a controller that changes one
// works on a clone and writes the clone back (like the upstream controllers' DeepCopy before Update).

/** A deep copy of JSON-shaped data (objects, arrays, primitives). */
export function deepClone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length) as unknown[];
    for (let i = 0; i < value.length; i++) out[i] = deepClone(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = deepClone(v);
  }
  return out as T;
}
