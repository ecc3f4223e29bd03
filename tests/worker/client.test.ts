import { describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/worker/client';
import { SimulationHost } from '../../src/worker/host';
import type { ClientEvent, Frame } from '../../src/worker/protocol';
import { ManualClock } from './manualClock';

function setup() {
  const clock = new ManualClock();
  let hosts = 0;
  const client = createInProcessClient(
    (post) => {
      hosts += 1;
      return new SimulationHost(post, clock);
    },
    { autoplay: false },
  );
  const events: ClientEvent[] = [];
  client.subscribe((e) => events.push(e));
  const frames = () =>
    events
      .filter((e): e is Extract<ClientEvent, { type: 'frame' }> => e.type === 'frame')
      .map((e) => e.frame);
  return { clock, client, events, frames, hosts: () => hosts };
}

describe('in-process client', () => {
  it('delivers frames and answers validation requests', async () => {
    const { clock, client, frames } = setup();
    clock.frame();
    expect(frames().at(-1)?.deployment?.readyColumn).toBe('3/3');
    const v = await client.validate(['scale', 'deployment/nginx-deployment', '--replicas=-1']);
    expect(v.ok).toBe(false);
    expect(v.causes[0]?.message).toBe(
      'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    );
  });

  it('answers queries with the answer for their kind; passes kubectl edit announcements on', async () => {
    const { clock, client, events } = setup();
    clock.frame();
    const c = await client.query({ kind: 'complete', line: 'kubectl sc' });
    expect(c).toEqual({ from: 8, candidates: ['scale'] });
    const h = await client.query({ kind: 'history' });
    expect(h?.revisions.map((r) => r.revision)).toEqual([1]);
    client.send({
      type: 'shell',
      text: 'kubectl edit deployment/nginx-deployment',
      source: 'terminal',
      id: 1,
    });
    expect(events.at(-1)).toMatchObject({
      type: 'edit',
      edit: { open: true, target: 'deployment/nginx-deployment' },
    });
  });

  it('survives a crash: says so, rebuilds the simulation from the request log, and says it is back', () => {
    const { clock, client, events, frames, hosts } = setup();
    client.send({
      type: 'kubectl',
      argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'],
      source: 'control',
    });
    client.send({ type: 'play' });
    clock.frames(30, 50);
    const before: Frame = frames().at(-1)!;
    client.send({ type: 'crash' });
    expect(
      events.filter((e) => e.type === 'connection').map((e) => e.type === 'connection' && e.state),
    ).toEqual(['crashed']);
    expect(hosts()).toBe(2);
    clock.frame();
    expect(
      events.filter((e) => e.type === 'connection').map((e) => e.type === 'connection' && e.state),
    ).toEqual(['crashed', 'restored']);
    const after = frames().at(-1)!;
    expect(after.now).toBe(before.now);
    expect(after.lanes).toEqual(before.lanes);
    expect(after.pods).toEqual(before.pods);
    expect(after.playing).toBe(false);
    expect(after.nextEntryId).toBe(before.nextEntryId);
  });

  it('gives up after repeated crashes without a frame in between', () => {
    const { client, events } = setup();
    for (let i = 0; i < 4; i++) client.send({ type: 'crash' });
    const states = events
      .filter((e) => e.type === 'connection')
      .map((e) => e.type === 'connection' && e.state);
    expect(states).toEqual(['crashed', 'crashed', 'crashed', 'failed']);
  });
});
