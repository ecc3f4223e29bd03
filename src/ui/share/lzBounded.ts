// Decompression of lz-string's URI-safe format with a hard output limit. A crafted payload of n characters can
// expand to O(n²) characters (each dictionary entry one longer than the last), so untrusted links are never
// handed to the unbounded library decoder. Compression still uses lz-string itself.

/** lz-string's URI-safe alphabet: 6 bits per character. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** What a bounded decompression gives: the text, or why there is none. */
export type Inflated = { ok: true; text: string } | { ok: false; reason: 'corrupt' | 'tooLarge' };

/** Reads the payload most significant bit first, 6 bits per character. */
class BitReader {
  private index = 0;
  private mask = 32;
  private value: number;

  constructor(private readonly digits: number[]) {
    this.value = digits[0] ?? 0;
  }

  get exhausted(): boolean {
    return this.index >= this.digits.length;
  }

  /** The next `count` bits, least significant first (the format's order). */
  read(count: number): number {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (this.index >= this.digits.length) throw new RangeError('truncated');
      if (this.value & this.mask) bits += power;
      this.mask >>= 1;
      if (this.mask === 0) {
        this.mask = 32;
        this.index += 1;
        this.value = this.digits[this.index] ?? 0;
      }
    }
    return bits;
  }
}

/**
 * inflateBounded: the inverse of `compressToEncodedURIComponent`, refusing to produce more than `maxChars`
 * characters. Corrupt input (a bad character, a code that does not exist yet, a missing end mark) is reported.
 */
export function inflateBounded(input: string, maxChars: number): Inflated {
  const digits: number[] = [];
  for (const ch of input.replace(/ /g, '+')) {
    const v = VALUE.get(ch);
    if (v === undefined) return { ok: false, reason: 'corrupt' };
    digits.push(v);
  }
  if (digits.length === 0) return { ok: false, reason: 'corrupt' };
  const bits = new BitReader(digits);
  try {
    const dictionary: string[] = ['', '', ''];
    let numBits = 3;
    let enlargeIn = 4;
    const literal = (code: number): string | undefined =>
      code === 0
        ? String.fromCharCode(bits.read(8))
        : code === 1
          ? String.fromCharCode(bits.read(16))
          : undefined;
    const first = literal(bits.read(2));
    if (first === undefined) return { ok: false, reason: 'corrupt' };
    dictionary.push(first);
    const out: string[] = [first];
    let size = first.length;
    let w = first;
    for (;;) {
      if (bits.exhausted) return { ok: false, reason: 'corrupt' };
      let code = bits.read(numBits);
      if (code === 2) return { ok: true, text: out.join('') };
      if (code < 2) {
        dictionary.push(literal(code)!);
        code = dictionary.length - 1;
        if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
      }
      let entry: string;
      if (code < dictionary.length && code >= 3) entry = dictionary[code]!;
      else if (code === dictionary.length) entry = w + w.charAt(0);
      else return { ok: false, reason: 'corrupt' };
      size += entry.length;
      if (size > maxChars) return { ok: false, reason: 'tooLarge' };
      out.push(entry);
      dictionary.push(w + entry.charAt(0));
      w = entry;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
