// React access to the store and the client: providers and the two hooks every component uses.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { SimClient } from '../../worker/client';
import type { AppStore } from './createAppStore';
import type { AppState } from './types';

const StoreContext = createContext<AppStore | undefined>(undefined);
const ClientContext = createContext<SimClient | undefined>(undefined);

/** Provides the store and the simulation client to the tree. */
export function AppProviders({
  store,
  client,
  children,
}: {
  store: AppStore;
  client: SimClient;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
    </StoreContext.Provider>
  );
}

function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('AppProviders is missing');
  return store;
}

/** The store itself: event handlers read the latest state at call time (no re-render per frame). */
export function useAppStore(): AppStore {
  return useStoreApi();
}

/** Read one value (compared by identity). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}

/** Read an object or array of values (compared shallowly). */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(useStoreApi(), useShallow(selector));
}

/** The simulation client (to send commands). */
export function useClient(): SimClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('AppProviders is missing');
  return client;
}
