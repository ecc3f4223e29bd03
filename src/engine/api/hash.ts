// Mirrors pkg/controller/controller_utils.go ComputeHash and apimachinery util/rand SafeEncodeString (spec §2.1).
// Real hashes hash Go's spew dump of the template; we hash a canonical JSON of it instead (same template ⇒
// same hash, different template or collisionCount ⇒ different hash), then render the result upstream's way.
import type { PodTemplateSpec } from './types';

/** The alphabet of SafeEncodeString and of generateName suffixes: no vowels, no 0/1/3 (spec §2.2). */
export const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** SafeEncodeString: each character c becomes SAFE_ALPHANUMS[code(c) mod 27] (digits 0–9 → `456789bcdf`). */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHANUMS[s.charCodeAt(i) % SAFE_ALPHANUMS.length];
  return out;
}

/** JSON with object keys sorted at every level and undefined members dropped: the bytes we hash. */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (typeof v === 'object') {
    const rec = v as Record<string, unknown>;
    const keys = Object.keys(rec)
      .filter((k) => rec[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rec[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** UTF-8 bytes of a string (no TextEncoder: the engine is checked without DOM/Node libraries). */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over bytes: h = (h XOR byte) × 16777619 mod 2^32, starting from 2166136261. */
export function fnv1a32(bytes: readonly number[], seed = FNV_OFFSET): number {
  let h = seed;
  for (const b of bytes) h = Math.imul(h ^ b, FNV_PRIME) >>> 0;
  return h >>> 0;
}

/**
 * ComputeHash: FNV-1a-32 of the canonical template; when collisionCount is set, 8 more bytes (the count as
 * little-endian uint32, then 4 zero bytes). The decimal Sum32 is mapped through SafeEncodeString, so a hash
 * is 1–10 characters from {4,5,6,7,8,9,b,c,d,f}: Sum32 3960417781 → digits 3,9,6,0,4,1,7,7,8,1 → `7fb485ccd5`.
 */
export function computeHash(template: PodTemplateSpec, collisionCount?: number | null): string {
  let h = fnv1a32(utf8(canonicalJson(template)));
  if (collisionCount !== undefined && collisionCount !== null) {
    const c = collisionCount >>> 0;
    h = fnv1a32([c & 255, (c >>> 8) & 255, (c >>> 16) & 255, (c >>> 24) & 255, 0, 0, 0, 0], h);
  }
  return safeEncodeString(String(h));
}
