// `kubectl describe pod`.
// Mirrors describePod / describePodIPs in k8s.io/kubectl/pkg/describe/describe.go and qos.GetPodQOS.
import type { Event, Pod, PodSpec } from '../../../engine/api/types';
import { formatRFC1123Z, translateTimestampSince } from '../time';
import {
  printAnnotationsMultiline,
  printController,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './common';
import { describeContainers } from './containers';
import { describeEvents } from './events';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';
import { describeVolumes } from './volumes';

/** Inputs besides the Pod. */
export interface DescribePodOptions {
  /** events about the pod (`undefined` = no Events section) */
  events?: Event[];
  /** simulated ms */
  now: number;
}

/** PodSpec fields kubectl describes that the simulator's types do not model (yet). */
interface PodSpecExtras {
  readinessGates?: { conditionType: string }[];
  priorityClassName?: string;
}

const hasQuantity = (list: Record<string, string> | undefined, name: string): boolean =>
  list?.[name] !== undefined;

/**
 * GetPodQOS: status.qosClass when set; else BestEffort (no cpu/memory requests or limits anywhere), Guaranteed
 * (every container limits cpu and memory, requests equal limits or unset), otherwise Burstable.
 */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests;
    const lim = c.resources?.limits;
    for (const r of ['cpu', 'memory']) {
      if (hasQuantity(req, r) || hasQuantity(lim, r)) any = true;
      if (!hasQuantity(lim, r)) guaranteed = false;
      else if (hasQuantity(req, r) && req?.[r] !== lim?.[r]) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** describePod: the whole `kubectl describe pod` text. */
export function describePod(pod: Pod, opts: DescribePodOptions): string {
  return tabbedString((w) => {
    const spec = pod.spec as PodSpec & PodSpecExtras;
    const status = pod.status ?? {};
    w.write(LEVEL_0, `Name:\t${pod.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace ?? ''}\n`);
    if (spec.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
    if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', pod.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
    if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      // deletionTimestamp is the end of the grace period, so this reads `<invalid>` while the pod still runs
      w.write(
        LEVEL_0,
        `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, opts.now)})\n`,
      );
      w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 30}s\n`);
    } else {
      w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
    w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
    const ips = status.podIPs ?? [];
    if (ips.length === 0) {
      w.write(LEVEL_0, 'IPs:\t<none>\n');
    } else {
      w.write(LEVEL_0, 'IPs:\n');
      for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
    }
    const controlledBy = printController(pod.metadata);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    if (spec.initContainers?.length) {
      describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, '');
    }
    describeContainers(w, 'Containers', spec.containers, status.containerStatuses, '');
    const gates = spec.readinessGates ?? [];
    if (gates.length > 0) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of gates) {
        const c = status.conditions?.find((x) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
      }
    }
    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(w, spec.volumes, '');
    w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    if (opts.events) describeEvents(w, opts.events, opts.now);
  });
}
