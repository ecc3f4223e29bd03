import { describe, expect, it } from 'vitest';
import { resourceArgs, splitResourceArgument } from '../../../src/kubectl/cli';

describe('resource arguments (cli-runtime Builder)', () => {
  it('TYPE NAME and TYPE/NAME', () => {
    expect(resourceArgs(['deployment', 'nginx'])).toEqual({
      ok: true,
      selection: { kind: 'types', types: ['deployment'], names: ['nginx'] },
    });
    expect(resourceArgs(['deployment/nginx', 'rs/x'])).toEqual({
      ok: true,
      selection: {
        kind: 'tuples',
        tuples: [
          { resource: 'deployment', name: 'nginx' },
          { resource: 'rs', name: 'x' },
        ],
      },
    });
    expect(resourceArgs(['rs,pods'])).toEqual({
      ok: true,
      selection: { kind: 'types', types: ['rs', 'pods'], names: [] },
    });
    expect(resourceArgs([])).toEqual({ ok: true, selection: { kind: 'none' } });
  });
  it('several types with names become pairs', () => {
    expect(resourceArgs(['deploy,rs', 'a'])).toEqual({
      ok: true,
      selection: {
        kind: 'tuples',
        tuples: [
          { resource: 'deploy', name: 'a' },
          { resource: 'rs', name: 'a' },
        ],
      },
    });
  });
  it("rejects the seed article's mixed form with kubectl's message", () => {
    expect(resourceArgs(['deployment/nginx-deployment', 'nginx=nginx:1.231'])).toEqual({
      ok: false,
      error:
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    });
  });
  it('rejects malformed pairs', () => {
    expect(resourceArgs(['a/b/c'])).toEqual({
      ok: false,
      error: 'arguments in resource/name form may not have more than one slash',
    });
    expect(resourceArgs(['/x'])).toEqual({
      ok: false,
      error: 'arguments in resource/name form must have a single resource and name',
    });
    expect(resourceArgs(['a,b/x'])).toEqual({
      ok: false,
      error: 'arguments in resource/name form must have a single resource and name',
    });
  });
  it('drops empty and repeated types', () =>
    expect(splitResourceArgument('deploy,,rs,deploy')).toEqual(['deploy', 'rs']));
});
