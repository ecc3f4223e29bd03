// `kubectl describe node`: identity, taints, lease, conditions, addresses, capacity, system info, pods, events.
// Mirrors describeNode / describeNodeLease in k8s.io/kubectl/pkg/describe/describe.go.
import type { Event, Node, Pod, Time } from '../../../engine/api/types';
import { canonicalQuantity } from '../quantity';
import { findNodeRoles } from '../tables/node';
import { formatRFC1123Z } from '../time';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline } from './common';
import { describeEvents } from './events';
import { describeNodeResource } from './nodeResources';
import { LEVEL_0, LEVEL_1, tabbedString } from './prefixWriter';

/** Inputs besides the Node. */
export interface DescribeNodeOptions {
  /** pods of all namespaces; those bound to this node and not Succeeded/Failed are listed */
  pods: Pod[];
  /** events about the node (`undefined` = no Events section) */
  events?: Event[];
  /** simulated ms */
  now: number;
  /** the node Lease's renewTime; defaults to the Ready condition's lastHeartbeatTime */
  leaseRenewTime?: Time;
}

/** describeNode: the whole `kubectl describe node` text. */
export function describeNode(node: Node, opts: DescribeNodeOptions): string {
  return tabbedString((w) => {
    const status = node.status ?? {};
    w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
    w.write(LEVEL_0, `Roles:\t${findNodeRoles(node).join(',') || '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec?.taints);
    w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);

    const renew =
      opts.leaseRenewTime ?? status.conditions?.find((c) => c.type === 'Ready')?.lastHeartbeatTime;
    w.write(LEVEL_0, 'Lease:\n');
    w.write(LEVEL_1, `HolderIdentity:\t${node.metadata.name}\n`);
    w.write(LEVEL_1, 'AcquireTime:\t<unset>\n');
    w.write(LEVEL_1, `RenewTime:\t${renew ? formatRFC1123Z(renew) : '<unset>'}\n`);

    const conditions = status.conditions ?? [];
    if (conditions.length > 0) {
      w.write(
        LEVEL_0,
        'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n',
      );
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(
          LEVEL_1,
          `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t` +
            `${c.reason ?? ''} \t${c.message ?? ''}\n`,
        );
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of status.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    for (const [title, list] of [
      ['Capacity', status.capacity],
      ['Allocatable', status.allocatable],
    ] as const) {
      const names = Object.keys(list ?? {}).sort();
      if (names.length === 0) continue;
      w.write(LEVEL_0, `${title}:\n`);
      for (const n of names)
        w.write(LEVEL_0, `  ${n}:\t${canonicalQuantity((list as Record<string, string>)[n] as string)}\n`);
    }
    const info = status.nodeInfo ?? {};
    w.write(LEVEL_0, 'System Info:\n');
    const infoLines: [string, string][] = [
      ['Machine ID', 'machineID'],
      ['System UUID', 'systemUUID'],
      ['Boot ID', 'bootID'],
      ['Kernel Version', 'kernelVersion'],
      ['OS Image', 'osImage'],
      ['Operating System', 'operatingSystem'],
      ['Architecture', 'architecture'],
      ['Container Runtime Version', 'containerRuntimeVersion'],
      ['Kubelet Version', 'kubeletVersion'],
      ['Kube-Proxy Version', 'kubeProxyVersion'],
    ];
    for (const [title, key] of infoLines) w.write(LEVEL_0, `  ${title}:\t${info[key] ?? ''}\n`);
    if (node.spec?.podCIDR) {
      w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
      w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDR}\n`);
    }
    const pods = opts.pods
      .filter(
        (p) =>
          p.spec.nodeName === node.metadata.name &&
          p.status?.phase !== 'Succeeded' &&
          p.status?.phase !== 'Failed',
      )
      .sort((a, b) => {
        const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name}`;
        const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    const allocatable =
      Object.keys(status.allocatable ?? {}).length > 0 ? status.allocatable : status.capacity;
    describeNodeResource(w, pods, allocatable ?? {}, opts.now);
    if (opts.events) describeEvents(w, opts.events, opts.now);
  });
}
