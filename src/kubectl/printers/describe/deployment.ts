// `kubectl describe deployment`.
// Mirrors describeDeployment / printReplicaSetsByLabels in k8s.io/kubectl/pkg/describe/describe.go.
import type { Deployment, Event, IntOrString, ReplicaSet } from '../../../engine/api/types';
import { selectorString } from '../labels';
import { formatRFC1123Z } from '../time';
import { printAnnotationsMultiline, printLabelsMultiline } from './common';
import { describeEvents } from './events';
import { describePodTemplate } from './podTemplate';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';

/** Inputs besides the Deployment: its ReplicaSets split as deploymentutil does, and its events. */
export interface DescribeDeploymentOptions {
  /** the new ReplicaSet (template equal to the Deployment's, ignoring pod-template-hash), if any */
  newRS?: ReplicaSet;
  /** every other ReplicaSet the Deployment owns, including scaled-to-zero ones */
  oldRSs: ReplicaSet[];
  /** events about the Deployment (`undefined` = `--show-events=false`: no Events section at all) */
  events?: Event[];
  /** simulated ms */
  now: number;
}

/** IntOrString.String(): a number in decimal, a string as written ("25%"); unset prints `<nil>`. */
const intOrString = (v: IntOrString | undefined): string => (v === undefined ? '<nil>' : String(v));

/** `nginx-66b6c48dd5 (0/0 replicas created), …` or `<none>`. */
function printReplicaSetsByLabels(rss: ReplicaSet[]): string {
  const list = rss.map(
    (rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 1} replicas created)`,
  );
  return list.length > 0 ? list.join(', ') : '<none>';
}

/**
 * describeDeployment: the whole `kubectl describe deployment` text, aligned by the describe tab writer
 * (value column 24 with a `RollingUpdateStrategy:` line, 20 without — see spec §13.6).
 */
export function describeDeployment(d: Deployment, opts: DescribeDeploymentOptions): string {
  return tabbedString((w) => {
    const st = d.status ?? {};
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${selectorString(d.spec.selector)}\n`);
    w.write(
      LEVEL_0,
      `Replicas:\t${d.spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ` +
        `${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
    const ru = d.spec.strategy?.rollingUpdate;
    if (ru) {
      w.write(
        LEVEL_0,
        `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable)} max unavailable, ${intOrString(ru.maxSurge)} max surge\n`,
      );
    }
    describePodTemplate(w, d.spec.template);
    const conditions = st.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (opts.oldRSs.length > 0 || opts.newRS) {
      w.write(LEVEL_0, `OldReplicaSets:\t${printReplicaSetsByLabels(opts.oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${printReplicaSetsByLabels(opts.newRS ? [opts.newRS] : [])}\n`);
    }
    if (opts.events) describeEvents(w, opts.events, opts.now);
  });
}
