import { describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/worker/client';
import { SimulationHost } from '../../src/worker/host';
import type { ClientEvent } from '../../src/worker/protocol';
import { ManualClock } from './manualClock';
import { timelineHost } from './timelineHarness';

describe('a crashed worker comes back with the run it had, imported ones included', () => {
  it('restores the imported run’s seed, timing and log', () => {
    const source = timelineHost(42);
    source.kubectl('scale', 'deployment/nginx-deployment', '--replicas=2');
    source.playTo(15_000);
    source.host.handle({ type: 'exportRun', id: 1, format: 'run' });
    const file = source.answers().at(-1) as Extract<ClientEvent, { type: 'exportRun' }>;

    const clock = new ManualClock();
    const hosts: SimulationHost[] = [];
    const events: ClientEvent[] = [];
    const client = createInProcessClient(
      (post) => {
        const h = new SimulationHost(post, clock);
        hosts.push(h);
        return h;
      },
      { seed: 1, autoplay: false },
    );
    client.subscribe((e) => events.push(e));
    clock.frame();
    client.send({ type: 'importRun', id: 5, text: file.text });
    clock.frame();
    expect(events.find((e) => e.type === 'importRun')).toMatchObject({ ok: true });
    client.send({ type: 'crash' });
    clock.frame();
    expect(hosts).toHaveLength(2);
    const restored = hosts[1]!.simulation!;
    expect(restored.seed).toBe(42);
    expect(restored.requests).toEqual(source.sim().requests);
    expect(events.some((e) => e.type === 'connection' && e.state === 'restored')).toBe(true);
  });
});
