// The "name" printer: `deployment.apps/nginx`, `pod/x`, optionally followed by an operation (`… scaled`).
// Mirrors k8s.io/cli-runtime/pkg/printers/name.go.
import type { Kind } from '../../engine/api/types';

/** API group of each kind the simulator stores ('' = core). */
const GROUPS: Record<Kind, string> = { Deployment: 'apps', ReplicaSet: 'apps', Pod: '', Node: '', Event: '' };

/** `kind.group` lower-cased as the name printer writes it: `deployment.apps`, `replicaset.apps`, `pod`. */
export function kindGroup(kind: Kind): string {
  const group = GROUPS[kind];
  return group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase();
}

/** `<kind.group>/<name>`, e.g. `deployment.apps/nginx`, `node/node-1`, `event/nginx.17f3a`. */
export function resourceName(kind: Kind, name: string): string {
  return `${kindGroup(kind)}/${name}`;
}

/**
 * One name-printer line: `deployment.apps/nginx image updated\n`, or just `deployment.apps/nginx\n` when the
 * operation is empty (`-o name`). The operation is appended after one space verbatim, so
 * `rollout history` passes `"\n" + text` and gets a line ending in a space.
 */
export function printName(kind: Kind, name: string, operation = ''): string {
  return operation.length > 0
    ? `${resourceName(kind, name)} ${operation}\n`
    : `${resourceName(kind, name)}\n`;
}
