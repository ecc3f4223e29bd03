// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './harness';

afterEach(cleanup);

const tabPanel = () => screen.getByRole('tabpanel');
/** Query answers arrive as promises: let them settle. */
const settle = () => act(async () => {});

describe('inspect panel', () => {
  it('lists events live, describe-style (type, reason, age, source, message, object)', async () => {
    const app = renderApp({ panels: true });
    expect(screen.getByRole('tab', { name: 'Events' }).getAttribute('aria-selected')).toBe('true');
    const events = within(tabPanel()).getByRole('list', { name: 'Events' });
    const before = within(events).getAllByRole('listitem').length;
    expect(events.textContent).toContain('ScalingReplicaSet');
    expect(events.textContent).toMatch(/Scaled up replica set nginx-deployment-\S+ from 0 to 3/);
    app.send('scale', 'deployment/nginx-deployment', '--replicas=4');
    app.run(10_000);
    const items = within(events).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(before);
    expect(
      items.some((li) =>
        /Normal\s*ScalingReplicaSet.*deployment-controller.*from 3 to 4/.test(li.textContent ?? ''),
      ),
    ).toBe(true);
  });

  it('lists revisions with image and change-cause, diffs two templates, rolls back to a chosen one', async () => {
    const app = renderApp({ panels: true });
    const user = userEvent.setup();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.send('annotate', 'deployment/nginx-deployment', 'kubernetes.io/change-cause=update to 1.16.1');
    app.run(40_000);
    await user.click(screen.getByRole('tab', { name: 'History' }));
    await settle();
    const rows = within(tabPanel()).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^1nginx:1\.14\.2<none>Roll back$/),
      expect.stringMatching(/^2 currentnginx:1\.16\.1update to 1\.16\.1$/),
    ]);
    const diff = screen.getByRole('region', { name: 'Pod template changes from revision 1 to revision 2' });
    const lines = (kind: string) =>
      [...diff.querySelectorAll(`.inspect-diff__line--${kind}`)].map((l) => (l.textContent ?? '').trimEnd());
    const del = lines('del');
    const add = lines('add');
    expect(del).toContainEqual(expect.stringMatching(/^- +Image:\s+nginx:1\.14\.2$/));
    expect(add).toContainEqual(expect.stringMatching(/^\+ +Image:\s+nginx:1\.16\.1$/));
    expect(add).toContainEqual(
      expect.stringMatching(/Annotations:\s+kubernetes\.io\/change-cause: update to 1\.16\.1$/),
    );
    // the same revision on both sides: nothing to show
    await user.selectOptions(within(diff).getByRole('combobox', { name: 'From revision' }), '2');
    expect(within(tabPanel()).getByText('The two pod templates are the same.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Roll back to revision 1' }));
    app.frames();
    expect(app.store.getState().terminal.at(-1)).toMatchObject({
      line: 'kubectl rollout undo deployment/nginx-deployment --to-revision=1',
    });
    expect(app.store.getState().deployment?.containers[0]?.image).toBe('nginx:1.14.2');
    app.run(5_000);
    await settle();
    expect(
      within(tabPanel())
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      expect.stringMatching(/^2nginx:1\.16\.1update to 1\.16\.1Roll back$/),
      expect.stringMatching(/^3 currentnginx:1\.14\.2/),
    ]);
  });

  it('describes the pod whose tile is clicked, and a ReplicaSet from its lane header', async () => {
    const app = renderApp({ panels: true });
    const user = userEvent.setup();
    const tile = screen.getAllByRole('button', { name: / Running$/ })[0]!;
    const name = tile.getAttribute('aria-label')!.split(' ')[0]!;
    await user.click(tile);
    await settle();
    expect(screen.getByRole('tab', { name: 'Describe' }).getAttribute('aria-selected')).toBe('true');
    expect(within(tabPanel()).getByLabelText(`kubectl describe pod ${name}`).textContent).toMatch(
      new RegExp(`^Name:\\s+${name}\\n`),
    );
    const lane = app.store.getState().lanes[0]!.name;
    await user.click(screen.getByRole('button', { name: `Describe ReplicaSet ${lane}` }));
    await settle();
    const text = within(tabPanel()).getByLabelText(`kubectl describe replicaset ${lane}`).textContent;
    expect(text).toMatch(new RegExp(`^Name:\\s+${lane}\\n`));
    expect(text).toMatch(/Controlled By:\s+Deployment\/nginx-deployment/);
    expect(tile.getAttribute('aria-pressed')).toBe('false');
    await user.selectOptions(
      within(tabPanel()).getByRole('combobox', { name: 'Object' }),
      'deployment/nginx-deployment',
    );
    await settle();
    expect(
      within(tabPanel()).getByLabelText('kubectl describe deployment nginx-deployment').textContent,
    ).toMatch(/StrategyType:\s+RollingUpdate/);
  });
});
