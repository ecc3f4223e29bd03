// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Stage } from '../../src/ui/stage/Stage';
import { POD_VISUAL_STATES, type PodFrame } from '../../src/worker/protocol';
import { frame, laneFrame, renderApp, renderWith } from './harness';

afterEach(cleanup);

const LANE = /^ReplicaSet nginx-deployment-[a-z0-9]+ revision (\d+)$/;

/** A pod tile's accessible name (the lane header's Describe button is not one). */
const POD = /^nginx-deployment-\S+ \S+$/;

describe('stage', () => {
  it('opens on one lane of 3 running nginx pods, each a button named `<pod> <STATUS>`', () => {
    renderApp();
    const lane = screen.getByRole('group', { name: LANE });
    expect(lane.getAttribute('aria-label')).toMatch(/revision 1$/);
    const pods = within(lane).getAllByRole('button', {
      name: /^nginx-deployment-[a-z0-9]+-[a-z0-9]+ Running$/,
    });
    expect(pods).toHaveLength(3);
    expect(within(lane).getByText('nginx:1.14.2')).toBeTruthy();
    expect(within(lane).getByText('new')).toBeTruthy();
  });

  it('a rollout adds a new lane at the bottom and marks the first one old', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(1500, 1);
    const lanes = screen.getAllByRole('group', { name: LANE });
    expect(lanes.map((l) => l.getAttribute('aria-label')!.match(LANE)![1])).toEqual(['1', '2']);
    expect(within(lanes[0]!).getByText('old')).toBeTruthy();
    expect(within(lanes[1]!).getByText('new')).toBeTruthy();
    expect(within(lanes[1]!).getByText('nginx:1.16.1')).toBeTruthy();
    const fresh = within(lanes[1]!).getAllByRole('button', { name: POD });
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.getAttribute('aria-label')).toMatch(/ (Pending|ContainerCreating|Running)$/);
  });

  it('collapses a drained old ReplicaSet and shows the renumbering after a rollback', () => {
    const app = renderApp();
    app.send('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    app.run(40_000);
    const old = screen.getByRole('group', { name: /revision 1$/ });
    expect(within(old).getByText('scaled to 0 — kept for roll back')).toBeTruthy();
    expect(within(old).queryAllByRole('button', { name: POD })).toHaveLength(0);
    app.send('rollout', 'undo', 'deployment/nginx-deployment');
    app.run(40_000);
    const back = screen.getByRole('group', { name: /revision 3$/ });
    expect(within(back).getByText('(was 1)')).toBeTruthy();
    expect(within(back).getAllByRole('button', { name: / Running$/ })).toHaveLength(3);
    const order = screen
      .getAllByRole('group', { name: LANE })
      .map((l) => l.getAttribute('aria-label')!.match(LANE)![1]);
    expect(order).toEqual(['2', '3']);
  });

  it('draws every pod state differently without relying on colour (shape + words)', () => {
    const pods: PodFrame[] = POD_VISUAL_STATES.map((state, i) => ({
      name: `nginx-deployment-abc-p${i}`,
      lane: 'nginx-deployment-abc',
      state,
      status: `S${i}`,
      ready: '0/1',
      restarts: 0,
      ...(state === 'terminating'
        ? { countdown: { kind: 'grace' as const, endsAt: 25_000, totalMs: 30_000 } }
        : {}),
    }));
    renderWith(<Stage />).apply(frame({ pods }));
    const tiles = POD_VISUAL_STATES.map((_, i) =>
      screen.getByRole('button', { name: `nginx-deployment-abc-p${i} S${i}` }),
    );
    const shapes = new Set(
      tiles.map((t) => t.querySelector('svg')!.innerHTML.replace(/<circle class="pod-ring".*$/, '')),
    );
    expect(shapes.size).toBe(POD_VISUAL_STATES.length);
    expect(tiles.map((t) => t.getAttribute('data-state'))).toEqual([...POD_VISUAL_STATES]);
    expect(within(tiles.at(-1)!).getByText('grace 15s')).toBeTruthy();
    expect(within(tiles[0]!).getByText('p0')).toBeTruthy();
  });

  it('opens the legend with every state explained', async () => {
    renderWith(<Stage />).apply(frame());
    await userEvent.click(screen.getByRole('button', { name: 'Legend' }));
    const legend = screen.getByRole('list', { name: 'Pod states' });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(POD_VISUAL_STATES.length);
    expect(within(legend).getByText('Ready, not yet available')).toBeTruthy();
  });

  it('switches to a canvas with a text summary when the worker packs pods', () => {
    const states = new Uint8Array(200).fill(POD_VISUAL_STATES.indexOf('available'));
    states.fill(POD_VISUAL_STATES.indexOf('creating'), 0, 20);
    renderWith(<Stage />).apply(
      frame({
        lanes: [laneFrame({ desired: 200 })],
        podCount: 200,
        bulk: {
          lanes: [{ lane: 'nginx-deployment-abc', states }],
          counts: {
            pending: 0,
            creating: 20,
            running: 0,
            ready: 0,
            available: 180,
            pullError: 0,
            crashLoop: 0,
            terminating: 0,
          },
        },
      }),
    );
    expect(
      screen.getByRole('img', {
        name: 'ReplicaSet nginx-deployment-abc: 200 pods — 20 Creating, 180 Available',
      }),
    ).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^nginx-deployment-abc-/ })).toHaveLength(0);
  });
});
