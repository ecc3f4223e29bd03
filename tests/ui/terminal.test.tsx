// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './harness';

afterEach(cleanup);

/** The app with its terminal loaded; `type` types into the terminal (keys as user-event writes them). */
async function openTerminal() {
  const app = renderApp({ panels: true });
  const input = await screen.findByRole('textbox', { name: 'kubectl command' }, { timeout: 10_000 });
  const user = userEvent.setup();
  const type = async (keys: string) => {
    await user.type(input, keys, { skipClick: true });
    // completion answers arrive as a promise; frames carry the worker's output
    await act(async () => {});
    app.frames();
  };
  input.focus();
  await act(async () => {});
  return {
    ...app,
    input,
    user,
    type,
    log: () => screen.getByRole('log', { name: 'Terminal output' }).textContent ?? '',
  };
}

describe('terminal', () => {
  it('runs a typed command and shows kubectl output (with the seed command before it)', async () => {
    const t = await openTerminal();
    expect(t.log()).toContain(
      '$ kubectl create -f nginx-deployment.yaml\ndeployment.apps/nginx-deployment created\n',
    );
    await t.type('kubectl get deployments{Enter}');
    expect(t.log()).toMatch(
      /\$ kubectl get deployments\nNAME +READY +UP-TO-DATE +AVAILABLE +AGE\nnginx-deployment +3\/3 +3 +3 +\d+s\n$/,
    );
  });

  it('recalls earlier commands with the up arrow', async () => {
    const t = await openTerminal();
    await t.type('kubectl scale deployment/nginx-deployment --replicas=4{Enter}');
    await t.type('echo one{Enter}');
    await t.type('{ArrowUp}{ArrowUp}{Enter}');
    const runs = t.log().split('$ kubectl scale deployment/nginx-deployment --replicas=4\n');
    expect(runs).toHaveLength(3);
    expect(runs[2]).toBe('deployment.apps/nginx-deployment scaled\n');
  });

  it('completes subcommands and live resource names with Tab', async () => {
    const t = await openTerminal();
    await t.type('kubectl rollout stat{Tab}');
    await t.type('deployment/ng{Tab}');
    await t.type('{Enter}');
    expect(t.log()).toContain(
      '$ kubectl rollout status deployment/nginx-deployment \ndeployment "nginx-deployment" successfully rolled out\n',
    );
  });

  it('lists the choices when Tab cannot extend the word', async () => {
    const t = await openTerminal();
    await t.type('kubectl rollout {Tab}');
    // xterm draws on the next animation frame
    await act(() => new Promise((r) => setTimeout(r, 50)));
    const shown = [...document.querySelectorAll('.xterm-rows > div')]
      .map((r) => r.textContent ?? '')
      .join('\n');
    expect(shown).toMatch(/history +pause +restart +resume +status +undo/);
    // the listing is not output: the transcript keeps commands and their output only
    expect(t.log()).not.toMatch(/pause +restart/);
  });

  it('streams rollout status while time passes; Ctrl+C stops it with exit code 130', async () => {
    const t = await openTerminal();
    t.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.231');
    await t.type('kubectl rollout status deployment/nginx-deployment{Enter}');
    t.run(20_000);
    expect(t.log()).toContain(
      'Waiting for deployment "nginx-deployment" rollout to finish: 1 out of 3 new replicas have been updated...\n',
    );
    expect(screen.getByRole('button', { name: 'Stop (Ctrl+C)' })).toBeTruthy();
    // typing while a command runs queues nothing
    await t.type('echo ignored');
    await t.type('{Control>}c{/Control}');
    expect(t.log()).toMatch(/have been updated\.\.\.\n\^C\n$/);
    expect(screen.queryByRole('button', { name: 'Stop (Ctrl+C)' })).toBeNull();
    await t.type('echo $?{Enter}');
    expect(t.log()).toMatch(/\$ echo \$\?\n130\n$/);
    expect(t.log()).not.toContain('ignored');
  });

  it('a command started elsewhere (a lesson’s Run) holds the terminal until it ends', async () => {
    const t = await openTerminal();
    act(() => t.client.send({ type: 'shell', text: 'kubectl get deployments -w', source: 'terminal' }));
    t.frames();
    expect(t.log()).toMatch(/\$ kubectl get deployments -w\nNAME +READY/);
    expect(screen.getByRole('button', { name: 'Stop (Ctrl+C)' })).toBeTruthy();
    await t.type('echo ignored{Enter}');
    expect(t.log()).not.toContain('ignored');
    await t.user.click(screen.getByRole('button', { name: 'Stop (Ctrl+C)' }));
    t.frames();
    expect(screen.queryByRole('button', { name: 'Stop (Ctrl+C)' })).toBeNull();
    await t.type('echo back{Enter}');
    expect(t.log()).toMatch(/\$ echo back\nback\n$/);
  });

  it('shows control commands as the kubectl they run', async () => {
    const t = await openTerminal();
    await t.user.click(screen.getByRole('button', { name: 'Pause rollout' }));
    t.frames();
    expect(t.log()).toContain(
      '$ kubectl rollout pause deployment/nginx-deployment\ndeployment.apps/nginx-deployment paused\n',
    );
  });

  it('clear empties the screen and the transcript', async () => {
    const t = await openTerminal();
    await t.type('kubectl get pods{Enter}');
    expect(t.log()).toContain('STATUS');
    await t.type('clear{Enter}');
    expect(t.log()).toBe('');
    await t.type('echo fresh{Enter}');
    expect(t.log()).toBe('$ echo fresh\nfresh\n');
  });

  it('heredocs continue with `> ` and write files kubectl can apply', async () => {
    const t = await openTerminal();
    await t.type('cat <<EOF > scale.yaml{Enter}');
    await t.type(
      'apiVersion: apps/v1{Enter}kind: Deployment{Enter}metadata:{Enter}  name: nginx-deployment{Enter}',
    );
    await t.type('spec:{Enter}  replicas: 5{Enter}EOF{Enter}');
    await t.type('kubectl apply -f scale.yaml --dry-run=server -o name{Enter}');
    expect(t.log()).toContain('$ cat <<EOF > scale.yaml\n> apiVersion: apps/v1\n');
    expect(t.log()).toContain('deployment.apps/nginx-deployment\n');
  });
});
