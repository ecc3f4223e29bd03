// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../harness';

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });

describe('transport', () => {
  it('has Play/Pause, Step back, Step forward, jumps and follow live, by name', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(30_000);
    const head = app.store.getState().head;
    await user.click(button('Jump to start'));
    app.frames();
    expect(app.store.getState().now).toBe(0);
    await user.click(button('Step forward'));
    app.frames();
    const first = app.store.getState().now;
    expect(first).toBeGreaterThanOrEqual(0);
    await user.click(button('Step forward'));
    app.frames();
    expect(app.store.getState().now).toBeGreaterThan(first);
    await user.click(button('Step back'));
    app.frames();
    expect(app.store.getState().now).toBe(first);
    await user.click(button('Jump to end'));
    app.frames();
    expect(app.store.getState().now).toBe(head);
    const live = button('Follow live');
    expect(live.getAttribute('aria-pressed')).toBe('false');
    await user.click(live);
    app.frames(3, 16);
    expect(app.store.getState().playing).toBe(true);
    expect(button('Follow live').getAttribute('aria-pressed')).toBe('true');
    expect(button('Pause')).toBeTruthy();
    await user.click(button('Pause'));
    app.frames();
    expect(button('Play')).toBeTruthy();
  });

  it('jumps with Home and End when nothing has the focus', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.run(20_000);
    const head = app.store.getState().head;
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Home}');
    app.frames();
    expect(app.store.getState().now).toBe(0);
    await user.keyboard('{End}');
    app.frames();
    expect(app.store.getState().now).toBe(head);
  });

  it('steps by the chosen granularity: decision, pod change or second', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(30_000);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Step by' }), 'Second');
    expect(app.store.getState().stepUnit).toBe('second');
    app.client.send({ type: 'seek', at: 12_345 });
    app.frames();
    await user.click(button('Step forward'));
    app.frames();
    expect(app.store.getState().now).toBe(13_000);
    await user.click(button('Step back'));
    app.frames();
    expect(app.store.getState().now).toBe(12_000);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Step by' }), 'Pod change');
    await user.click(button('Step forward'));
    app.frames();
    const pod = app.store.getState().now;
    expect(pod).toBeGreaterThan(12_000);
    await user.click(button('Step back'));
    app.frames();
    expect(app.store.getState().now).toBeLessThan(pod);
  });

  it('draws markers that name themselves and jump when clicked', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(30_000);
    const markers = screen.getByRole('group', { name: 'Markers' });
    const command = screen.getByRole('button', { name: /^Command at 0:0\d: kubectl set image/ });
    expect(markers.contains(command)).toBe(true);
    expect(command.getAttribute('title')).toBe(command.getAttribute('aria-label'));
    expect(screen.getAllByRole('button', { name: /^Condition changed at / }).length).toBeGreaterThan(0);
    await user.click(command);
    app.frames();
    const at = app.store
      .getState()
      .markers.find((m) => m.kind === 'command' && m.text.includes('set image'))!.at;
    expect(app.store.getState().now).toBe(at);
  });
});
