// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './harness';

afterEach(cleanup);

describe('app shell', () => {
  it('plays and pauses simulated time at the chosen speed', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    const clock = () => screen.getByRole('status', { name: 'Simulated time' }).textContent;
    const start = app.store.getState().now;
    await user.click(screen.getByRole('radio', { name: '4×' }));
    await user.click(screen.getByRole('button', { name: 'Play' }));
    app.frames(1, 16); // 16 ms after pressing Play at 4× = 64 ms
    app.frames(25, 100); // then 2.5 s of wall time at 4× = 10 s simulated
    expect(app.store.getState().now - start).toBe(10_064);
    expect(clock()).toMatch(/^0:1\d$/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    app.frames(10, 100);
    expect(app.store.getState().now - start).toBe(10_064);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('offers every speed including "as fast as possible"', () => {
    renderApp();
    const speeds = within(screen.getByRole('group', { name: 'Speed' })).getAllByRole('radio');
    expect(speeds.map((r) => (r as HTMLInputElement).value)).toEqual([
      '0.25',
      '0.5',
      '1',
      '2',
      '4',
      '8',
      '16',
      'max',
    ]);
    expect(screen.getByRole('radio', { name: '1×' })).toHaveProperty('checked', true);
  });

  it('says when the worker crashed and when its state was restored from the command log', () => {
    const app = renderApp();
    app.send('scale', 'deployment/nginx-deployment', '--replicas=4');
    app.run(5000);
    const before = JSON.stringify(app.store.getState().podsByLane);
    act(() => app.client.send({ type: 'crash' }));
    expect(screen.getByRole('alert').textContent).toContain('The simulation stopped unexpectedly.');
    expect(screen.getByRole('alert').textContent).toContain('Restoring the last state from the command log');
    app.frames();
    expect(screen.getByText('Simulation restored.').closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.stringify(app.store.getState().podsByLane)).toBe(before);
    expect(screen.getAllByRole('button', { name: / Running$/ })).toHaveLength(4);
  });

  it('opens a pod’s describe text in the inspect panel when its tile is clicked', async () => {
    renderApp({ panels: true });
    const user = userEvent.setup();
    const tile = screen.getAllByRole('button', { name: / Running$/ })[0]!;
    const name = tile.getAttribute('aria-label')!.split(' ')[0]!;
    await user.click(tile);
    const details = await screen.findByLabelText(`kubectl describe pod ${name}`);
    await waitFor(() => expect(details.textContent).toMatch(new RegExp(`Name:\\s+${name}`)));
    expect(tile.getAttribute('aria-pressed')).toBe('true');
  });
});
