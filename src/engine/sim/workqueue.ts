// A controller work queue like client-go's: FIFO, and a key already waiting is not added twice (many
// informer events for one object collapse into one sync). Drained completely at each simulated instant.
import type { ControllerName } from './timers';

export interface WorkItem {
  controller: ControllerName;
  key: string;
}

/** FIFO of (controller, key) with de-duplication of waiting items. */
export class WorkQueue {
  private queue: WorkItem[] = [];
  private head = 0;
  private waiting = new Map<ControllerName, Set<string>>();
  /** items handed out so far, per controller */
  private readonly handedOut = new Map<ControllerName, number>();

  /** How many items of this controller have been handed out (a key leaves the waiting set only then). */
  taken(controller: ControllerName): number {
    return this.handedOut.get(controller) ?? 0;
  }

  add(controller: ControllerName, key: string): void {
    let set = this.waiting.get(controller);
    if (!set) this.waiting.set(controller, (set = new Set()));
    if (set.has(key)) return;
    set.add(key);
    this.queue.push({ controller, key });
  }

  next(): WorkItem | undefined {
    if (this.head >= this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
      return undefined;
    }
    const item = this.queue[this.head++]!;
    this.waiting.get(item.controller)!.delete(item.key);
    this.handedOut.set(item.controller, this.taken(item.controller) + 1);
    return item;
  }

  get length(): number {
    return this.queue.length - this.head;
  }
}
