// Connection and session facts: is the worker alive, what images it offers, what the user is looking at.
import type { StateCreator } from 'zustand';
import type { ConnectionState, ImageCatalogue } from '../../worker/protocol';
import type { AppState } from './types';

export type Connection = 'starting' | 'running' | ConnectionState;

export interface SessionSlice {
  connection: Connection;
  connectionMessage: string;
  catalogue: ImageCatalogue;
  legendOpen: boolean;
  selectedPod: string | undefined;
  setConnection(state: Connection, message?: string): void;
  setCatalogue(catalogue: ImageCatalogue): void;
  setLegendOpen(open: boolean): void;
  selectPod(name: string | undefined): void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  connection: 'starting',
  connectionMessage: '',
  catalogue: { good: [], bad: [], teaching: [] },
  legendOpen: false,
  selectedPod: undefined,
  // A new worker starts counting commands afresh: forget any optimistic request.
  setConnection: (connection, message = '') => set({ connection, connectionMessage: message, pendingAck: 0 }),
  setCatalogue: (catalogue) => set({ catalogue }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  selectPod: (selectedPod) => set({ selectedPod }),
});
