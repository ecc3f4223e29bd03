import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Shell, needsMoreInput, parseScript } from '../../src/shell';
import type { ShellHost } from '../../src/shell';
import { parseKubectl } from '../../src/kubectl/cli';

/** A host that answers kubectl with the real command line layer (parse only). */
const host: ShellHost = {
  advance: () => undefined,
  kubectl: {
    run(argv) {
      const r = parseKubectl(argv);
      return r.kind === 'done' ? r.result : { chunks: [], exitCode: 0 };
    },
  },
};

const piece = fc.oneof(
  fc.constantFrom(
    'kubectl ',
    'get pods',
    'rollout status deployment/x',
    'cat ',
    '<<EOF',
    "<<'EOF'",
    '<<-EOF',
    'EOF',
    '\nEOF\n',
    '> f.yaml',
    '>> f',
    '2>&1',
    '< f',
    'echo ',
    'sleep ',
    '1m30s',
    'x',
    'timeout 5 ',
    'ls',
    'rm f',
    'A=b',
    '$A',
    '${A}',
    '${a:b}',
    '$?',
    "$'\\n'",
    '"',
    "'",
    '\\',
    '\\\n',
    '\n',
    '\t',
    ' ',
    '#',
    '|',
    '&&',
    ';',
    '&',
    '(',
    '$(',
    '`',
    'exit',
  ),
  fc.string({ maxLength: 6 }),
);

describe('shell fuzz', () => {
  it('parses and runs any text: steps with exit codes, never an exception', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (text) => {
          const items = parseScript(text);
          expect(items.filter((i) => i.kind === 'error').length).toBeLessThanOrEqual(1);
          needsMoreInput(text);
          const shell = new Shell(host);
          for (const step of shell.run(text)) {
            expect(Number.isInteger(step.result.exitCode)).toBe(true);
            expect(step.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
