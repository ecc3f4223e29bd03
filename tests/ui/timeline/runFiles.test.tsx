// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../harness';

afterEach(cleanup);

/** Downloads land here instead of the file system. */
let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  let n = 0;
  const urls = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${n++}`;
    urls.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: urls.get(this.href)! });
  });
});

describe('run files', () => {
  it('downloads the run and the transcript, and loads a run back exactly', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.send('scale', 'deployment/nginx-deployment', '--replicas=4');
    app.run(20_000);
    await user.click(screen.getByRole('button', { name: 'Download run' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const run = await saved[0]!.blob.text();
    const head = app.store.getState().head;
    expect(saved[0]!.name).toMatch(/^rollout-lab-run-seed1-0m\d\ds\.json$/);
    expect(JSON.parse(run)).toMatchObject({ format: 'rollout-lab/run', version: 1, seed: 1, head });
    await user.click(screen.getByRole('button', { name: 'Download transcript' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await saved[1]!.blob.text()).toContain(
      '$ kubectl scale deployment/nginx-deployment --replicas=4\n',
    );

    // a new run elsewhere, then the file brings the old one back
    app.send('scale', 'deployment/nginx-deployment', '--replicas=1');
    app.run(5000);
    await user.upload(
      screen.getByLabelText('Load a run file'),
      new File([run], 'mine.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' }).textContent).toContain('Run loaded: mine.json.'),
    );
    app.frames();
    const s = app.store.getState();
    expect(s.head).toBe(head);
    expect(s.deployment?.replicas).toBe(4);
    expect(s.terminal.map((e) => e.line)).toEqual([
      'kubectl create -f nginx-deployment.yaml',
      'kubectl scale deployment/nginx-deployment --replicas=4',
    ]);
  });

  it('refuses a bad file with a clear message and keeps the run', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.run(5000);
    const before = app.store.getState().head;
    await user.upload(screen.getByLabelText('Load a run file'), new File(['{"format":"other"}'], 'x.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be loaded: it is not a Rollout Lab run file.');
    await user.upload(
      screen.getByLabelText('Load a run file'),
      new File(
        [
          JSON.stringify({
            format: 'rollout-lab/run',
            version: 1,
            seed: -4,
            timing: 'realistic',
            now: 0,
            head: 0,
            requests: [],
            terminal: [],
          }),
        ],
        'y.json',
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'seed: must be a whole number from 0 to 4294967295.',
      ),
    );
    act(() => app.clock.frame());
    expect(app.store.getState().head).toBe(before);
  });
});
