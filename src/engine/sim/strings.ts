// Long-lived strings kept lean: timestamps shared per second and concatenations flattened. A template literal
// leaves a tree of pieces (a 45-character event name costs ~190 bytes that way, ~100 flat), and a 10,000-pod
// rollout keeps hundreds of thousands of such strings in stored objects and snapshots.
import { toTime } from './clock';

/** Written by `flat` so the character access that flattens is never optimized away. */
let sink = 0;

/** The same text, flattened in place (V8 flattens a concatenation on first character access). */
export function flat(s: string): string {
  if (s.length > 0) sink = (sink + s.charCodeAt(0)) & 0xffff;
  return s;
}

/** How many distinct seconds are kept before the cache starts afresh (a simulation uses few). */
const MAX_CACHED = 50_000;
const TIMES = new Map<number, string>();

/**
 * toTime(simMs), one shared flat string per whole second. Exact: metav1.Time has whole seconds and the epoch
 * is a whole second, so toTime(12_345) = toTime(12_000) = "2025-03-03T09:00:12Z".
 */
export function timeAt(simMs: number): string {
  const sec = Math.floor(simMs / 1000);
  let t = TIMES.get(sec);
  if (t === undefined) {
    if (TIMES.size >= MAX_CACHED) TIMES.clear();
    t = flat(toTime(sec * 1000));
    TIMES.set(sec, t);
  }
  return t;
}

/** How many distinct strings `intern` remembers before it starts afresh. */
const MAX_INTERNED = 20_000;
const INTERNED = new Map<string, string>();

/**
 * One shared flat copy of a string that recurs (event messages and field paths, condition messages, timer
 * steps): thousands of stored objects then point at one string instead of each holding its own.
 */
export function intern(s: string): string {
  let t = INTERNED.get(s);
  if (t === undefined) {
    if (INTERNED.size >= MAX_INTERNED) INTERNED.clear();
    t = flat(s);
    INTERNED.set(t, t);
  }
  return t;
}

const HEX = '0123456789abcdef';
const CODES: number[] = [];

/**
 * `prefix` followed by each of `words` (unsigned 32-bit) as 8 lowercase hex digits — what
 * `prefix + words.map((w) => w.toString(16).padStart(8, '0')).join('')` gives, built as one flat string.
 * Example: hexWords('', [255, 3735928559]) = "000000ffdeadbeef".
 */
export function hexWords(prefix: string, words: readonly number[]): string {
  CODES.length = 0;
  for (let i = 0; i < prefix.length; i++) CODES.push(prefix.charCodeAt(i));
  for (const w of words) for (let k = 28; k >= 0; k -= 4) CODES.push(HEX.charCodeAt((w >>> k) & 15));
  return String.fromCharCode.apply(null, CODES);
}

/**
 * `prefix + n.toString(16).padStart(width, '0')` for a non-negative integer n, built as one flat string.
 * Example: hexNumber('uid-', 255, 4) = "uid-00ff".
 */
export function hexNumber(prefix: string, n: number, width: number): string {
  if (n >= 16 ** width || n < 0 || !Number.isInteger(n))
    return flat(prefix + n.toString(16).padStart(width, '0'));
  CODES.length = 0;
  for (let i = 0; i < prefix.length; i++) CODES.push(prefix.charCodeAt(i));
  for (let k = width - 1; k >= 0; k--) CODES.push(HEX.charCodeAt(Math.floor(n / 16 ** k) % 16));
  return String.fromCharCode.apply(null, CODES);
}
