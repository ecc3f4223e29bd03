// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Narrator } from '../../src/ui/explain/Narrator';
import { WhyPanel } from '../../src/ui/explain/WhyPanel';
import type { DecisionFrame } from '../../src/worker/protocol';
import { frame, renderApp, renderWith } from './harness';

afterEach(cleanup);

const decision = (seq: number, over: Partial<DecisionFrame> = {}): DecisionFrame => ({
  seq,
  at: seq * 1000,
  actor: 'deployment-controller',
  func: 'reconcileNewReplicaSet',
  rule: 'rolling.newRS.scaleUp',
  object: 'Deployment/nginx-deployment',
  text: `decision ${seq}`,
  arithmetic: [],
  category: 'scale',
  ...over,
});

describe('Why? panel and narration', () => {
  it('explains the latest controller decision with its arithmetic and what it waits for', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    const why = screen.getByRole('region', { name: 'Why?' });
    const latest = app.store
      .getState()
      .decisions.filter((d) => d.actor === 'deployment-controller')
      .at(-1)!;
    expect(why.querySelector('.why__text')!.textContent).toBe(latest.text);
    expect(within(why).getByText(latest.func)).toBeTruthy();
    expect(latest.arithmetic.length).toBeGreaterThan(0);
    expect(within(why).getByLabelText('Arithmetic').textContent).toBe(latest.arithmetic.join('\n'));
    if (latest.waitingFor) expect(within(why).getByText(`Waiting for ${latest.waitingFor}.`)).toBeTruthy();
  });

  it('narrates each controller decision in an aria-live region, skipping scheduler and kubelet chatter', () => {
    const { apply } = renderWith(
      <>
        <WhyPanel />
        <Narrator />
      </>,
    );
    apply(frame({ decisions: [decision(1, { text: 'Scaled up the new ReplicaSet from 0 to 1.' })] }));
    const live = screen.getByTestId('narration');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Scaled up the new ReplicaSet from 0 to 1.');
    apply(
      frame({
        decisions: [
          decision(1),
          decision(2, {
            text: 'Old ReplicaSets must wait.',
            arithmetic: ['available 3 ≤ minAvailable 3'],
            waitingFor: 'more new pods to become available',
          }),
          decision(3, { actor: 'default-scheduler', text: 'Scheduled x onto node-1.' }),
        ],
      }),
    );
    expect(live.textContent).toBe('Old ReplicaSets must wait.');
    expect(screen.getByText('Waiting for more new pods to become available.')).toBeTruthy();
    expect(screen.getByText('1 earlier decision')).toBeTruthy();
  });

  it('says so when there is no decision yet', () => {
    renderWith(<WhyPanel />).apply(frame());
    expect(screen.getByText('No controller decision yet.')).toBeTruthy();
  });
});
