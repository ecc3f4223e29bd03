// What accumulates across frames: terminal entries and cluster events (frames carry only the news).
import type { StateCreator } from 'zustand';
import type { EventFrame, TerminalEntry } from '../../worker/protocol';
import type { AppState } from './types';

/** Bounded history sizes (older entries drop off). */
export const MAX_TERMINAL_ENTRIES = 500;
export const MAX_EVENTS = 300;

export interface LogSlice {
  terminal: TerminalEntry[];
  events: EventFrame[];
  appendTerminal(entries: readonly TerminalEntry[]): void;
  /** the whole transcript of a new branch (timeline), then any of `news` it does not hold yet */
  replaceTerminal(transcript: readonly TerminalEntry[], news: readonly TerminalEntry[]): void;
  mergeEvents(events: readonly EventFrame[], reset: boolean): void;
}

export const createLogSlice: StateCreator<AppState, [], [], LogSlice> = (set) => ({
  terminal: [],
  events: [],
  appendTerminal: (entries) => {
    if (entries.length === 0) return;
    set((s) => ({ terminal: [...s.terminal, ...entries].slice(-MAX_TERMINAL_ENTRIES) }));
  },
  replaceTerminal: (transcript, news) => {
    const ids = new Set(transcript.map((e) => e.id));
    set({ terminal: [...transcript, ...news.filter((e) => !ids.has(e.id))].slice(-MAX_TERMINAL_ENTRIES) });
  },
  mergeEvents: (events, reset) => {
    if (events.length === 0 && !reset) return;
    set((s) => {
      const byKey = new Map((reset ? [] : s.events).map((e) => [e.key, e]));
      for (const e of events) {
        byKey.delete(e.key);
        byKey.set(e.key, e);
      }
      return { events: [...byKey.values()].slice(-MAX_EVENTS) };
    });
  },
});
