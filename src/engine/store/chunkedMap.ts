// A map whose snapshots are cheap: entries live in chunks of 256 by insertion order, and a snapshot shares all
// chunks; the first write to a chunk afterwards copies just that chunk. Objects created together (a batch of
// pods, a run of events) share chunks, so a snapshot costs little more than what changed since the last one.

const CHUNK_BITS = 8;

/** Frozen contents of a ChunkedMap (restorable any number of times). */
export interface ChunkedSnapshot<V> {
  chunks: ReadonlyArray<Map<string, V>>;
  nextSlot: number;
  size: number;
}

/** Insertion-ordered map with copy-on-write chunks. */
export class ChunkedMap<V> {
  private chunks: Map<string, V>[] = [];
  private owned: boolean[] = [];
  private index = new Map<string, number>();
  private nextSlot = 0;

  get size(): number {
    return this.index.size;
  }

  get(key: string): V | undefined {
    const c = this.index.get(key);
    return c === undefined ? undefined : this.chunks[c]!.get(key);
  }

  has(key: string): boolean {
    return this.index.has(key);
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
    return { chunks: this.chunks.slice(), nextSlot: this.nextSlot, size: this.index.size };
  }

  /** Return to a snapshot (its chunks stay shared with it). */
  restore(s: ChunkedSnapshot<V>): void {
    this.chunks = s.chunks.slice();
    this.owned = new Array<boolean>(this.chunks.length).fill(false);
    this.nextSlot = s.nextSlot;
    this.index = new Map();
    this.chunks.forEach((chunk, c) => {
      for (const k of chunk.keys()) this.index.set(k, c);
    });
  }
}
