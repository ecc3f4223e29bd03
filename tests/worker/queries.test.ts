import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine';
import type { QueryAnswers } from '../../src/worker/protocol';
import { answerQuery } from '../../src/worker/queries';
import { seedScenario } from '../../src/worker/scenario';
import { TerminalSession } from '../../src/worker/terminal';

function setup() {
  const sim = new Simulation({ seed: 2 });
  seedScenario(sim);
  const session = new TerminalSession(sim, () => {});
  const ctx = { sim, fs: session.fs, instant: (argv: string[]) => session.instant(argv) };
  return { sim, session, ask: (q: Parameters<typeof answerQuery>[1]) => answerQuery(ctx, q) };
}

describe('queries', () => {
  it('history: revisions with images, change-cause and pod template text; current marked', () => {
    const { sim, session, ask } = setup();
    session.runArgv(['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'], 'control');
    session.runArgv(
      ['annotate', 'deployment/nginx-deployment', 'kubernetes.io/change-cause=image updated to 1.16.1'],
      'terminal',
    );
    sim.advanceBy(60_000);
    const h = ask({ kind: 'history' }) as QueryAnswers['history'];
    expect(h.deployment).toBe('nginx-deployment');
    expect(h.revisions).toMatchObject([
      { revision: 1, images: ['nginx:1.14.2'], changeCause: '', current: false },
      { revision: 2, images: ['nginx:1.16.1'], changeCause: 'image updated to 1.16.1', current: true },
    ]);
    const t = h.revisions[1]!.template;
    expect(t).toContain('Pod Template:');
    expect(t).toMatch(/Image:\s+nginx:1\.16\.1/);
  });

  it('describe and yaml run kubectl read-only (nothing in the terminal)', () => {
    const { session, ask } = setup();
    const d = ask({ kind: 'describe', resource: 'deployment', name: 'nginx-deployment' }) as {
      text: string;
      exitCode: number;
    };
    expect(d.exitCode).toBe(0);
    expect(d.text).toMatch(/^Name:\s+nginx-deployment\n/);
    expect(d.text).toContain('Events:');
    const y = ask({ kind: 'yaml', resource: 'deployment', name: 'nginx-deployment' }) as { text: string };
    expect(y.text).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\n/);
    const missing = ask({ kind: 'describe', resource: 'pod', name: 'nope' }) as { exitCode: number };
    expect(missing.exitCode).toBe(1);
    expect(session.drain().entries).toEqual([]);
  });
});
