// A map whose snapshots are cheap: entries live in chunks of 256 by insertion order, and a snapshot shares all
// chunks; the first write to a chunk afterwards copies just that chunk. Objects created together (a batch of
// pods, a run of events) share chunks, so a snapshot costs little more than what changed since the last one.

const CHUNK_BITS = 8;
const BUCKETS = 256;

/** FNV-1a of a string, reduced to a bucket number. */
function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BUCKETS - 1);
}

/** A map split into 256 hash buckets, each copied on the first write after a snapshot. */
class HashedCowMap<V> {
  private buckets: Map<string, V>[] = Array.from({ length: BUCKETS }, () => new Map());
  private owned: boolean[] = new Array<boolean>(BUCKETS).fill(true);
  size = 0;

  get(key: string): V | undefined {
    return this.buckets[bucketOf(key)]!.get(key);
  }

  set(key: string, v: V): void {
    const b = this.own(bucketOf(key));
    if (!b.has(key)) this.size++;
    b.set(key, v);
  }

  delete(key: string): void {
    const i = bucketOf(key);
    if (!this.buckets[i]!.has(key)) return;
    this.own(i).delete(key);
    this.size--;
  }

  private own(i: number): Map<string, V> {
    if (!this.owned[i]) {
      this.buckets[i] = new Map(this.buckets[i]);
      this.owned[i] = true;
    }
    return this.buckets[i]!;
  }

  snapshot(): { buckets: ReadonlyArray<Map<string, V>>; size: number } {
    this.owned.fill(false);
    return { buckets: this.buckets.slice(), size: this.size };
  }

  restore(s: { buckets: ReadonlyArray<Map<string, V>>; size: number }): void {
    this.buckets = s.buckets.slice();
    this.owned.fill(false);
    this.size = s.size;
  }
}

/** Frozen contents of a ChunkedMap (restorable any number of times). */
export interface ChunkedSnapshot<V> {
  chunks: ReadonlyArray<Map<string, V>>;
  index: { buckets: ReadonlyArray<Map<string, number>>; size: number };
  nextSlot: number;
}

/** Insertion-ordered map with copy-on-write chunks. */
export class ChunkedMap<V> {
  private chunks: Map<string, V>[] = [];
  private owned: boolean[] = [];
  /** key → chunk number (itself copy-on-write, so restoring needs no rebuild) */
  private index = new HashedCowMap<number>();
  private nextSlot = 0;

  get size(): number {
    return this.index.size;
  }

  get(key: string): V | undefined {
    const c = this.index.get(key);
    return c === undefined ? undefined : this.chunks[c]!.get(key);
  }

  has(key: string): boolean {
    return this.index.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    let c = this.index.get(key);
    if (c === undefined) {
      c = this.nextSlot++ >> CHUNK_BITS;
      this.index.set(key, c);
      if (c >= this.chunks.length) {
        this.chunks.push(new Map());
        this.owned.push(true);
      }
    }
    this.own(c).set(key, value);
  }

  delete(key: string): boolean {
    const c = this.index.get(key);
    if (c === undefined) return false;
    this.own(c).delete(key);
    this.index.delete(key);
    return true;
  }

  /** Values in insertion order. */
  *values(): IterableIterator<V> {
    for (const chunk of this.chunks) yield* chunk.values();
  }

  *entries(): IterableIterator<[string, V]> {
    for (const chunk of this.chunks) yield* chunk.entries();
  }

  private own(c: number): Map<string, V> {
    if (!this.owned[c]) {
      this.chunks[c] = new Map(this.chunks[c]);
      this.owned[c] = true;
    }
    return this.chunks[c]!;
  }

  /** Share the current chunks with a snapshot; later writes copy the chunk they touch. */
  snapshot(): ChunkedSnapshot<V> {
    this.owned.fill(false);
    return { chunks: this.chunks.slice(), index: this.index.snapshot(), nextSlot: this.nextSlot };
  }

  /** Return to a snapshot (its chunks stay shared with it). */
  restore(s: ChunkedSnapshot<V>): void {
    this.chunks = s.chunks.slice();
    this.owned = new Array<boolean>(this.chunks.length).fill(false);
    this.nextSlot = s.nextSlot;
    this.index.restore(s.index);
  }
}
