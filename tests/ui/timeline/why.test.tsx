// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../harness';

afterEach(cleanup);

const why = () => screen.getByRole('region', { name: 'Why?' });
const seek = (app: ReturnType<typeof renderApp>, at: number) => {
  act(() => app.client.send({ type: 'seek', at }));
  app.frames();
};

describe('Why? follows the playhead', () => {
  it('explains the decision at or before the playhead, with its rule, numbers and function', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(40_000);
    const controller = (d: { actor: string }) =>
      d.actor === 'deployment-controller' || d.actor === 'replicaset-controller';
    // step back through a few decisions: the panel always shows the latest one at or before the playhead
    for (let i = 0; i < 4; i++) {
      act(() => app.client.send({ type: 'step', direction: 'back', unit: 'decision' }));
      app.frames();
      const s = app.store.getState();
      const d = s.decisions.filter(controller).at(-1)!;
      expect(d.at).toBeLessThanOrEqual(s.now);
      expect(why().querySelector('.why__text')!.textContent).toBe(d.text);
      expect(within(why()).getByText(d.func)).toBeTruthy();
      expect(within(why()).getByText(`at ${clock(s.now)}`)).toBeTruthy();
      expect(screen.getByTestId('narration').textContent).toBe(d.text);
    }
    // a scale-up decision states its rule in plain words and its arithmetic
    const up = app.store.getState().markers.find((m) => m.kind === 'scale')!;
    seek(app, up.at);
    expect(why().querySelector('.why__rule')!.textContent).toMatch(/^Rule: \S/);
    expect(within(why()).getByLabelText('Arithmetic').textContent).toContain('maxSurge = ceil(25% × 3) = 1');
    seek(app, 0);
    expect(why().querySelector('.why__text')).toBeTruthy();
  });

  it('explains kubelet back-offs: image pull failed, back-off, next try', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:no-such-tag');
    app.run(90_000);
    const failed = app.store.getState().markers.filter((m) => m.kind === 'pullFailed');
    expect(failed.length).toBeGreaterThan(1);
    seek(app, failed[1]!.at);
    const note = app.store.getState().kubeletNote!;
    expect(note).toMatchObject({ kind: 'pullFailed', backoffMs: 20_000, func: 'EnsureImageExists' });
    const text = why().querySelector('.why__text')!.textContent!;
    expect(text).toContain('The kubelet could not pull nginx:no-such-tag');
    expect(text).toContain(`It backs off 20 s; next try at ${clock(note.retryAt)}.`);
    expect(within(why()).getByLabelText('Arithmetic').textContent).toBe(
      'back-off = min(2 × 10 s, 300 s) = 20 s',
    );
    expect(within(why()).getByText('EnsureImageExists')).toBeTruthy();
    expect(screen.getByTestId('narration').textContent).toBe(text);
  });
});

function clock(ms: number): string {
  const t = Math.floor(ms / 1000);
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
}
