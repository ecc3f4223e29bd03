// Structural limits for untrusted JSON (links, local storage): depth, sizes, and no control characters in any
// string (they could smuggle terminal escape sequences into kubectl output). Shared by the run validators.

/** Hard limits on what a link or a saved run may hold. */
export const LIMITS = {
  /** characters of an encoded link payload */
  maxEncodedChars: 60_000,
  /** characters of the decompressed JSON */
  maxJsonChars: 1_000_000,
  maxDepth: 40,
  maxRequests: 5000,
  maxCommands: 1000,
  maxStringChars: 200_000,
} as const;

/** Where and why data was refused (for logs and tests; users see one clear sentence). */
export interface Problem {
  path: string;
  why: string;
}

/** A plain JSON object (not an array, not null). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

// C0 controls except tab, newline and carriage return (YAML and JSON texts contain those), DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * checkJson: walk parsed JSON once; undefined when within limits, else the first problem (too deep, a string
 * too long or with control characters, a prototype-polluting key, a non-finite number).
 */
export function checkJson(data: unknown): Problem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > LIMITS.maxDepth) return { path, why: 'nested too deeply' };
    if (typeof value === 'string') {
      if (value.length > LIMITS.maxStringChars) return { path, why: 'string too long' };
      if (CONTROL.test(value)) return { path, why: 'control character in a string' };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { path, why: 'not a finite number' };
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(k)) return { path, why: `forbidden key ${JSON.stringify(k)}` };
        if (CONTROL.test(k)) return { path, why: 'control character in a key' };
        stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1 });
      }
    } else if (value !== null && typeof value !== 'boolean') {
      return { path, why: 'not JSON' };
    }
  }
  return undefined;
}
