import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandAt, parseKubectl, textOf } from '../../../src/kubectl/cli';

const word = fc.oneof(
  fc.constantFrom(
    'get',
    'rollout',
    'status',
    'history',
    'undo',
    'pause',
    'set',
    'image',
    'scale',
    'create',
    'deployment',
    'help',
    'options',
    'logs',
    'deployment/nginx-deployment',
    'nginx=nginx:1.23.1',
    '--',
    '-',
    '-h',
    '--help',
    '-n',
    '-o',
    '-w',
    '-Aw',
    '--replicas',
    '--replicas=3',
    '--timeout=1m',
    '--revision=x',
    '--to-revision',
    '--watch=false',
    '--record',
    '-f',
    '--dry-run',
    '-lapp=nginx',
    '-test.v',
    '---x',
    '-=',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => `-${s}`),
  fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => `--${s}`),
);

describe('parseKubectl fuzz', () => {
  it('always answers with a command or shaped output, never throws', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const r = parseKubectl(argv);
        if (r.kind === 'run') {
          expect(commandAt(r.command.commandPath)).toBeDefined();
          expect(r.command.changeCause.startsWith('kubectl')).toBe(true);
        } else {
          expect([0, 1]).toContain(r.result.exitCode);
          for (const c of r.result.chunks) expect(typeof c.text).toBe('string');
          if (r.result.exitCode === 1 && textOf(r.result, 'stdout') === '') {
            expect(textOf(r.result, 'stderr')).toMatch(/^(error: |Error: |Flag --|[A-Z])/);
          }
        }
      }),
      { numRuns: 5000 },
    );
  });
});
