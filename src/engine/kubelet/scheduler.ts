// kube-scheduler, reduced to what rollouts show: bind each pending pod to a schedulable node that fits its
// requests, preferring the node with the fewest pods (spreading), ties broken by the seeded generator.
import type { Node, Pod } from '../api/types';
import type { SimContext } from '../sim/context';
import { REALISTIC, jitter } from '../sim/timing';
import { cpuMillis, memoryBytes } from './resources';

const SOURCE = { component: 'default-scheduler' };

/** Total requests of the pods occupying a node (terminating pods still hold their resources). */
function usage(pods: Pod[]): { cpu: number; memory: number; count: number } {
  let cpu = 0;
  let memory = 0;
  for (const p of pods) {
    for (const c of p.spec.containers) {
      cpu += cpuMillis(c.resources?.requests?.cpu ?? c.resources?.limits?.cpu);
      memory += memoryBytes(c.resources?.requests?.memory ?? c.resources?.limits?.memory);
    }
  }
  return { cpu, memory, count: pods.length };
}

function podRequests(pod: Pod): { cpu: number; memory: number } {
  const u = usage([pod]);
  return { cpu: u.cpu, memory: u.memory };
}

/** Pod capacity by node object (status.allocatable.pods; stored objects never change). */
const MAX_PODS = new WeakMap<Node, number>();

function maxPods(n: Node): number {
  let m = MAX_PODS.get(n);
  if (m === undefined) {
    m = Number(n.status.allocatable?.pods ?? 110);
    MAX_PODS.set(n, m);
  }
  return m;
}

/** The scheduler: binds pods that have no node yet. */
export class Scheduler {
  constructor(private readonly ctx: SimContext) {}

  private nodeCache: { list: Node[]; pods: ReadonlySet<string>[]; version: number } | undefined;

  /** Nodes by name, with the live sets of their pods' keys; cached while no node object changes. */
  private sortedNodes(): { list: Node[]; pods: ReadonlySet<string>[] } {
    const version = this.ctx.store.version('Node');
    if (this.nodeCache?.version === version) return this.nodeCache;
    const list = this.ctx.store
      .list('Node')
      .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
    const pods = list.map((n) => this.ctx.store.podKeysOnNode(n.metadata.name));
    this.nodeCache = { list, pods, version };
    return this.nodeCache;
  }

  /** Delay between a pod's creation and its binding. */
  delay(): number {
    return this.ctx.timing.kind === 'fixed'
      ? 0
      : jitter(this.ctx.rng, REALISTIC.scheduleMin, REALISTIC.scheduleMax);
  }

  /** Try to bind one pending pod. */
  schedulePod(podKey: string): void {
    const pod = this.ctx.store.get('Pod', podKey);
    if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
    const { list: nodes, pods: podsOn } = this.sortedNodes();
    const want = podRequests(pod);
    const needsSums = want.cpu > 0 || want.memory > 0;
    const reasons = new Map<string, number>();
    // The nodes that fit, with the fewest pods: `best` in node order, all with `least` pods.
    let least = Infinity;
    const best: Node[] = [];
    const counted = { cpu: 0, memory: 0, count: 0 };
    for (let ni = 0; ni < nodes.length; ni++) {
      const n = nodes[ni]!;
      const name = n.metadata.name;
      // Resource sums are only needed when the pod requests something (O(pods on the node)).
      let used = counted;
      if (needsSums)
        used = usage(
          this.ctx.store
            .podsOnNode(name)
            .filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'),
        );
      else counted.count = podsOn[ni]!.size;
      const why = this.unfit(n, used, want);
      if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
      else if (used.count < least) {
        least = used.count;
        best.length = 0;
        best.push(n);
      } else if (used.count === least) best.push(n);
    }
    if (best.length === 0) {
      this.unschedulable(pod, nodes.length, reasons);
      return;
    }
    const chosen = best[best.length === 1 ? 0 : this.ctx.rng.int(best.length)]!;
    const bound: Pod = {
      ...pod,
      spec: { ...pod.spec, nodeName: chosen.metadata.name },
      status: {
        ...pod.status,
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'True',
            lastProbeTime: null,
            lastTransitionTime: pod.metadata.creationTimestamp,
          },
        ],
      },
    };
    // Binding is a subresource write (spec.nodeName) plus the PodScheduled condition.
    // Both writes store what was built here (sharing only the stored pod's immutable parts): no copies.
    const written = this.ctx.write.update(bound, true);
    this.ctx.write.updateStatus({ ...written, status: bound.status }, true);
    this.ctx.events.record(
      pod,
      'Normal',
      'Scheduled',
      `Successfully assigned ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name} to ${chosen.metadata.name}`,
      SOURCE,
    );
    this.ctx.decisions.add({
      actor: 'default-scheduler',
      func: 'schedulePod',
      rule: 'scheduler.bind',
      object: `Pod/${pod.metadata.name}`,
      text: `Scheduled ${pod.metadata.name} onto ${chosen.metadata.name}, the node with the fewest pods (${least}).`,
      params: { node: chosen.metadata.name, pods: least },
      category: 'schedule',
    });
  }

  private unfit(
    n: Node,
    used: { cpu: number; memory: number; count: number },
    want: { cpu: number; memory: number },
  ): string | undefined {
    if (n.spec.unschedulable) return 'node(s) were unschedulable';
    const alloc = n.status.allocatable ?? {};
    if (used.count + 1 > maxPods(n)) return 'Too many pods';
    if (want.cpu > 0 && used.cpu + want.cpu > cpuMillis(alloc.cpu)) return 'Insufficient cpu';
    if (want.memory > 0 && used.memory + want.memory > memoryBytes(alloc.memory))
      return 'Insufficient memory';
    return undefined;
  }

  /** No node fits: PodScheduled=False/Unschedulable and a FailedScheduling event, as kube-scheduler reports. */
  private unschedulable(pod: Pod, total: number, reasons: Map<string, number>): void {
    const parts = [...reasons.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([r, c]) => `${c} ${r}`);
    const message =
      total === 0
        ? 'no nodes available to schedule pods'
        : `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${total} No preemption victims found for incoming pod.`;
    const had = pod.status.conditions?.find((c) => c.type === 'PodScheduled');
    if (!had || had.status !== 'False' || had.message !== message) {
      this.ctx.write.updateStatus({
        ...pod,
        status: {
          phase: 'Pending',
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message,
              lastProbeTime: null,
              lastTransitionTime: had?.lastTransitionTime ?? pod.metadata.creationTimestamp,
            },
          ],
        },
      });
    }
    this.ctx.events.record(pod, 'Warning', 'FailedScheduling', message, SOURCE);
    this.ctx.decisions.add({
      actor: 'default-scheduler',
      func: 'schedulePod',
      rule: 'scheduler.unschedulable',
      object: `Pod/${pod.metadata.name}`,
      text: `Cannot schedule ${pod.metadata.name}: ${message}`,
      waitingFor: 'a node with enough free resources (retried when pods go away)',
      category: 'schedule',
    });
  }

  /** Retry pending pods after something freed resources (a pod deleted). */
  pendingPods(): readonly string[] {
    // Only pods already found unschedulable wait for such an event; the others are queued anyway.
    return this.ctx.store.unschedulablePods();
  }
}
