import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/ui/store/createAppStore';
import { selectTerminalAtPlayhead } from '../../../src/ui/store/selectors';
import type { TerminalEntry, TimelineFrame } from '../../../src/worker/protocol';
import { frame } from '../harness';

const entry = (id: number, at: number): TerminalEntry => ({
  id,
  at,
  line: `kubectl get pods # ${id}`,
  argv: ['get', 'pods'],
  source: 'terminal',
  result: { chunks: [{ stream: 'stdout', text: `out ${id}\n` }], exitCode: 0 },
});

const timeline = (over: Partial<TimelineFrame> = {}): TimelineFrame => ({
  seed: 1,
  timing: 'realistic',
  markers: [],
  markersReset: false,
  ...over,
});

describe('timeline store', () => {
  it('shows the terminal as it stood at the playhead, with a stable array while nothing changes', () => {
    const store = createAppStore();
    const s = store.getState();
    s.appendTerminal([entry(1, 0), entry(2, 5000), entry(3, 9000)]);
    s.applyFrame(frame({ now: 6000, head: 9000 }));
    const a = selectTerminalAtPlayhead(store.getState());
    expect(a.map((e) => e.id)).toEqual([1, 2]);
    store.getState().applyFrame(frame({ now: 7000, head: 9000, seq: 2 }));
    expect(selectTerminalAtPlayhead(store.getState())).toBe(a);
    store.getState().setScrub(1000, true);
    expect(selectTerminalAtPlayhead(store.getState()).map((e) => e.id)).toEqual([1]);
    store.getState().setScrub(undefined, false);
    store.getState().applyFrame(frame({ now: 9000, head: 9000, seq: 3 }));
    expect(selectTerminalAtPlayhead(store.getState())).toBe(store.getState().terminal);
  });

  it('replaces the transcript when a branch, undo or import sends one', () => {
    const store = createAppStore();
    store.getState().appendTerminal([entry(1, 0), entry(2, 5000), entry(3, 9000)]);
    const f = frame({
      terminal: [entry(4, 5000)],
      timeline: timeline({ transcript: [entry(1, 0), entry(4, 5000)] }),
    });
    store.getState().replaceTerminal(f.timeline!.transcript!, f.terminal);
    expect(store.getState().terminal.map((e) => e.id)).toEqual([1, 4]);
  });

  it('clears the drag position once a frame reflects the last seek', () => {
    const store = createAppStore();
    store.getState().setScrub(4000, true);
    store.getState().applyTimeline(timeline(), 10);
    expect(store.getState().scrub).toBe(4000);
    store.getState().endScrub(4200, 12);
    store.getState().applyTimeline(timeline(), 11);
    expect(store.getState().scrub).toBe(4200);
    store.getState().applyTimeline(timeline(), 12);
    expect(store.getState().scrub).toBeUndefined();
    expect(store.getState().run).toEqual({ seed: 1, timing: 'realistic' });
  });
});
