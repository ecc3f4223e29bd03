// @vitest-environment happy-dom
// Presenter mode and its keyboard: the keymap as a table, then the real app — P toggles the view (only stage,
// timeline and terminal remain), 1–5 set speeds, ←/→ step between decisions, Shift+←/→ scrub 5 s, keys are
// left alone while typing, and the cursor hides when idle.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyAction, ownsKeys } from '../../../src/ui/presenter/keys';
import { IDLE_CURSOR_MS } from '../../../src/ui/presenter/useView';
import { renderClassroom } from '../i18n/render';

let disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers) d();
  disposers = [];
  cleanup();
  vi.useRealTimers();
});
function open(opts: Parameters<typeof renderClassroom>[0] = {}) {
  const app = renderClassroom(opts);
  disposers.push(app.dispose);
  return app;
}

const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'repeat', boolean>> = {},
) =>
  keyAction({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    ...mods,
  });

describe('presenter keymap', () => {
  it('maps the keys of the brief', () => {
    expect(key(' ')).toEqual({ type: 'togglePlay' });
    expect(key('ArrowLeft')).toEqual({ type: 'step', direction: -1 });
    expect(key('ArrowRight')).toEqual({ type: 'step', direction: 1 });
    expect(key('ArrowLeft', { shiftKey: true })).toEqual({ type: 'scrub', direction: -1 });
    expect(key('ArrowRight', { shiftKey: true })).toEqual({ type: 'scrub', direction: 1 });
    expect(['1', '2', '3', '4', '5'].map((k) => key(k))).toEqual(
      [0.5, 1, 2, 4, 16].map((speed) => ({ type: 'speed', speed })),
    );
    expect(key('p')).toEqual({ type: 'presenter' });
    expect(key('L')).toEqual({ type: 'language' });
    expect(key('6')).toBeUndefined();
    expect(key('p', { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(key('p', { repeat: true })).toBeUndefined();
  });

  it('leaves keys to inputs, selects, sliders and the terminal', () => {
    document.body.innerHTML =
      '<input id="i"><select id="s"></select><div role="slider" id="r"></div><div class="xterm"><textarea id="x"></textarea></div><button id="b">b</button>';
    for (const id of ['i', 's', 'r', 'x']) expect(ownsKeys(document.getElementById(id))).toBe(true);
    expect(ownsKeys(document.getElementById('b'))).toBe(false);
    expect(ownsKeys(document.body)).toBe(false);
  });
});

describe('presenter mode in the app', () => {
  it('P enters and leaves presenter mode; the exit button also leaves it', async () => {
    open();
    const user = userEvent.setup();
    expect(document.documentElement.dataset.view).toBeUndefined();
    await user.keyboard('p');
    expect(document.documentElement.dataset.view).toBe('presenter');
    expect(screen.queryByRole('navigation', { name: 'Classroom' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Exit presenter mode' }));
    expect(document.documentElement.dataset.view).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Presenter' }));
    expect(document.documentElement.dataset.view).toBe('presenter');
    await user.keyboard('P');
    expect(document.documentElement.dataset.view).toBeUndefined();
  });

  it('1–5 choose speeds and Space plays and pauses', async () => {
    const app = open();
    const user = userEvent.setup();
    await user.keyboard('5');
    app.frames(1);
    expect(app.store.getState().speed).toBe(16);
    await user.keyboard('1');
    app.frames(1);
    expect(app.store.getState().speed).toBe(0.5);
    expect(app.store.getState().playing).toBe(false);
    await user.keyboard(' ');
    app.frames(1);
    expect(app.store.getState().playing).toBe(true);
    await user.keyboard(' ');
    app.frames(1);
    expect(app.store.getState().playing).toBe(false);
  });

  it('←/→ step between decisions and Shift+←/→ scrub by 5 s', async () => {
    const app = open();
    const user = userEvent.setup();
    app.shell('kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
    app.run(30_000);
    const end = app.store.getState().now;
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    app.frames(2);
    expect(app.store.getState().now).toBe(end - 5000);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    app.frames(2);
    expect(app.store.getState().now).toBe(end);
    await user.keyboard('{ArrowLeft}');
    app.frames(2);
    const back = app.store.getState().now;
    expect(back).toBeLessThan(end);
    // the step lands on a controller decision's instant
    expect(app.store.getState().decisions.some((d) => d.at === back)).toBe(true);
    await user.keyboard('{ArrowLeft}');
    app.frames(2);
    expect(app.store.getState().now).toBeLessThan(back);
    await user.keyboard('{ArrowRight}');
    app.frames(2);
    expect(app.store.getState().now).toBe(back);
  });

  it('keys typed into a field do nothing', async () => {
    const app = open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('spinbutton', { name: 'Replicas' }));
    await user.keyboard('5p');
    app.frames(1);
    expect(app.store.getState().speed).toBe(1);
    expect(document.documentElement.dataset.view).toBeUndefined();
  });

  it('hides the cursor after a while without movement in presenter mode', () => {
    vi.useFakeTimers();
    open({ view: 'presenter' });
    expect(document.documentElement.dataset.view).toBe('presenter');
    expect(document.documentElement.dataset.cursor).toBeUndefined();
    act(() => vi.advanceTimersByTime(IDLE_CURSOR_MS + 10));
    expect(document.documentElement.dataset.cursor).toBe('idle');
    fireEvent.pointerMove(window);
    expect(document.documentElement.dataset.cursor).toBeUndefined();
  });

  it('the embed view shows no classroom chrome and never saves', () => {
    const app = open({ view: 'embed' });
    expect(document.documentElement.dataset.view).toBe('embed');
    expect(screen.queryByRole('navigation', { name: 'Classroom' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exit presenter mode' })).toBeNull();
    expect(app.classroom.autosave).toBeUndefined();
  });
});
