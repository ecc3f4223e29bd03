// The inspect panel's own small store: which tab is open, which object Describe shows, the YAML editor's
// draft, and the object `kubectl edit` has open (announced by the worker). Provided per app; components that
// may render without it (the stage in its own tests) get a harmless fallback.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditState } from '../../worker/protocol';
import { SEED_YAML } from '../../worker/manifests';
import { useClient } from '../store/context';

export type InspectTab = 'events' | 'history' | 'describe' | 'yaml';

/** The object Describe shows. */
export interface DescribeTarget {
  resource: 'pod' | 'replicaset' | 'deployment';
  name: string;
}

/** What kubectl answered (ok = exit code 0). */
export interface Outcome {
  ok: boolean;
  text: string;
}

export interface InspectState {
  tab: InspectTab;
  target: DescribeTarget | undefined;
  /** the object `kubectl edit` opened (undefined when none is open) */
  edit: EditState | undefined;
  /** the YAML editor's text in apply mode (kept while other tabs are shown) */
  draft: string;
  /** kubectl's latest answer to the editor: an apply's output, or how a `kubectl edit` ended */
  outcome: Outcome | undefined;
  setOutcome(outcome: Outcome | undefined): void;
  setTab(tab: InspectTab): void;
  describe(target: DescribeTarget): void;
  setEdit(edit: EditState): void;
  setDraft(draft: string): void;
}

export type InspectStore = StoreApi<InspectState>;

/** A fresh inspect store. */
export function createInspectStore(): InspectStore {
  return createStore<InspectState>()((set) => ({
    tab: 'events',
    target: undefined,
    edit: undefined,
    draft: SEED_YAML,
    outcome: undefined,
    setOutcome: (outcome) => set({ outcome }),
    setTab: (tab) => set({ tab }),
    describe: (target) => set({ target, tab: 'describe' }),
    setEdit: (edit) =>
      set((s) => {
        if (edit.open) return { edit, tab: 'yaml' };
        if (s.edit?.session !== edit.session) return {};
        // closed: keep how kubectl edit ended for the editor's answer panel
        const outcome = edit.result ? { ok: !edit.result.startsWith('error'), text: edit.result } : s.outcome;
        return { edit: undefined, outcome };
      }),
    setDraft: (draft) => set({ draft }),
  }));
}

const InspectContext = createContext<InspectStore | undefined>(undefined);

/** Provides the inspect store and feeds it the worker's `kubectl edit` announcements. */
export function InspectProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [store] = useState(createInspectStore);
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'edit') store.getState().setEdit(event.edit);
      }),
    [client, store],
  );
  return <InspectContext.Provider value={store}>{children}</InspectContext.Provider>;
}

const fallback = createInspectStore();

/** The inspect store itself (for callbacks that read it without re-rendering). */
export function useInspectStore(): InspectStore {
  return useContext(InspectContext) ?? fallback;
}

/** Read the inspect store (a detached fallback store outside an InspectProvider). */
export function useInspect<T>(selector: (s: InspectState) => T): T {
  return useStore(useInspectStore(), selector);
}

/** True when an InspectProvider is present (the stage offers Describe buttons only then). */
export function useHasInspect(): boolean {
  return useContext(InspectContext) !== undefined;
}
