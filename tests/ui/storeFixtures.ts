// Tiny frame builders for store tests (no React).
import type { Frame, PodFrame } from '../../src/worker/protocol';

export function podFrameOf(name: string, status = 'Running'): PodFrame {
  return {
    name,
    lane: 'rs',
    state: status === 'Terminating' ? 'terminating' : 'available',
    status,
    ready: '1/1',
    restarts: 0,
  };
}

export function frame(over: Partial<Frame> = {}): Frame {
  return {
    seq: 1,
    now: 0,
    head: 0,
    playing: false,
    speed: 1,
    lanes: [
      {
        name: 'rs',
        revision: 1,
        formerRevisions: [],
        images: ['nginx'],
        desired: 2,
        current: 2,
        ready: 2,
        available: 2,
        terminating: 0,
        role: 'new',
        collapsed: false,
      },
    ],
    pods: [],
    podCount: over.pods?.length ?? 0,
    decisions: [],
    events: [],
    eventsReset: false,
    terminal: [],
    nextEntryId: 1,
    ack: 0,
    ...over,
  };
}
