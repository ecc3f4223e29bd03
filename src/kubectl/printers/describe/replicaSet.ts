// `kubectl describe replicaset`.
// Mirrors describeReplicaSet / getPodStatusForController in k8s.io/kubectl/pkg/describe/describe.go.
import type { Event, Pod, ReplicaSet } from '../../../engine/api/types';
import { formatLabelSelector, selectorMatches } from '../labels';
import { printAnnotationsMultiline, printController, printLabelsMultiline } from './common';
import { describeEvents } from './events';
import { describePodTemplate } from './podTemplate';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';

/** Inputs besides the ReplicaSet. */
export interface DescribeReplicaSetOptions {
  /** pods of the namespace; only those matching the selector and controlled by this RS (by uid) are counted */
  pods: Pod[];
  /** events about the ReplicaSet (`undefined` = no Events section) */
  events?: Event[];
  /** simulated ms */
  now: number;
}

/** Running / Waiting (Pending) / Succeeded / Failed counts of the RS's pods. */
export function podStatusCounts(rs: ReplicaSet, pods: Pod[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const p of pods) {
    if (!selectorMatches(rs.spec.selector, p.metadata.labels)) continue;
    const ref = p.metadata.ownerReferences?.find((r) => r.controller === true);
    if (!ref || ref.uid !== rs.metadata.uid) continue;
    const idx = ['Running', 'Pending', 'Succeeded', 'Failed'].indexOf(p.status?.phase ?? '');
    if (idx >= 0) counts[idx as 0 | 1 | 2 | 3]++;
  }
  return counts;
}

/** describeReplicaSet: the whole `kubectl describe replicaset` text (no CreationTimestamp line, as upstream). */
export function describeReplicaSet(rs: ReplicaSet, opts: DescribeReplicaSetOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rs.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
    const controlledBy = printController(rs.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
    const [running, waiting, succeeded, failed] = podStatusCounts(rs, opts.pods);
    w.write(LEVEL_0, 'Pods Status:\t');
    w.write(LEVEL_0, `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed\n`);
    describePodTemplate(w, rs.spec.template);
    const conditions = rs.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (opts.events) describeEvents(w, opts.events, opts.now);
  });
}
