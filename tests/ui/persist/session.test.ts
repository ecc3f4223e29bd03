// @vitest-environment happy-dom
// Persistence and share links end to end in-process: a captured run, opened elsewhere, shows the same state
// at the same instant; a reload restores the saved run; storage failures and bad data degrade with a notice.
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_KEY } from '../../../src/ui/persist/autosave';
import { chooseStart, viewFromSearch } from '../../../src/ui/persist/boot';
import { SafeStorage } from '../../../src/ui/persist/storage';
import { encodeRun } from '../../../src/ui/share/codec';
import { shareUrl } from '../../../src/ui/share/link';
import { classroomWith, FakeStorage, stageOf } from './setup';

const UPDATE = 'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1';
let open: { classroom: { dispose(): void }; client: { dispose(): void } }[] = [];
const track = <T extends { classroom: { dispose(): void }; client: { dispose(): void } }>(t: T): T => {
  open.push(t);
  return t;
};
afterEach(() => {
  for (const o of open) {
    o.classroom.dispose();
    o.client.dispose();
  }
  open = [];
});

/** A run in the middle of a rolling update, paused, with a lesson step. */
function midRollout() {
  const a = track(classroomWith());
  a.shell(UPDATE);
  a.run(3000);
  act(() => a.classroom.store.setState({ lesson: { id: 'walkthrough', step: 6, paused: true, since: 0 } }));
  return a;
}

describe('share links reproduce a run', () => {
  it('a fresh page opening the link shows the same state at the same instant', () => {
    const a = midRollout();
    const link = shareUrl(
      'https://lab.example/',
      a.classroom.session.capture(true, { id: 'walkthrough', step: 6 }),
    );
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const start = chooseStart(new URL(link.url).hash, new SafeStorage(new FakeStorage()), 'normal');
    expect(start.from).toBe('link');
    const b = track(classroomWith({ start }));
    b.frames(3);
    expect(stageOf(b.store)).toEqual(stageOf(a.store));
    expect(stageOf(b.store).lanes).toHaveLength(2);
    expect(b.store.getState().playing).toBe(false);
    expect(b.classroom.store.getState().lesson).toMatchObject({ id: 'walkthrough', step: 6 });
    // the commands come along (without output in a link)
    expect(b.store.getState().terminal.map((e) => e.line)).toContain(UPDATE);
    // and time goes on identically from there
    a.run(20_000);
    b.run(20_000);
    expect(stageOf(b.store)).toEqual(stageOf(a.store));
  });

  it('a tampered link gives a clear notice and the default scene (not the saved run)', () => {
    const storage = new FakeStorage();
    const a = midRollout();
    storage.data.set(RUN_KEY, encodeRun(a.classroom.session.capture(false)));
    const link = encodeRun(a.classroom.session.capture(true));
    const tampered = link.slice(0, 40) + (link[40] === 'x' ? 'y' : 'x') + link.slice(41);
    const start = chooseStart(`#run=${tampered}`, new SafeStorage(storage), 'normal');
    expect(start).toMatchObject({ run: undefined, from: 'default', hadLink: true });
    const b = track(classroomWith({ start, storage }));
    expect(b.classroom.store.getState().notices.map((n) => n.key)).toEqual(['notice.linkDamaged']);
    expect(stageOf(b.store).lanes).toHaveLength(1);
    expect(stageOf(b.store).pods.every((p) => p.endsWith(' Running'))).toBe(true);
  });

  it('a well-formed link whose run the worker refuses falls back to the default scene with a notice', () => {
    const a = midRollout();
    const run = a.classroom.session.capture(true);
    run.run.requests = [{ ...run.run.requests[0]!, at: run.run.head + 1 }];
    const b = track(classroomWith({ start: { run, from: 'link', hadLink: true, notices: [] } }));
    b.frames(3);
    expect(b.classroom.store.getState().notices.map((n) => n.key)).toEqual(['notice.linkDamaged']);
    expect(stageOf(b.store).lanes).toHaveLength(1);
    expect(b.classroom.store.getState().lesson).toBeUndefined();
  });
});

describe('persistence', () => {
  it('saves the run when it changes and a reload restores it at the same instant', () => {
    const storage = new FakeStorage();
    const a = track(classroomWith({ storage }));
    a.shell(UPDATE);
    a.run(3000);
    a.classroom.autosave!.save(); // what page hide does
    expect(storage.data.has(RUN_KEY)).toBe(true);
    const start = chooseStart('', new SafeStorage(storage), 'normal');
    expect(start.from).toBe('storage');
    const b = track(classroomWith({ storage, start }));
    b.frames(3);
    expect(stageOf(b.store)).toEqual(stageOf(a.store));
    expect(b.classroom.store.getState().notices.map((n) => n.key)).toEqual(['notice.restored']);
    // the saved run keeps kubectl's output too
    expect(b.store.getState().terminal.find((e) => e.line === UPDATE)?.result.chunks[0]?.text).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
  });

  it('a full quota is reported once and the app keeps working', () => {
    const storage = new FakeStorage();
    const a = track(classroomWith({ storage }));
    storage.failWrites = 'QuotaExceededError';
    a.shell(UPDATE);
    a.run(5000);
    a.classroom.autosave!.save();
    expect(a.classroom.store.getState().notices.map((n) => n.key)).toEqual(['notice.storageFull']);
    expect(stageOf(a.store).lanes).toHaveLength(2);
  });

  it('private mode (storage blocked) is reported and the default scene opens', () => {
    const storage = new FakeStorage();
    storage.failReads = 'SecurityError';
    const start = chooseStart('', new SafeStorage(storage), 'normal');
    expect(start.notices.map((n) => n.key)).toEqual(['notice.storageUnavailable']);
    const b = track(classroomWith({ storage, start }));
    expect(stageOf(b.store).lanes).toHaveLength(1);
    expect(new SafeStorage(undefined).write('k', 'v')).toEqual({ ok: false, failure: 'unavailable' });
  });

  it('corrupt saved data is reported, removed, and a fresh run starts', () => {
    const storage = new FakeStorage();
    storage.data.set(RUN_KEY, '1.abc.not-a-run');
    const start = chooseStart('', new SafeStorage(storage), 'normal');
    expect(start).toMatchObject({ run: undefined, notices: [{ key: 'notice.savedRunCorrupt' }] });
    expect(storage.data.has(RUN_KEY)).toBe(false);
  });

  it('reset forgets the saved run and the lesson and shows the default scene', () => {
    const storage = new FakeStorage();
    const a = midRollout();
    a.classroom.autosave!.save();
    const b = track(classroomWith({ storage }));
    b.shell(UPDATE);
    b.run(2000);
    b.classroom.autosave!.save();
    expect(storage.data.has(RUN_KEY)).toBe(true);
    act(() => b.classroom.reset());
    expect(storage.data.has(RUN_KEY)).toBe(false);
    b.frames(2);
    expect(stageOf(b.store).lanes).toHaveLength(1);
    expect(b.store.getState().terminal.map((e) => e.line)).not.toContain(UPDATE);
    expect(b.classroom.store.getState().lesson).toBeUndefined();
  });

  it('embed views never read or write storage', () => {
    const storage = new FakeStorage();
    storage.data.set(RUN_KEY, 'whatever');
    expect(chooseStart('', new SafeStorage(storage), 'embed')).toMatchObject({
      from: 'default',
      notices: [],
    });
    const e = track(classroomWith({ storage, view: 'embed' }));
    expect(e.classroom.autosave).toBeUndefined();
    expect(viewFromSearch('?embed=1')).toBe('embed');
    expect(viewFromSearch('?presenter=1&lang=zh')).toBe('presenter');
    expect(viewFromSearch('?embed=0')).toBe('normal');
  });
});
