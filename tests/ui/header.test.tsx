// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/ui/header/Header';
import { deploymentFrame, frame, renderApp, renderWith } from './harness';

afterEach(cleanup);

const count = (key: string) => screen.getByTestId(`count-${key}`).querySelector('dd')!.textContent;

describe('header', () => {
  it('shows READY / UP-TO-DATE / AVAILABLE as kubectl get deployment prints them, and the conditions', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Rollout Lab · deployment/nginx-deployment',
    );
    expect([count('ready'), count('upToDate'), count('available')]).toEqual(['3/3', '3', '3']);
    const chips = within(screen.getByRole('list', { name: 'Conditions' })).getAllByRole('listitem');
    expect(chips.map((c) => c.querySelector('.chip__type')!.textContent)).toEqual([
      'Available ✓true',
      'Progressing ✓true',
    ]);
    expect(chips.map((c) => c.querySelector('.chip__reason')!.textContent)).toEqual([
      'MinimumReplicasAvailable',
      'NewReplicaSetAvailable',
    ]);
    expect(chips[0]!.textContent).toContain('Deployment has minimum availability.');
  });

  it('follows a rollout: UP-TO-DATE counts new replicas, the Progressing reason changes', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(1000, 1);
    expect(count('upToDate')).toBe('1');
    expect(count('ready')).toBe('3/3');
    expect(screen.getByText('ReplicaSetUpdated')).toBeTruthy();
  });

  it('marks false and unknown conditions and a paused Deployment in words', () => {
    const conditions = [
      {
        type: 'Available',
        status: 'False' as const,
        reason: 'MinimumReplicasUnavailable',
        message: 'Deployment does not have minimum availability.',
      },
      {
        type: 'Progressing',
        status: 'Unknown' as const,
        reason: 'DeploymentPaused',
        message: 'Deployment is paused',
      },
    ];
    renderWith(<Header />).apply(
      frame({ deployment: deploymentFrame({ paused: true, readyColumn: '1/3', conditions }) }),
    );
    expect(screen.getByText('Paused')).toBeTruthy();
    const chips = within(screen.getByRole('list', { name: 'Conditions' })).getAllByRole('listitem');
    expect(chips.map((c) => c.className)).toEqual(['chip chip--false', 'chip chip--unknown']);
    expect(chips[0]!.textContent).toContain('false');
    expect(chips[1]!.textContent).toContain('unknown');
    expect(count('ready')).toBe('1/3');
  });
});
