// Builds the UI store from its slices and connects it to a simulation client: frames in, nothing else.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimClient } from '../../worker/client';
import type { ClientEvent } from '../../worker/protocol';
import { createFrameSlice } from './frameSlice';
import { createLogSlice } from './logSlice';
import { createSessionSlice } from './sessionSlice';
import { createTimelineSlice } from './timelineSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

/** A fresh store (one per app, one per test). */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createFrameSlice(...a),
    ...createLogSlice(...a),
    ...createSessionSlice(...a),
    ...createTimelineSlice(...a),
  }));
}

/** Apply one client event to the store. */
export function applyClientEvent(store: AppStore, event: ClientEvent): void {
  const s = store.getState();
  switch (event.type) {
    case 'ready':
      s.setCatalogue(event.catalogue);
      return;
    case 'frame':
      s.applyFrame(event.frame);
      // a branch, an undo or an imported run replaces the transcript (it then includes this frame's news)
      if (event.frame.timeline?.transcript)
        s.replaceTerminal(event.frame.timeline.transcript, event.frame.terminal);
      else s.appendTerminal(event.frame.terminal);
      s.applyTimeline(event.frame.timeline, event.frame.ack);
      s.mergeEvents(event.frame.events, event.frame.eventsReset);
      if (s.connection === 'starting') s.setConnection('running');
      return;
    case 'connection':
      s.setConnection(event.state, event.message);
      return;
    case 'fault':
    case 'validation':
    case 'describe':
      return;
  }
}

/** Mirror a client's frames into the store; returns the unsubscribe function. */
export function bindClient(store: AppStore, client: SimClient): () => void {
  return client.subscribe((event) => applyClientEvent(store, event));
}
