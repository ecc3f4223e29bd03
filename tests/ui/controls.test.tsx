// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './harness';

afterEach(cleanup);

/** The echo of the last control command: its command line and kubectl's output. */
const lastCommand = () => screen.getByRole('status', { name: 'Last command' }).textContent;

describe('controls', () => {
  it('shows the API server message inline for maxSurge 0 + maxUnavailable 0, before applying', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: 'Max surge' }));
    await user.type(screen.getByRole('textbox', { name: 'Max surge' }), '0');
    await user.clear(screen.getByRole('textbox', { name: 'Max unavailable' }));
    await user.type(screen.getByRole('textbox', { name: 'Max unavailable' }), '0');
    const message = await screen.findByText(
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
    const input = screen.getByRole('textbox', { name: 'Max unavailable' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(message.closest('ul')!.id);
    expect(screen.getByRole('textbox', { name: 'Max surge' }).getAttribute('aria-invalid')).toBe('false');
    // nothing was applied
    expect(app.store.getState().deployment?.maxSurge).toBe('25%');
    await user.clear(screen.getByRole('textbox', { name: 'Max surge' }));
    await user.type(screen.getByRole('textbox', { name: 'Max surge' }), '1');
    await act(async () => {});
    expect(screen.queryByText(/may not be 0/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Apply max surge and max unavailable' }));
    app.frames();
    expect(lastCommand()).toContain(
      `$ kubectl patch deployment/nginx-deployment -p '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'`,
    );
    expect(lastCommand()).toContain('deployment.apps/nginx-deployment patched');
    expect(app.store.getState().deployment).toMatchObject({ maxSurge: 1, maxUnavailable: 0 });
  });

  it('scales with the Replicas field and echoes the kubectl command', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    const replicas = screen.getByRole('spinbutton', { name: 'Replicas' });
    await user.clear(replicas);
    await user.type(replicas, '5{Enter}');
    app.frames();
    expect(lastCommand()).toBe(
      '$ kubectl scale deployment/nginx-deployment --replicas=5deployment.apps/nginx-deployment scaled\n',
    );
    expect(app.store.getState().deployment?.replicas).toBe(5);
    expect(app.store.getState().terminal.at(-1)).toMatchObject({
      argv: ['scale', 'deployment/nginx-deployment', '--replicas=5'],
      source: 'control',
    });
  });

  it('sets any image, including the bad tag nginx:1.231 from the picker', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    const options = [...document.querySelectorAll('#control-image-options option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toEqual(
      expect.arrayContaining([
        'nginx:1.16.1',
        'nginx:1.231',
        'rolloutlab/crashloop:1.0',
        'rolloutlab/never-ready:1.0',
      ]),
    );
    const image = screen.getByRole('combobox', { name: 'Image' });
    await user.clear(image);
    await user.type(image, 'nginx:1.231');
    await user.click(screen.getByRole('button', { name: 'Set image' }));
    app.frames();
    expect(lastCommand()).toContain('$ kubectl set image deployment/nginx-deployment nginx=nginx:1.231');
    app.run(20_000);
    expect(
      screen.getAllByRole('button', { name: / (ErrImagePull|ImagePullBackOff)$/ }).length,
    ).toBeGreaterThan(0);
  });

  it('never-ready comes with a readiness probe in one kubectl patch, and the help text says why', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    const image = screen.getByRole('combobox', { name: 'Image' });
    await user.clear(image);
    await user.type(image, 'rolloutlab/never-ready:1.0');
    const help = screen.getByText(/the probe is what keeps a never-ready pod unready/);
    expect(image.getAttribute('aria-describedby')).toBe(help.id);
    await user.click(screen.getByRole('button', { name: 'Set image' }));
    app.frames();
    expect(lastCommand()).toBe(
      `$ kubectl patch deployment/nginx-deployment -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"rolloutlab/never-ready:1.0","readinessProbe":{"httpGet":{"path":"/","port":80}}}]}}}}'` +
        'deployment.apps/nginx-deployment patched\n',
    );
    app.run(60_000);
    // the new pod runs but never becomes ready: the probe keeps it out, the rollout waits
    const fresh = screen.getByRole('group', { name: /revision 2$/ });
    expect(within(fresh).getAllByRole('button', { name: / Running$/ })).toHaveLength(1);
    expect(app.store.getState().lanes.find((l) => l.revision === 2)).toMatchObject({ current: 1, ready: 0 });
    expect(app.store.getState().deployment?.readyColumn).toBe('3/3');
  });

  it('slow-start gets the probe too; ordinary images use kubectl set image', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    const image = screen.getByRole('combobox', { name: 'Image' });
    await user.clear(image);
    await user.type(image, 'nginx:1.16.1');
    expect(screen.queryByText(/readiness probe/)).toBeNull();
    await user.clear(image);
    await user.type(image, 'rolloutlab/slow-start:1.0');
    await user.click(screen.getByRole('button', { name: 'Set image' }));
    app.frames();
    expect(lastCommand()).toContain(
      '"image":"rolloutlab/slow-start:1.0","readinessProbe":{"httpGet":{"path":"/","port":80}}',
    );
  });

  it('switches strategy at once and disables the rolling-update fields for Recreate', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Strategy' }), 'Recreate');
    app.frames();
    expect(lastCommand()).toContain(`-p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`);
    expect(app.store.getState().deployment?.strategy).toBe('Recreate');
    expect(screen.getByRole('textbox', { name: 'Max surge' })).toHaveProperty('disabled', true);
  });

  it('validates the timing fields: the progress deadline must exceed minReadySeconds', async () => {
    renderApp();
    const user = userEvent.setup();
    const minReady = screen.getByRole('spinbutton', { name: 'Min ready seconds' });
    const deadline = screen.getByRole('spinbutton', { name: 'Progress deadline seconds' });
    await user.clear(minReady);
    await user.type(minReady, '10');
    await user.clear(deadline);
    await user.type(deadline, '5');
    expect(
      await screen.findByText(
        'spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds',
      ),
    ).toBeTruthy();
  });

  it('pauses and resumes; rolling back a paused Deployment is explained and refused by kubectl', async () => {
    const app = renderApp();
    const user = userEvent.setup();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(30_000);
    await user.click(screen.getByRole('button', { name: 'Pause rollout' }));
    app.frames();
    expect(screen.getByRole('button', { name: 'Pause rollout' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Resume rollout' })).toHaveProperty('disabled', false);
    expect(screen.getByText(/kubectl refuses to roll back a paused Deployment/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Roll back' }));
    app.frames();
    expect(lastCommand()).toContain(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
    await user.click(screen.getByRole('button', { name: 'Resume rollout' }));
    app.frames();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Roll back to' }), '1');
    await user.click(screen.getByRole('button', { name: 'Roll back' }));
    app.frames();
    expect(lastCommand()).toContain('$ kubectl rollout undo deployment/nginx-deployment --to-revision=1');
    expect(lastCommand()).toContain('deployment.apps/nginx-deployment rolled back');
  });

  it('restarts the rollout (a new revision)', async () => {
    const app = renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Restart rollout' }));
    app.frames();
    expect(lastCommand()).toContain('deployment.apps/nginx-deployment restarted');
    expect(screen.getByRole('group', { name: /revision 2$/ })).toBeTruthy();
  });
});
