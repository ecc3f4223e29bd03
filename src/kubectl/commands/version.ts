// `kubectl version`: client, kustomize and (unless --client) server versions; `-o yaml|json`.
// Mirrors kubectl pkg/cmd/version/version.go. The client reports the simulated cluster's version, so the
// version-skew warning never applies.
import type { CommandResult } from '../cli/index';
import { KUBERNETES_VERSION } from '../../engine/index';
import { goYamlMarshal } from '../printers/output/yamlEmitter';
import { plain } from './errors';
import { bool, str } from './flags';
import { Output } from './output';
import type { CommandContext } from './types';

/** The kustomize library version kubectl embeds. */
export const KUSTOMIZE_VERSION = 'v5.7.1';

/** version.Info of the simulated binaries, in Go struct field order. */
function versionInfo(): Record<string, string> {
  const m = /^v(\d+)\.(\d+)/.exec(KUBERNETES_VERSION);
  return {
    major: m?.[1] ?? '1',
    minor: m?.[2] ?? '0',
    gitVersion: KUBERNETES_VERSION,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2025-12-17T00:00:00Z',
    goVersion: 'go1.25.5',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

/** `kubectl version [--client] [-o yaml|json]`. */
export function versionCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const output = str(cmd, 'output');
  if (output !== '' && output !== 'yaml' && output !== 'json')
    return out.fail(plain("--output must be 'yaml' or 'json'"));
  const client = bool(cmd, 'client');
  const v: Record<string, unknown> = { clientVersion: versionInfo(), kustomizeVersion: KUSTOMIZE_VERSION };
  if (!client) v['serverVersion'] = versionInfo();
  if (output === 'json') out.out(`${JSON.stringify(v, null, 2)}\n`);
  else if (output === 'yaml') out.out(`${goYamlMarshal(JSON.parse(JSON.stringify(v)))}\n`);
  else {
    out.out(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
    if (!client) out.out(`Server Version: ${KUBERNETES_VERSION}\n`);
  }
  return out.ok();
}
