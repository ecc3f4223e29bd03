// The default cluster: worker nodes `node-1` … `node-N` with 4 CPUs, 8 GiB and room for 110 pods each.
import type { Node } from '../api/types';

/** Kubernetes version of the simulated cluster (kubelet, API server). */
export const KUBERNETES_VERSION = 'v1.35.0';

/** N worker nodes as the API server would list them. */
export function defaultNodes(n: number): Node[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `node-${i + 1}`;
    const resources = {
      cpu: '4',
      'ephemeral-storage': '61202244Ki',
      'hugepages-2Mi': '0',
      memory: '8141924Ki',
      pods: '110',
    };
    const cond = (type: string, status: 'True' | 'False', reason: string, message: string) => ({
      type,
      status,
      reason,
      message,
      lastHeartbeatTime: '2025-03-03T08:00:00Z',
      lastTransitionTime: '2025-03-03T08:00:00Z',
    });
    const node: Node = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
        },
        annotations: {
          'node.alpha.kubernetes.io/ttl': '0',
          'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
        },
      },
      spec: { podCIDR: `10.244.${i + 1}.0/24` },
      status: {
        capacity: resources,
        allocatable: resources,
        conditions: [
          cond(
            'MemoryPressure',
            'False',
            'KubeletHasSufficientMemory',
            'kubelet has sufficient memory available',
          ),
          cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
        ],
        addresses: [
          { type: 'InternalIP', address: `10.0.0.${11 + i}` },
          { type: 'Hostname', address: name },
        ],
        nodeInfo: {
          architecture: 'amd64',
          bootID: `b00710${i}a-1e2f-4c3d-9a8b-7c6d5e4f3a2${i}`,
          containerRuntimeVersion: 'containerd://2.1.4',
          kernelVersion: '6.1.0-40-cloud-amd64',
          kubeProxyVersion: '',
          kubeletVersion: KUBERNETES_VERSION,
          machineID: `5f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9${i}`,
          operatingSystem: 'linux',
          osImage: 'Debian GNU/Linux 12 (bookworm)',
          systemUUID: `1c2d3e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6${i}`,
        },
      },
    };
    return node;
  });
}
