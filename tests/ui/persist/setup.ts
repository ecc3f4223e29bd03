// A classroom around an in-process simulation whose wall clock the test drives, with a fake local storage
// that can be told to fail like a real one (quota, private mode).
import { act } from '@testing-library/react';
import { createI18n } from '../../../src/ui/i18n';
import type { Start } from '../../../src/ui/persist/boot';
import { createClassroom } from '../../../src/ui/persist/classroom';
import type { ViewMode } from '../../../src/ui/persist/classroomStore';
import { SafeStorage, type StorageLike } from '../../../src/ui/persist/storage';
import { bindClient, createAppStore } from '../../../src/ui/store/createAppStore';
import { createInProcessClient } from '../../../src/worker/client';
import { SimulationHost } from '../../../src/worker/host';
import { ManualClock } from '../../worker/manualClock';

/** A Map-backed Storage that throws like a browser when told to. */
export class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failWrites: string | undefined;
  failReads: string | undefined;
  writes = 0;

  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('blocked', this.failReads);
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('nope', this.failWrites);
    this.writes += 1;
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A whole classroom on the seed scene (paused); `run(ms)` plays simulated time at 16×. */
export function classroomWith(
  opts: { storage?: FakeStorage; start?: Start; view?: ViewMode; language?: string } = {},
) {
  const clock = new ManualClock();
  const client = createInProcessClient((post) => new SimulationHost(post, clock), { autoplay: false });
  const store = createAppStore();
  bindClient(store, client);
  const fake = opts.storage ?? new FakeStorage();
  const i18n = createI18n(opts.language ?? 'en');
  const classroom = createClassroom({
    client,
    store,
    i18n,
    storage: new SafeStorage(fake),
    view: opts.view ?? 'normal',
    ...(opts.start ? { start: opts.start } : {}),
    href: () => 'https://lab.example/',
    ...(typeof document === 'undefined' ? {} : { doc: document }),
  });
  const frames = (n = 1, ms = 16) => act(() => clock.frames(n, ms));
  frames(2);
  const run = (simMs: number) =>
    act(() => {
      client.send({ type: 'setSpeed', speed: 16 });
      client.send({ type: 'play' });
      clock.frame();
      clock.frames(Math.ceil(simMs / 800), 50);
      client.send({ type: 'pause' });
      clock.frame();
    });
  const shell = (text: string) =>
    act(() => {
      client.send({ type: 'shell', text, source: 'terminal' });
      clock.frame();
    });
  return { clock, client, store, classroom, storage: fake, i18n, frames, run, shell };
}

/** What the stage shows, comparable between two apps. */
export function stageOf(store: ReturnType<typeof createAppStore>) {
  const s = store.getState();
  return {
    now: s.now,
    lanes: s.lanes.map((l) => [l.name, l.revision, l.desired, l.ready, l.available]),
    pods: Object.values(s.podsByLane)
      .flat()
      .map((p) => `${p.name} ${p.status}`)
      .sort(),
  };
}
