import { describe, expect, it } from 'vitest';
import { updatedDesiredNodeCounts } from '../../../../src/engine/controller/daemonset/unavailable';
import type { IntOrString, Pod } from '../../../../src/engine/api/types';
import { toTime } from '../../../../src/engine/sim/clock';
import { applicableCases, loadVectors } from '../../../fixtures/conformance';
import { pod } from '../builders';

interface DsCase {
  nodeCount: number;
  updateStrategy: {
    type: string;
    rollingUpdate: { maxUnavailable: IntOrString | null; maxSurge: IntOrString | null };
  };
  nodeToPods: Record<string, { name: string; ready: boolean; deletionTimestampSet?: boolean }[]>;
  expected: { maxSurge: number; maxUnavailable: number; desiredNumberScheduled: number; emptyNodes: number };
}

describe('DaemonSet update budget (TestGetUnavailableNumbers)', () => {
  for (const c of applicableCases(loadVectors<DsCase>('TestGetUnavailableNumbers'))) {
    it(c.name, () => {
      const ru: { maxUnavailable?: IntOrString; maxSurge?: IntOrString } = {};
      if (c.updateStrategy.rollingUpdate.maxUnavailable !== null)
        ru.maxUnavailable = c.updateStrategy.rollingUpdate.maxUnavailable;
      if (c.updateStrategy.rollingUpdate.maxSurge !== null)
        ru.maxSurge = c.updateStrategy.rollingUpdate.maxSurge;
      const ds = { spec: { updateStrategy: { type: c.updateStrategy.type, rollingUpdate: ru } } };
      const nodes = Array.from({ length: c.nodeCount }, (_, i) => `node-${i}`);
      const nodeToPods = new Map<string, Pod[]>(
        Object.entries(c.nodeToPods).map(([node, pods]) => [
          node,
          pods.map((p) =>
            pod(p.name, {
              nodeName: node,
              phase: 'Running',
              ready: p.ready,
              ...(p.deletionTimestampSet ? { deletionTimestamp: toTime(0) } : {}),
            }),
          ),
        ]),
      );
      const r = updatedDesiredNodeCounts(ds, nodes, nodeToPods);
      if (r.error !== undefined) throw new Error(r.error);
      const emptyNodes = [...r.value.nodeToDaemonPods.values()].filter((p) => p.length === 0).length;
      expect({
        maxSurge: r.value.maxSurge,
        maxUnavailable: r.value.maxUnavailable,
        desiredNumberScheduled: r.value.desiredNumberScheduled,
        emptyNodes,
      }).toEqual(c.expected);
      expect(nodeToPods.size).toBe(Object.keys(c.nodeToPods).length); // input map untouched
    });
  }

  it('returns an error for an invalid percentage', () => {
    const ds = {
      spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 'x%' } } },
    };
    expect(updatedDesiredNodeCounts(ds, ['a'], new Map()).error).toMatch(
      /^invalid value for MaxUnavailable: /,
    );
  });
});
