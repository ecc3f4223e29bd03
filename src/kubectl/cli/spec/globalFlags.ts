// kubectl's global (root persistent) flags, as `kubectl options` lists them in 1.32, described in our words.
import type { FlagSpec } from '../flagTypes';
import { flag } from '../flagTypes';

const noCluster = 'Accepted for compatibility; the simulated cluster ignores it.';

/** Every flag that `kubectl options` prints, so that any real invocation parses the same way. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  flag('as', 'string', '', `User to impersonate. ${noCluster}`),
  flag('as-group', 'stringArray', [], `Group to impersonate (repeatable). ${noCluster}`),
  flag('as-uid', 'string', '', `UID to impersonate. ${noCluster}`),
  flag('cache-dir', 'string', '$HOME/.kube/cache', `Discovery cache directory. ${noCluster}`),
  flag('certificate-authority', 'string', '', `CA certificate file. ${noCluster}`),
  flag('client-certificate', 'string', '', `Client certificate file. ${noCluster}`),
  flag('client-key', 'string', '', `Client key file. ${noCluster}`),
  flag('cluster', 'string', '', `Kubeconfig cluster to use. ${noCluster}`),
  flag('context', 'string', '', `Kubeconfig context to use. ${noCluster}`),
  flag('disable-compression', 'bool', false, `Ask the server for uncompressed responses. ${noCluster}`),
  flag('insecure-skip-tls-verify', 'bool', false, `Skip server certificate checks. ${noCluster}`),
  flag('kubeconfig', 'string', '', `Kubeconfig file to read. ${noCluster}`),
  flag('log-flush-frequency', 'duration', 5000, 'Longest time between log flushes.', {
    setError: 'parse error',
  }),
  flag('match-server-version', 'bool', false, 'Fail unless the server version equals the client version.'),
  flag('namespace', 'string', '', 'Namespace for this request (default: "default").', { shorthand: 'n' }),
  flag('password', 'string', '', `Basic-auth password. ${noCluster}`, { classified: true }),
  flag(
    'profile',
    'string',
    'none',
    'Profile to capture: none, cpu, heap, goroutine, threadcreate, block or mutex.',
  ),
  flag('profile-output', 'string', 'profile.pprof', 'File the profile is written to.'),
  flag(
    'request-timeout',
    'string',
    '0',
    'How long one server request may take, e.g. 1s, 2m, 3h; 0 waits forever. A bare number means seconds.',
  ),
  flag('server', 'string', '', `API server address. ${noCluster}`, { shorthand: 's' }),
  flag('tls-server-name', 'string', '', `Server name for certificate checks. ${noCluster}`),
  flag('token', 'string', '', `Bearer token. ${noCluster}`, { classified: true }),
  flag('user', 'string', '', `Kubeconfig user to use. ${noCluster}`),
  flag('username', 'string', '', `Basic-auth user name. ${noCluster}`),
  flag('v', 'level', 0, 'Log verbosity level.', { shorthand: 'v' }),
  flag('vmodule', 'string', '', 'Per-file log levels as pattern=N pairs.', { defaultDisplay: '' }),
  flag('warnings-as-errors', 'bool', false, 'Exit non-zero when the server sent warnings.'),
];

/** cobra's help flag, added to every command. */
export function helpFlag(commandName: string): FlagSpec {
  return flag('help', 'bool', false, `help for ${commandName}`, { shorthand: 'h', hidden: true });
}
