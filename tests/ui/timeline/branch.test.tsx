// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../harness';

afterEach(cleanup);

/** A rollout to 40 s, then the playhead back at 10 s. */
function inThePast() {
  const app = renderApp();
  app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
  app.run(40_000);
  const head = app.store.getState().head;
  act(() => app.client.send({ type: 'seek', at: 10_000 }));
  app.frames();
  return { app, head };
}

const scale = (app: ReturnType<typeof renderApp>, n: number) =>
  act(() => {
    app.client.send({
      type: 'kubectl',
      argv: ['scale', 'deployment/nginx-deployment', `--replicas=${n}`],
      source: 'control',
    });
    app.clock.frame();
  });

describe('branching from the past', () => {
  it('asks in an accessible dialog; Escape keeps the future', async () => {
    const { app, head } = inThePast();
    const user = userEvent.setup();
    scale(app, 5);
    const dialog = screen.getByRole('alertdialog', { name: 'Discard the future?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getByText('kubectl scale deployment/nginx-deployment --replicas=5')).toBeTruthy();
    expect(dialog.textContent).toContain('The playhead is at 0:10, but this run already goes on to 0:4');
    // the safe answer has the focus; Tab stays inside the dialog
    expect(document.activeElement?.textContent).toBe('Keep the future (cancel)');
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    app.frames();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(app.store.getState().head).toBe(head);
    expect(app.store.getState().deployment?.replicas).toBe(3);
    expect(app.store.getState().terminal.at(-1)).toMatchObject({ cancelled: true });
  });

  it('discards the future on consent; Undo branch restores it once', async () => {
    const { app, head } = inThePast();
    const user = userEvent.setup();
    scale(app, 5);
    await user.click(screen.getByRole('button', { name: 'Discard the future and run here' }));
    app.frames();
    let s = app.store.getState();
    expect(s.deployment?.replicas).toBe(5);
    expect(s.head).toBeLessThan(head);
    expect(s.branchUndo).toEqual({ at: 10_000, head });
    expect(s.terminal.map((e) => e.line).at(-1)).toBe(
      'kubectl scale deployment/nginx-deployment --replicas=5',
    );
    expect(s.markers.every((m) => m.at <= 10_000)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Undo branch' }));
    app.frames();
    s = app.store.getState();
    expect(s.head).toBe(head);
    expect(s.now).toBe(10_000);
    expect(s.deployment?.replicas).toBe(3);
    expect(s.branchUndo).toBeUndefined();
    expect(screen.queryByRole('button', { name: 'Undo branch' })).toBeNull();
    expect(s.terminal.some((e) => e.line.includes('--replicas=5'))).toBe(false);
    expect(Math.max(...s.markers.map((m) => m.at))).toBeGreaterThan(10_000);
  });
});
