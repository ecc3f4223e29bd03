// Selectors: LabelSelector matching and printing, kubectl -l parsing (with the API server's error texts).
import { describe, expect, it } from 'vitest';
import {
  formatLabelSelector,
  labelSelectorMatches,
  labelsToString,
  parseSelector,
  selectorMatches,
  selectorString,
  selectorToString,
} from '../../../src/engine/api/labels';

describe('labelSelectorMatches (metav1.LabelSelectorAsSelector)', () => {
  const pod = { app: 'nginx', tier: 'web', env: 'prod' };
  it('matchLabels: every pair must be present', () => {
    expect(labelSelectorMatches({ matchLabels: { app: 'nginx' } }, pod)).toBe(true);
    expect(labelSelectorMatches({ matchLabels: { app: 'nginx', tier: 'db' } }, pod)).toBe(false);
    expect(labelSelectorMatches({ matchLabels: { app: 'nginx' } }, undefined)).toBe(false);
  });
  it('matchExpressions In / NotIn / Exists / DoesNotExist', () => {
    expect(
      labelSelectorMatches(
        { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'qa'] }] },
        pod,
      ),
    ).toBe(true);
    expect(
      labelSelectorMatches({ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, pod),
    ).toBe(false);
    expect(
      labelSelectorMatches({ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, pod),
    ).toBe(true);
    expect(labelSelectorMatches({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, pod)).toBe(true);
    expect(labelSelectorMatches({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, pod)).toBe(
      false,
    );
    expect(
      labelSelectorMatches({ matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] }, pod),
    ).toBe(true);
  });
  it('an empty selector {} matches everything; a nil selector matches nothing', () => {
    expect(labelSelectorMatches({}, pod)).toBe(true);
    expect(labelSelectorMatches({}, undefined)).toBe(true);
    expect(labelSelectorMatches(undefined, pod)).toBe(false);
    expect(labelSelectorMatches(null, {})).toBe(false);
  });
});

describe('selectorToString / formatLabelSelector (as kubectl prints selectors)', () => {
  it('sorted by key, equality and set-based forms', () => {
    expect(selectorToString({ matchLabels: { tier: 'web', app: 'nginx' } })).toBe('app=nginx,tier=web');
    expect(
      selectorToString({
        matchLabels: { app: 'nginx' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['qa', 'prod'] },
          { key: 'canary', operator: 'DoesNotExist' },
          { key: 'zone', operator: 'Exists' },
          { key: 'track', operator: 'NotIn', values: ['beta'] },
        ],
      }),
    ).toBe('app=nginx,!canary,env in (prod,qa),track notin (beta),zone');
  });
  it('<none> for empty and nil selectors', () => {
    expect(selectorToString({})).toBe('');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector(undefined)).toBe('<none>');
    expect(formatLabelSelector({ matchLabels: { app: 'x' } })).toBe('app=x');
  });
  it('labelsToString sorts keys', () => {
    expect(labelsToString({ tier: 'web', app: 'nginx', 'pod-template-hash': '66b6c48dd5' })).toBe(
      'app=nginx,pod-template-hash=66b6c48dd5,tier=web',
    );
    expect(labelsToString(undefined)).toBe('');
  });
});

describe('parseSelector (kubectl -l)', () => {
  const ok = (text: string): string => {
    const r = parseSelector(text);
    if (!r.ok) throw new Error(r.error);
    return selectorString(r.value);
  };
  const err = (text: string): string => {
    const r = parseSelector(text);
    if (r.ok) throw new Error(`parsed: ${text}`);
    return r.error;
  };
  it('equality, set-based, exists and !key', () => {
    expect(ok('tier=web,app=nginx')).toBe('app=nginx,tier=web');
    expect(ok('app==nginx,env!=dev')).toBe('app==nginx,env!=dev');
    expect(ok('env in (qa, prod)')).toBe('env in (prod,qa)');
    expect(ok('env notin (dev)')).toBe('env notin (dev)');
    expect(ok('app, !canary')).toBe('app,!canary');
    expect(ok('x in (foo,,baz),y,z notin ()')).toBe('x in (,baz,foo),y,z notin ()');
    expect(ok('')).toBe('');
    expect(ok('a=')).toBe('a=');
  });
  it('matches like the API server', () => {
    const m = (text: string, labels: Record<string, string>): boolean => {
      const r = parseSelector(text);
      return r.ok && selectorMatches(r.value, labels);
    };
    expect(m('app=nginx', { app: 'nginx', x: 'y' })).toBe(true);
    expect(m('app!=nginx', {})).toBe(true);
    expect(m('env in (prod,qa)', { env: 'qa' })).toBe(true);
    expect(m('env notin (prod)', {})).toBe(true);
    expect(m('!canary', { canary: 'true' })).toBe(false);
    expect(m('', { anything: 'x' })).toBe(true);
    expect(m('a=', { a: '' })).toBe(true);
  });
  it('error texts', () => {
    expect(err('a in b')).toBe("unable to parse requirement: found 'b' expected: '('");
    expect(err('a in (b')).toBe("unable to parse requirement: found '', expected: ',' or ')'");
    expect(err('x in (a b)')).toBe("unable to parse requirement: found 'b', expected: ',' or ')'");
    expect(err('!')).toBe("unable to parse requirement: found '', expected: identifier");
    expect(err('a b')).toBe("unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt");
    expect(err('a=b=c')).toBe("found '=', expected: ',' or 'end of string'");
    expect(err('a=b c')).toBe("found 'c', expected: ',' or 'end of string'");
    expect(err('a,,b')).toBe("found ',', expected: identifier after ','");
    expect(err('a=b,')).toBe("found '', expected: identifier after ','");
    expect(err('=b')).toBe("found '=', expected: !, identifier, or 'end of string'");
    expect(err('a+b=c')).toBe(
      `unable to parse requirement: <nil>: Invalid value: "a+b": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    );
    expect(err('a>x')).toBe(
      `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`,
    );
    expect(err(`a=${'x'.repeat(64)}`)).toBe(
      `unable to parse requirement: values[0][a]: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`,
    );
  });
});
