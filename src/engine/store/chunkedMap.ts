// A map whose snapshots are cheap: entries live in slots numbered by insertion order, 256 slots to a chunk
// (two plain arrays: keys and values). A snapshot shares all chunks; the first write to a chunk afterwards
// copies just that chunk's arrays (a 256-element slice). Objects created together (a batch of pods, a run of
// events) share chunks, so a snapshot costs little more than what changed since the last one.

const CHUNK_BITS = 8;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/** One chunk: slot i of the chunk holds keys[i] → vals[i]; a deleted entry leaves a hole (undefined key). */
interface Chunk<V> {
  keys: (string | undefined)[];
  vals: (V | undefined)[];
}

/** Frozen contents of a ChunkedMap (restorable any number of times). */
export interface ChunkedSnapshot<V> {
  chunks: ReadonlyArray<Chunk<V>>;
  size: number;
  nextSlot: number;
}

/**
 * Insertion-ordered map with copy-on-write chunks.
 *
 * The key → slot index is one plain Map shared by every snapshot and never copied: it remembers every slot a
 * key has ever occupied on any branch of the timeline (almost always exactly one — a deterministic replay puts
 * each key in the same slot again). A lookup tries the key's slots and takes the one whose chunk, in the
 * current chunks, holds that key; a key sits in at most one slot at a time, so at most one matches.
 */
export class ChunkedMap<V> {
  private chunks: Chunk<V>[] = [];
  private owned: boolean[] = [];
  /** chunks whose keys array is still shared with a snapshot (their values are already copied) */
  private sharedKeys: boolean[] = [];
  /** key → the slot (or slots, oldest first) it has occupied on any branch */
  private readonly index = new Map<string, number | number[]>();
  private nextSlot = 0;
  private count = 0;
  /**
   * The key string as stored by the latest set/swap (the first string used for that key): callers that keep
   * the key (the watch log) share it instead of holding their own copy.
   */
  lastKey = '';

  get size(): number {
    return this.count;
  }

  /** The key's current slot, or -1. */
  private slotOf(key: string): number {
    const e = this.index.get(key);
    if (e === undefined) return -1;
    if (typeof e === 'number') return this.chunks[e >> CHUNK_BITS]?.keys[e & CHUNK_MASK] === key ? e : -1;
    for (const s of e) if (this.chunks[s >> CHUNK_BITS]?.keys[s & CHUNK_MASK] === key) return s;
    return -1;
  }

  get(key: string): V | undefined {
    const e = this.index.get(key);
    if (e === undefined) return undefined;
    if (typeof e === 'number') {
      const c = this.chunks[e >> CHUNK_BITS];
      return c !== undefined && c.keys[e & CHUNK_MASK] === key ? c.vals[e & CHUNK_MASK] : undefined;
    }
    const s = this.slotOf(key);
    return s < 0 ? undefined : this.chunks[s >> CHUNK_BITS]!.vals[s & CHUNK_MASK];
  }

  has(key: string): boolean {
    return this.slotOf(key) >= 0;
  }

  set(key: string, value: V): void {
    this.swap(key, value);
  }

  /** Set `key` to `value` and return what it was before (one lookup instead of get + set). */
  swap(key: string, value: V): V | undefined {
    const s = this.slotOf(key);
    if (s >= 0) {
      const chunk = this.own(s >> CHUNK_BITS, false);
      const old = chunk.vals[s & CHUNK_MASK];
      chunk.vals[s & CHUNK_MASK] = value;
      this.lastKey = chunk.keys[s & CHUNK_MASK]!;
      return old;
    }
    const slot = this.nextSlot++;
    const c = slot >> CHUNK_BITS;
    if (c >= this.chunks.length) {
      this.chunks.push({ keys: [], vals: [] });
      this.owned.push(true);
    }
    const chunk = this.own(c, true);
    chunk.keys[slot & CHUNK_MASK] = key;
    chunk.vals[slot & CHUNK_MASK] = value;
    this.lastKey = key;
    this.count++;
    const e = this.index.get(key);
    if (e === undefined) this.index.set(key, slot);
    else if (typeof e === 'number') {
      if (e !== slot) this.index.set(key, [e, slot]);
    } else if (!e.includes(slot)) e.push(slot);
    return undefined;
  }

  delete(key: string): boolean {
    const s = this.slotOf(key);
    if (s < 0) return false;
    const chunk = this.own(s >> CHUNK_BITS, true);
    chunk.keys[s & CHUNK_MASK] = undefined;
    chunk.vals[s & CHUNK_MASK] = undefined;
    this.count--;
    return true;
  }

  /** Values in insertion order. */
  *values(): IterableIterator<V> {
    for (const chunk of this.chunks) {
      const { keys, vals } = chunk;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) yield vals[i]!;
    }
  }

  *entries(): IterableIterator<[string, V]> {
    for (const chunk of this.chunks) {
      const { keys, vals } = chunk;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== undefined) yield [k, vals[i]!];
      }
    }
  }

  /** Call `fn` on every value in insertion order (cheaper than the iterators on hot paths). */
  forEachValue(fn: (v: V) => void): void {
    for (const chunk of this.chunks) {
      const { keys, vals } = chunk;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) fn(vals[i]!);
    }
  }

  /**
   * The chunk `c`, made writable: its values array is copied if a snapshot shares it, and so is its keys
   * array when `keys` (an insert or delete; a plain update shares the keys with the snapshot).
   */
  private own(c: number, keys: boolean): Chunk<V> {
    let chunk = this.chunks[c]!;
    if (!this.owned[c]) {
      chunk = { keys: chunk.keys, vals: chunk.vals.slice() };
      this.chunks[c] = chunk;
      this.owned[c] = true;
      this.sharedKeys[c] = true;
    }
    if (keys && this.sharedKeys[c]) {
      chunk.keys = chunk.keys.slice();
      this.sharedKeys[c] = false;
    }
    return chunk;
  }

  /** Share the current chunks with a snapshot; later writes copy the chunk they touch. */
  snapshot(): ChunkedSnapshot<V> {
    this.owned.fill(false);
    return { chunks: this.chunks.slice(), size: this.count, nextSlot: this.nextSlot };
  }

  /** Return to a snapshot (its chunks stay shared with it). */
  restore(s: ChunkedSnapshot<V>): void {
    this.chunks = s.chunks.slice();
    this.owned = new Array<boolean>(this.chunks.length).fill(false);
    this.sharedKeys = [];
    this.nextSlot = s.nextSlot;
    this.count = s.size;
  }
}
