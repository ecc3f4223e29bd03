import { describe, expect, it } from 'vitest';
import { kubectlRoot, levenshtein, suggestionsFor } from '../../../src/kubectl/cli';

describe("cobra's Levenshtein distance", () => {
  it('counts edits, ignoring case by default', () => {
    expect(levenshtein('rollut', 'rollout')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('GET', 'get')).toBe(0);
    expect(levenshtein('GET', 'get', false)).toBe(3);
    expect(levenshtein('', 'cp')).toBe(2);
  });
});

describe('SuggestionsFor at the root (distance ≤ 2 or prefix, in kubectl 1.32 command order)', () => {
  const cases: [string, string[]][] = [
    ['rollut', ['rollout']],
    ['rolout', ['rollout']],
    ['ex', ['expose', 'set', 'explain', 'get', 'exec', 'cp']],
    ['r', ['run', 'rollout', 'cp', 'replace']],
    ['a', ['autoscale', 'attach', 'cp', 'auth', 'apply', 'annotate', 'api-versions', 'api-resources']],
    ['getx', ['set', 'get']],
    ['hlp', ['top', 'cp']],
    ['optio', ['options']],
    ['alph', ['auth']],
    ['foo', ['top']],
    ['describ', ['describe']],
    ['kubectl', []],
  ];
  for (const [typed, expected] of cases) {
    it(`${typed} → ${expected.join(', ') || '(none)'}`, () =>
      expect(suggestionsFor(kubectlRoot(), typed)).toEqual(expected));
  }
  it('never suggests hidden commands or cobra help', () => {
    expect(suggestionsFor(kubectlRoot(), 'help')).not.toContain('help');
    expect(suggestionsFor(kubectlRoot(), 'alpha')).not.toContain('alpha');
  });
});
