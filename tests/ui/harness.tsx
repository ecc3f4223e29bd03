// Component-test harness: the real app (or one component) around an in-process simulation host whose wall
// clock the test drives by hand, plus builders for synthetic frames.
import { act, render } from '@testing-library/react';
import { MotionGlobalConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/ui/app/App';
import { featurePanels } from '../../src/ui/app/panels';
import { createI18n } from '../../src/ui/i18n';
import { AppProviders } from '../../src/ui/store/context';
import { bindClient, createAppStore, type AppStore } from '../../src/ui/store/createAppStore';
import { createInProcessClient, type SimClient } from '../../src/worker/client';
import { SimulationHost } from '../../src/worker/host';
import type { BudgetFrame, DeploymentFrame, Frame, LaneFrame, PodFrame } from '../../src/worker/protocol';
import { ManualClock } from '../worker/manualClock';

// happy-dom's Web Animations reject when motion cancels them: finish animations at once in component tests.
MotionGlobalConfig.skipAnimations = true;

/**
 * The whole app on the seed scenario, paused; `frames(n, ms)` lets wall time pass. `panels`: also the feature
 * panels (inspect tabs, terminal) as main.tsx plugs them in.
 */
export function renderApp({ panels = false }: { panels?: boolean } = {}) {
  const clock = new ManualClock();
  const client = createInProcessClient((post) => new SimulationHost(post, clock), { autoplay: false });
  const store = createAppStore();
  bindClient(store, client);
  clock.frame();
  const utils = render(
    <App i18n={createI18n('en')} store={store} client={client} panels={panels ? featurePanels() : {}} />,
  );
  const frames = (n = 1, ms = 16) => act(() => clock.frames(n, ms));
  const send = (...argv: string[]) =>
    act(() => {
      client.send({ type: 'kubectl', argv, source: 'terminal' });
      clock.frame();
    });
  /** Play at `speed` for `simMs` of simulated time, then pause. */
  const run = (simMs: number, speed: 16 | 4 | 1 = 16) =>
    act(() => {
      client.send({ type: 'setSpeed', speed });
      client.send({ type: 'play' });
      clock.frame();
      clock.frames(Math.ceil(simMs / (50 * speed)), 50);
      client.send({ type: 'pause' });
      clock.frame();
    });
  return { ...utils, clock, client, store, frames, send, run };
}

/** A stub client for components fed with synthetic frames. */
export function stubClient(sent: unknown[] = []): SimClient {
  return {
    send: (cmd) => void sent.push(cmd),
    validate: () => Promise.resolve({ ok: true, message: '', causes: [] }),
    describePod: () => Promise.resolve(''),
    query: () => Promise.resolve(undefined),
    subscribe: () => () => {},
    dispose: () => {},
    sent: sent.length,
  };
}

/** Render `ui` with providers around a store (and a stub client unless given). */
export function renderWith(
  ui: ReactNode,
  store: AppStore = createAppStore(),
  client: SimClient = stubClient(),
) {
  const utils = render(
    <I18nextProvider i18n={createI18n('en')}>
      <AppProviders store={store} client={client}>
        {ui}
      </AppProviders>
    </I18nextProvider>,
  );
  const apply = (frame: Frame) => act(() => store.getState().applyFrame(frame));
  return { ...utils, store, apply };
}

export function deploymentFrame(over: Partial<DeploymentFrame> = {}): DeploymentFrame {
  return {
    namespace: 'default',
    name: 'nginx-deployment',
    replicas: 3,
    readyColumn: '3/3',
    upToDate: 3,
    available: 3,
    revision: 1,
    paused: false,
    strategy: 'RollingUpdate',
    maxSurge: '25%',
    maxUnavailable: '25%',
    minReadySeconds: 0,
    progressDeadlineSeconds: 600,
    revisionHistoryLimit: 10,
    containers: [{ name: 'nginx', image: 'nginx:1.14.2' }],
    conditions: [],
    ...over,
  };
}

export function laneFrame(over: Partial<LaneFrame> = {}): LaneFrame {
  return {
    name: 'nginx-deployment-abc',
    revision: 1,
    formerRevisions: [],
    images: ['nginx:1.14.2'],
    desired: 3,
    current: 3,
    ready: 3,
    available: 3,
    terminating: 0,
    role: 'new',
    collapsed: false,
    ...over,
  };
}

export function budgetFrame(over: Partial<BudgetFrame> = {}): BudgetFrame {
  return {
    strategy: 'RollingUpdate',
    replicas: 3,
    maxSurge: 1,
    maxUnavailable: 0,
    arithmetic: ['maxSurge = ceil(25% × 3) = 1'],
    minAvailable: 3,
    maxPods: 4,
    available: 3,
    specTotal: 3,
    current: 3,
    terminating: 0,
    ...over,
  };
}

/** A frame with the given parts (defaults: one lane, no pods). */
export function frame(over: Partial<Frame> & { pods?: PodFrame[] } = {}): Frame {
  return {
    seq: 1,
    now: 10_000,
    head: 10_000,
    playing: false,
    speed: 1,
    deployment: deploymentFrame(),
    budget: budgetFrame(),
    lanes: [laneFrame()],
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
