// The discrete-event queue: things due at a simulated instant (a kubelet step, a controller's enqueueAfter,
// a progress-deadline re-check). A binary heap ordered by (at, seq) so equal instants keep insertion order.

/** What a timer does when it fires. */
export type TimerAction =
  | { type: 'enqueue'; controller: ControllerName; key: string }
  | { type: 'kubelet'; podKey: string; step: string; gen: number }
  | { type: 'node'; node: string; step: string };

export type ControllerName = 'deployment' | 'replicaset' | 'scheduler' | 'gc' | 'kubelet';

export interface Timer {
  at: number;
  seq: number;
  action: TimerAction;
}

/** A min-heap of timers. `items` is plain data so it can be copied into a snapshot. */
export class TimerQueue {
  items: Timer[] = [];
  seq = 0;

  add(at: number, action: TimerAction): void {
    this.seq += 1;
    const t: Timer = { at, seq: this.seq, action };
    const h = this.items;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i]!, h[p]!)) break;
      const tmp = h[i]!;
      h[i] = h[p]!;
      h[p] = tmp;
      i = p;
    }
  }

  peek(): Timer | undefined {
    return this.items[0];
  }

  pop(): Timer | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l]!, h[m]!)) m = l;
        if (r < h.length && less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        const tmp = h[i]!;
        h[i] = h[m]!;
        h[m] = tmp;
        i = m;
      }
    }
    return top;
  }

  get size(): number {
    return this.items.length;
  }

  snapshot(): { items: Timer[]; seq: number } {
    return { items: this.items.slice(), seq: this.seq };
  }

  restore(s: { items: Timer[]; seq: number }): void {
    this.items = s.items.slice();
    this.seq = s.seq;
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
