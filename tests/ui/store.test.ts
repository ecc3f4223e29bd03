import { describe, expect, it } from 'vitest';
import { applyClientEvent, createAppStore } from '../../src/ui/store/createAppStore';
import type { Frame } from '../../src/worker/protocol';
import { frame, podFrameOf } from './storeFixtures';

const send = (store: ReturnType<typeof createAppStore>, f: Frame) =>
  applyClientEvent(store, { type: 'frame', frame: f });

describe('UI store (frame mirror)', () => {
  it('keeps unchanged pods and lanes as the same objects across frames (memoised tiles stay put)', () => {
    const store = createAppStore();
    const a = podFrameOf('a');
    send(store, frame({ pods: [a, podFrameOf('b')] }));
    const first = store.getState().podsByLane['rs'];
    send(store, frame({ seq: 2, pods: [{ ...a }, podFrameOf('b', 'Terminating')] }));
    const second = store.getState().podsByLane['rs']!;
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first![0]);
    expect(second[1]!.status).toBe('Terminating');
    const lanes = store.getState().lanes;
    send(store, frame({ seq: 3, pods: [{ ...a }, podFrameOf('b', 'Terminating')] }));
    expect(store.getState().podsByLane['rs']).toBe(second);
    expect(store.getState().lanes).toBe(lanes);
  });

  it('accumulates terminal entries and events; a reset replaces the events', () => {
    const store = createAppStore();
    const entry = {
      id: 1,
      at: 0,
      line: 'kubectl x',
      argv: ['x'],
      source: 'terminal' as const,
      result: { chunks: [], exitCode: 0 },
    };
    const ev = (key: string, count: number) => ({
      key,
      at: 0,
      type: 'Normal' as const,
      reason: 'R',
      object: 'Pod/p',
      message: 'm',
      count,
      source: 's',
    });
    send(store, frame({ terminal: [entry], events: [ev('a', 1), ev('b', 1)], eventsReset: true }));
    send(store, frame({ terminal: [{ ...entry, id: 2 }], events: [ev('a', 2)] }));
    expect(store.getState().terminal.map((e) => e.id)).toEqual([1, 2]);
    expect(store.getState().events.map((e) => `${e.key}${e.count}`)).toEqual(['b1', 'a2']);
    send(store, frame({ events: [ev('c', 1)], eventsReset: true }));
    expect(store.getState().events.map((e) => e.key)).toEqual(['c']);
  });

  it('shows a play/speed request at once and ignores frames built before the worker handled it', () => {
    const store = createAppStore();
    send(store, frame({ speed: 1, playing: true, ack: 5 }));
    store.getState().requestPlayback({ speed: 4 }, 7);
    expect(store.getState().speed).toBe(4);
    send(store, frame({ speed: 1, playing: true, ack: 6 }));
    expect(store.getState().speed).toBe(4);
    send(store, frame({ speed: 4, playing: true, ack: 7 }));
    expect(store.getState().pendingAck).toBe(0);
    send(store, frame({ speed: 4, playing: false, ack: 8 }));
    expect(store.getState().playing).toBe(false);
  });
});
