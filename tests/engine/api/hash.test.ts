// ComputeHash (spec §2.1): deterministic, sensitive to the template and to collisionCount, upstream alphabet.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PodTemplateSpec } from '../../../src/engine/api/types';
import { canonicalJson, computeHash, fnv1a32, safeEncodeString } from '../../../src/engine/api/hash';

const template = (image: string): PodTemplateSpec => ({
  metadata: { labels: { app: 'nginx' } },
  spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' },
});

describe('computeHash', () => {
  it('FNV-1a-32 reference values', () => {
    expect(fnv1a32([])).toBe(0x811c9dc5);
    expect(fnv1a32([...'a'].map((c) => c.charCodeAt(0)))).toBe(0xe40c292c);
    expect(fnv1a32([...'foobar'].map((c) => c.charCodeAt(0)))).toBe(0xbf9cf968);
  });
  it('SafeEncodeString maps digits to 4–9, b, c, d, f', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });
  it('same template ⇒ same hash, whatever the key order', () => {
    const a = template('nginx:1.14.2');
    const b: PodTemplateSpec = {
      spec: { restartPolicy: 'Always', containers: [{ image: 'nginx:1.14.2', name: 'nginx' }] },
      metadata: { labels: { app: 'nginx' } },
    };
    expect(computeHash(a)).toBe(computeHash(b));
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
  it('different template or collisionCount ⇒ different hash', () => {
    const a = template('nginx:1.14.2');
    expect(computeHash(a)).not.toBe(computeHash(template('nginx:1.16.1')));
    expect(computeHash(a, 1)).not.toBe(computeHash(a));
    expect(computeHash(a, 1)).not.toBe(computeHash(a, 2));
    expect(computeHash(a, null)).toBe(computeHash(a));
  });
  it('looks like a pod-template-hash', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.nat(1000), { nil: undefined }), (img, cc) => {
        const h = computeHash(template(img), cc);
        expect(h).toMatch(/^[456789bcdf]{1,10}$/);
        expect(computeHash(template(img), cc)).toBe(h);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
