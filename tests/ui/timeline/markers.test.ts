import { describe, expect, it } from 'vitest';
import { clusterMarkers, rowOf } from '../../../src/ui/timeline/markers';
import { makeScale } from '../../../src/ui/timeline/scale';
import { mergeMarkers } from '../../../src/ui/store/timelineSlice';
import type { MarkerKind, TimelineMarker } from '../../../src/worker/protocol';

const m = (id: string, at: number, kind: MarkerKind, count = 1): TimelineMarker => ({
  id,
  at,
  kind,
  count,
  subject: `s-${id}`,
  text: `t-${id}`,
});

describe('timeline markers', () => {
  // 600 px for 120 s: 200 ms per px
  const s = makeScale(0, 120_000, 600);

  it('clusters markers within the gap on each row, the most telling kind drawn', () => {
    const clusters = clusterMarkers(
      [
        m('a', 1000, 'scale'),
        m('b', 1800, 'pullFailed', 5),
        m('c', 2200, 'backOff'),
        m('d', 2600, 'scale'),
        m('e', 2000, 'command'),
      ].sort((x, y) => x.at - y.at),
      s,
      6,
    );
    const cluster = clusters.filter((c) => c.row === 'cluster');
    expect(cluster.map((c) => c.markers.map((x) => x.id))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(cluster[0]).toMatchObject({ at: 1000, kind: 'pullFailed', total: 7 });
    const user = clusters.filter((c) => c.row === 'user');
    expect(user).toHaveLength(1);
    expect(user[0]).toMatchObject({ at: 2000, kind: 'command', total: 1 });
  });

  it('puts commands on the user row and everything else below', () => {
    expect(rowOf('command')).toBe('user');
    for (const k of ['scale', 'condition', 'deadline', 'pullFailed', 'backOff', 'retry', 'crash'] as const)
      expect(rowOf(k)).toBe('cluster');
  });

  it('merges news by id, keeps time order, and replaces on reset', () => {
    const a = mergeMarkers([], [m('m2', 5000, 'scale'), m('m1', 1000, 'command')], false);
    expect(a.map((x) => x.id)).toEqual(['m1', 'm2']);
    const b = mergeMarkers(a, [m('m2', 5000, 'scale', 3), m('m3', 3000, 'condition')], false);
    expect(b.map((x) => [x.id, x.count])).toEqual([
      ['m1', 1],
      ['m3', 1],
      ['m2', 3],
    ]);
    expect(mergeMarkers(b, [], false)).toBe(b);
    expect(mergeMarkers(b, [m('m9', 10, 'command')], true).map((x) => x.id)).toEqual(['m9']);
  });
});
