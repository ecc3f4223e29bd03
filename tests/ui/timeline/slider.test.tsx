// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../harness';

afterEach(cleanup);

const slider = () => screen.getByRole('slider', { name: 'Timeline' });

/** The seed, a rollout to nginx:1.16.1 and 40 s of simulated time, paused. */
function rolledOut() {
  const app = renderApp();
  app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
  app.run(40_000);
  return app;
}

describe('timeline slider', () => {
  it('is a slider named Timeline whose value text is the simulated time', () => {
    const app = rolledOut();
    const s = app.store.getState();
    expect(slider().getAttribute('aria-valuetext')).toMatch(/^0:4\d$/);
    expect(Number(slider().getAttribute('aria-valuemax'))).toBe(s.head);
    expect(Number(slider().getAttribute('aria-valuenow'))).toBe(s.now);
    expect(slider().getAttribute('aria-valuemin')).toBe('0');
  });

  it('moves with the keyboard: Home, End, Shift+arrows, arrows step, 1–5 speed, Space plays', async () => {
    const app = rolledOut();
    const user = userEvent.setup();
    const head = app.store.getState().head;
    slider().focus();
    await user.keyboard('{Home}');
    app.frames();
    expect(app.store.getState().now).toBe(0);
    expect(slider().getAttribute('aria-valuetext')).toBe('0:00');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    app.frames();
    expect(app.store.getState().now).toBe(5000);
    await user.keyboard('{ArrowRight}');
    app.frames();
    const afterStep = app.store.getState().now;
    expect(afterStep).toBeGreaterThan(5000);
    // the step stopped at a controller decision: the latest decision shown is at that instant
    expect(app.store.getState().decisions.at(-1)!.at).toBeLessThanOrEqual(afterStep);
    await user.keyboard('{ArrowLeft}');
    app.frames();
    expect(app.store.getState().now).toBeLessThan(afterStep);
    await user.keyboard('{End}');
    app.frames();
    expect(app.store.getState().now).toBe(head);
    await user.keyboard('3');
    app.frames();
    expect(app.store.getState().speed).toBe(2);
    expect(screen.getByRole('radio', { name: '2×' })).toHaveProperty('checked', true);
    await user.keyboard(' ');
    app.frames();
    expect(app.store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('scrubs by dragging: the playhead follows the pointer and the state follows the playhead', () => {
    const app = rolledOut();
    const head = app.store.getState().head;
    const el = slider();
    const seeks: number[] = [];
    const send = app.client.send.bind(app.client);
    app.client.send = (cmd) => {
      if (cmd.type === 'seek') seeks.push(cmd.at);
      send(cmd);
    };
    // happy-dom has no layout: the bar is 800 px wide from x = 0 and spans max(head, 60 s)
    const span = Math.max(head, 60_000);
    act(() => {
      fireEvent.pointerDown(el, { button: 0, clientX: 0, pointerId: 1 });
      fireEvent.pointerMove(el, { clientX: 100, pointerId: 1 });
      fireEvent.pointerMove(el, { clientX: 200, pointerId: 1 });
    });
    expect(app.store.getState().dragging).toBe(true);
    expect(app.store.getState().scrub).toBe(Math.round(span / 4));
    expect(el.getAttribute('aria-valuetext')).toBe(clock(Math.round(span / 4)));
    // pointer moves within one animation frame are coalesced: nothing sent yet
    expect(seeks).toEqual([]);
    act(() => {
      fireEvent.pointerUp(el, { clientX: 200, pointerId: 1 });
    });
    expect(seeks).toEqual([Math.round(span / 4)]);
    app.frames();
    const s = app.store.getState();
    expect(s.dragging).toBe(false);
    expect(s.now).toBe(Math.round(span / 4));
    expect(s.scrub).toBeUndefined();
  });
});

function clock(ms: number): string {
  const t = Math.floor(ms / 1000);
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
}
