// The feature panels the app plugs into its slots: the inspect tabs (Events, History, Describe, YAML) and the
// terminal. The terminal (xterm) and the YAML editor (CodeMirror) load lazily, keeping the first load small.
import { lazy, Suspense } from 'react';
import { InspectPanel } from '../inspect/InspectPanel';
import type { PanelSlots } from './App';

const TerminalPanel = lazy(() => import('../terminal/TerminalPanel'));

/** The inspect and terminal slots (main.tsx and the component-test harness pass them to App). */
export function featurePanels(): PanelSlots {
  return {
    inspect: <InspectPanel />,
    terminal: (
      <Suspense fallback={<div style={{ height: 156, background: '#16181d' }} />}>
        <TerminalPanel />
      </Suspense>
    ),
  };
}
