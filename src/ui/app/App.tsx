// The layout shell: header, controls | stage | inspect, and the timeline row. Panels that other features
// provide (terminal, YAML editor, timeline, inspect) plug into named slots and are not drawn while empty.
import type { i18n } from 'i18next';
import { MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { SimClient } from '../../worker/client';
import { Controls } from '../controls/Controls';
import { LessonPanel } from '../lessons/LessonPanel';
import { Narrator } from '../explain/Narrator';
import { WhyPanel } from '../explain/WhyPanel';
import { Header } from '../header/Header';
import type { Classroom } from '../persist/classroom';
import { ClassroomProvider } from '../persist/context';
import { Notices } from '../persist/Notices';
import { ClassroomBar } from '../presenter/ClassroomBar';
import { InspectProvider } from '../inspect/inspectStore';
import { TimelineBar } from '../timeline/TimelineBar';
import { Stage } from '../stage/Stage';
import { AppProviders } from '../store/context';
import type { AppStore } from '../store/createAppStore';
import { ConnectionBanner } from './ConnectionBanner';
import { useShortcuts } from './useShortcuts';

/** Panels provided by other features; each is rendered only when given. */
export interface PanelSlots {
  inspect?: ReactNode;
  editor?: ReactNode;
  timeline?: ReactNode;
  terminal?: ReactNode;
}

function Shell({ panels }: { panels: PanelSlots }) {
  useShortcuts();
  return (
    <div className="app">
      <div className="topbar">
        <Header />
        <ClassroomBar />
      </div>
      <ConnectionBanner />
      <Notices />
      <main className="workspace">
        <div className="area area--controls">
          <Controls />
        </div>
        <div className="area area--stage">
          <Stage />
        </div>
        <div className="area area--inspect">
          <LessonPanel />
          <WhyPanel />
          {panels.inspect}
          {panels.editor}
        </div>
      </main>
      <footer className="area area--timeline">
        <TimelineBar />
        {panels.timeline}
      </footer>
      {panels.terminal && <section className="area area--terminal">{panels.terminal}</section>}
      <Narrator />
    </div>
  );
}

/** The whole app around a store and a simulation client. */
export function App({
  i18n,
  store,
  client,
  panels = {},
  classroom,
}: {
  i18n: i18n;
  store: AppStore;
  client: SimClient;
  panels?: PanelSlots;
  /** lessons, presenter mode, share links, persistence (optional: other features' tests run without) */
  classroom?: Classroom;
}) {
  const app = (
    <I18nextProvider i18n={i18n}>
      <AppProviders store={store} client={client}>
        <MotionConfig reducedMotion="user">
          <InspectProvider>
            <Shell panels={panels} />
          </InspectProvider>
        </MotionConfig>
      </AppProviders>
    </I18nextProvider>
  );
  return classroom ? <ClassroomProvider classroom={classroom}>{app}</ClassroomProvider> : app;
}
