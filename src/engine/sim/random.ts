// The only source of randomness in the engine: a small seeded generator (sfc32) whose whole state is four
// integers, so it snapshots and restores exactly. Same seed ⇒ same pod names, jitter and choices.

/** Alphabet of utilrand.String: consonants and digits without 0, 1, 3 (no vowels, no look-alikes). */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export type RandomState = [number, number, number, number];

/** A seeded pseudo-random generator with snapshot/restore. */
export class Random {
  private s: RandomState;

  constructor(seed: number | RandomState) {
    if (Array.isArray(seed)) {
      this.s = [...seed] as RandomState;
    } else {
      // splitmix32 to spread a small integer seed over the 128-bit state.
      let x = seed >>> 0;
      const next = (): number => {
        x = (x + 0x9e3779b9) >>> 0;
        let z = x;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
      };
      this.s = [next(), next(), next(), next()];
      for (let i = 0; i < 12; i++) this.uint32();
    }
  }

  /** The generator's full state (for snapshots). */
  state(): RandomState {
    return [...this.s] as RandomState;
  }

  /** Put the generator back to a state taken with state(). */
  restore(s: RandomState): void {
    this.s = [...s] as RandomState;
  }

  /** Next 32-bit unsigned integer. */
  uint32(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    this.s = [a >>> 0, b, c, d];
    return t;
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max] (inclusive). */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** `n` characters of utilrand.String's alphabet — pod name suffixes (`nginx-…-4jw2m`). */
  suffix(n = 5): string {
    let out = '';
    for (let i = 0; i < n; i++) out += NAME_ALPHABET[this.int(NAME_ALPHABET.length)];
    return out;
  }
}
