// Runs as short text: JSON → lz-string (URI-safe) → `<version>.<checksum>.<payload>`. The checksum catches a
// link cut short or changed by hand before anything is parsed; validateRun then checks every field.
import LZString from 'lz-string';
import { LIMITS } from './json';
import { inflateBounded } from './lzBounded';
import { validateRun, RUN_VERSION, type Run } from './run';

/** Why a text is not a run, in the words the UI turns into one clear message. */
export type DecodeFailure = 'damaged' | 'tooLarge' | 'newer';

export type Decoded = { ok: true; run: Run } | { ok: false; failure: DecodeFailure; detail: string };

/** FNV-1a (32 bit) of a string's UTF-16 code units, base 36: a cheap integrity check, not a signature. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Encode a run (throws nothing; the caller checks the length against LIMITS.maxEncodedChars). */
export function encodeRun(run: Run): string {
  const payload = LZString.compressToEncodedURIComponent(JSON.stringify(run));
  return `${RUN_VERSION}.${checksum(payload)}.${payload}`;
}

/** True when an encoded run is short enough to be opened again (links and storage use the same limit). */
export function fitsLimit(encoded: string): boolean {
  return encoded.length <= LIMITS.maxEncodedChars;
}

const SHAPE = /^(\d{1,4})\.([0-9a-z]{1,7})\.([A-Za-z0-9+\-$ ]+)$/;

/** decodeRun: the run inside a text, or why there is none. Never throws, never evaluates anything. */
export function decodeRun(text: string): Decoded {
  if (text.length > LIMITS.maxEncodedChars + 16)
    return { ok: false, failure: 'tooLarge', detail: `${text.length} characters` };
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, failure: 'damaged', detail: 'not a run' };
  const [, version, sum, payload] = m as unknown as [string, string, string, string];
  if (Number(version) > RUN_VERSION) return { ok: false, failure: 'newer', detail: `format ${version}` };
  if (Number(version) !== RUN_VERSION) return { ok: false, failure: 'damaged', detail: `format ${version}` };
  // `+` may arrive as a space when a link went through a form decoder.
  const clean = payload.replace(/ /g, '+');
  if (checksum(clean) !== sum) return { ok: false, failure: 'damaged', detail: 'checksum mismatch' };
  const inflated = inflateBounded(clean, LIMITS.maxJsonChars);
  if (!inflated.ok)
    return {
      ok: false,
      failure: inflated.reason === 'tooLarge' ? 'tooLarge' : 'damaged',
      detail: 'decompression',
    };
  let data: unknown;
  try {
    data = JSON.parse(inflated.text);
  } catch {
    return { ok: false, failure: 'damaged', detail: 'not JSON' };
  }
  const res = validateRun(data);
  if (res.ok) return res;
  if (res.error.kind === 'version') return { ok: false, failure: 'newer', detail: 'format' };
  return { ok: false, failure: 'damaged', detail: `${res.error.problem.path}: ${res.error.problem.why}` };
}
