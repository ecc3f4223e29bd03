// ChunkedMap: copy-on-write snapshots with a shared key index must behave exactly like a Map that is copied
// whole at every snapshot, across deletes, re-inserts and restores onto other branches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkedMap } from '../../../src/engine/store/chunkedMap';

type Op =
  { t: 'set'; k: number; v: number } | { t: 'del'; k: number } | { t: 'snap' } | { t: 'restore'; i: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('set' as const), k: fc.nat(600), v: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('del' as const), k: fc.nat(600) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('snap' as const) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restore' as const), i: fc.nat(50) }) },
);

describe('ChunkedMap', () => {
  it('matches a Map copied at every snapshot (values, order, size, restores onto other branches)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3000 }), (ops) => {
        const m = new ChunkedMap<number>();
        let ref = new Map<string, number>();
        const snaps: { s: ReturnType<ChunkedMap<number>['snapshot']>; ref: Map<string, number> }[] = [];
        for (const o of ops) {
          if (o.t === 'set') {
            m.set(`k${o.k}`, o.v);
            ref.set(`k${o.k}`, o.v);
          } else if (o.t === 'del') {
            expect(m.delete(`k${o.k}`)).toBe(ref.delete(`k${o.k}`));
          } else if (o.t === 'snap') snaps.push({ s: m.snapshot(), ref: new Map(ref) });
          else if (snaps.length > 0) {
            const s = snaps[o.i % snaps.length]!;
            m.restore(s.s);
            ref = new Map(s.ref);
          }
          expect(m.size).toBe(ref.size);
        }
        expect([...m.entries()]).toEqual([...ref.entries()]);
        expect([...m.values()]).toEqual([...ref.values()]);
        for (let k = 0; k <= 600; k++) {
          expect(m.get(`k${k}`)).toBe(ref.get(`k${k}`));
          expect(m.has(`k${k}`)).toBe(ref.has(`k${k}`));
        }
        for (const s of snaps) {
          m.restore(s.s);
          expect([...m.entries()]).toEqual([...s.ref.entries()]);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('keeps a snapshot intact while the live map changes the same chunk', () => {
    const m = new ChunkedMap<string>();
    for (let i = 0; i < 300; i++) m.set(`p${i}`, 'a');
    const s = m.snapshot();
    m.set('p1', 'b');
    m.delete('p2');
    m.set('p2', 'c');
    expect(m.get('p1')).toBe('b');
    expect([...m.entries()].at(-1)).toEqual(['p2', 'c']);
    m.restore(s);
    expect(m.get('p1')).toBe('a');
    expect(m.get('p2')).toBe('a');
    expect([...m.values()].length).toBe(300);
  });
});
