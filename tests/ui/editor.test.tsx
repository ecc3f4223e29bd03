// @vitest-environment happy-dom
import { EditorView } from '@codemirror/view';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_YAML } from '../../src/worker/manifests';
import { renderApp } from './harness';

afterEach(cleanup);

/** The app with the YAML tab open; `setText` replaces the editor's text as typing would. */
async function openEditor() {
  const app = renderApp({ panels: true });
  const user = userEvent.setup();
  await user.click(screen.getByRole('tab', { name: 'YAML' }));
  const box = await screen.findByRole('textbox', { name: 'YAML editor' }, { timeout: 10_000 });
  const view = () => EditorView.findFromDOM(screen.getByRole('textbox', { name: 'YAML editor' }))!;
  const setText = (text: string) =>
    act(() => {
      const v = view();
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    });
  return { ...app, user, box, view, setText };
}

const withReplicas = (n: string) => SEED_YAML.replace('replicas: 3', `replicas: ${n}`);

describe('YAML editor', () => {
  it('opens on the article manifest with an accessible name', async () => {
    const e = await openEditor();
    expect(e.view().state.doc.toString()).toBe(SEED_YAML);
    expect(e.box.getAttribute('contenteditable')).toBe('true');
  });

  it('shows a YAML syntax error with its line and column', async () => {
    const e = await openEditor();
    await e.setText('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n\tname: x\n');
    const problems = screen.getByRole('list', { name: 'YAML' });
    expect(within(problems).getByText('Line 4, column 1: Tabs are not allowed as indentation')).toBeTruthy();
    await e.setText(SEED_YAML);
    expect(screen.queryByRole('list', { name: 'YAML' })).toBeNull();
  });

  it("shows the API server's validation message word for word", async () => {
    const e = await openEditor();
    await e.setText(withReplicas('-2'));
    await e.user.click(screen.getByRole('button', { name: 'Apply YAML' }));
    e.frames();
    const alert = screen.getByRole('alert', { name: 'API server response' });
    expect(alert.textContent).toContain(
      'The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -2: must be greater than or equal to 0\n',
    );
    expect(e.store.getState().deployment?.replicas).toBe(3);
  });

  it('applies valid YAML (kubectl apply -f -): the stage follows, the terminal shows it', async () => {
    const e = await openEditor();
    await e.setText(withReplicas('5'));
    await e.user.click(screen.getByRole('button', { name: 'Apply YAML' }));
    e.frames();
    expect(screen.getByRole('status', { name: 'API server response' }).textContent).toContain(
      'deployment.apps/nginx-deployment configured',
    );
    expect(e.store.getState().deployment?.replicas).toBe(5);
    e.run(20_000);
    expect(screen.getAllByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveLength(5);
    expect(e.store.getState().terminal.at(-1)).toMatchObject({
      line: 'kubectl apply -f -',
      source: 'editor',
    });
  });

  it('kubectl edit in the terminal opens the live object; Save applies it', async () => {
    const e = renderApp({ panels: true });
    const user = userEvent.setup();
    const input = await screen.findByRole('textbox', { name: 'kubectl command' }, { timeout: 10_000 });
    input.focus();
    await user.type(input, 'kubectl edit deployment/nginx-deployment{Enter}', { skipClick: true });
    e.frames();
    const box = await screen.findByRole('textbox', { name: 'YAML editor' }, { timeout: 10_000 });
    expect(screen.getByRole('tab', { name: 'YAML' }).getAttribute('aria-selected')).toBe('true');
    const view = EditorView.findFromDOM(box)!;
    expect(view.state.doc.toString()).toMatch(/^# Please edit the object below\./);
    expect(view.state.doc.toString()).toContain('image: nginx:1.14.2');
    // an invalid change: kubectl reopens the text with its error comments, the message shows under the editor
    act(() => {
      const text = view.state.doc.toString().replace(/replicas: 3/, 'replicas: -1');
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    });
    await user.click(screen.getByRole('button', { name: 'Save the edited object' }));
    e.frames();
    expect(screen.getByRole('alert', { name: 'API server response' }).textContent).toContain(
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(view.state.doc.toString()).toContain('# deployments.apps "nginx-deployment" was not valid:');
    act(() => {
      const text = view.state.doc.toString().replace('replicas: -1', 'replicas: 2');
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    });
    await user.click(screen.getByRole('button', { name: 'Save the edited object' }));
    e.frames();
    expect(screen.getByRole('status', { name: 'API server response' }).textContent).toBe(
      'deployment.apps/nginx-deployment edited\n',
    );
    expect(e.store.getState().deployment?.replicas).toBe(2);
    expect(screen.getByRole('log', { name: 'Terminal output' }).textContent).toContain(
      '$ kubectl edit deployment/nginx-deployment\n',
    );
    expect(screen.getByRole('button', { name: 'Apply YAML' })).toBeTruthy();
  });
});
