// Real kubectl commands that Rollout Lab does not simulate: known to the parser (for suggestions and a clear
// answer), never executed.
import type { CommandSpec } from './types';

/** A real kubectl command the simulation does not offer. */
export function unsupportedCommand(name: string, short: string, aliases?: readonly string[]): CommandSpec {
  return { name, kind: 'unsupported', short, ...(aliases ? { aliases } : {}) };
}

/** kubectl 1.32 root commands outside the simulation, by the group kubectl lists them in. */
export const UNSUPPORTED_ROOT = {
  expose: unsupportedCommand('expose', 'Publish a workload as a new Service'),
  run: unsupportedCommand('run', 'Start a Pod that runs an image'),
  autoscale: unsupportedCommand('autoscale', 'Add a horizontal Pod autoscaler to a workload'),
  certificate: unsupportedCommand('certificate', 'Approve or deny certificate signing requests'),
  'cluster-info': unsupportedCommand('cluster-info', 'Show the addresses of the control plane'),
  top: unsupportedCommand('top', 'Show CPU and memory usage'),
  cordon: unsupportedCommand('cordon', 'Stop scheduling new Pods onto a node'),
  uncordon: unsupportedCommand('uncordon', 'Allow scheduling onto a node again'),
  drain: unsupportedCommand('drain', 'Evict the Pods of a node before maintenance'),
  taint: unsupportedCommand('taint', 'Change the taints of nodes'),
  logs: unsupportedCommand('logs', "Print a container's logs"),
  attach: unsupportedCommand('attach', 'Attach to a running container'),
  exec: unsupportedCommand('exec', 'Run a command inside a container'),
  'port-forward': unsupportedCommand('port-forward', 'Forward local ports to a Pod'),
  proxy: unsupportedCommand('proxy', 'Run a local proxy to the API server'),
  cp: unsupportedCommand('cp', 'Copy files to and from containers'),
  auth: unsupportedCommand('auth', 'Check what you are allowed to do'),
  debug: unsupportedCommand('debug', 'Start a debugging session for a workload or node'),
  events: unsupportedCommand('events', 'List events'),
  diff: unsupportedCommand('diff', 'Compare live objects with files'),
  replace: unsupportedCommand('replace', 'Replace resources with the content of files'),
  wait: unsupportedCommand('wait', 'Wait until resources meet a condition'),
  kustomize: unsupportedCommand('kustomize', 'Build a kustomization directory'),
  completion: unsupportedCommand('completion', 'Print shell completion code'),
  alpha: { ...unsupportedCommand('alpha', 'Commands for features in alpha'), hidden: true },
  config: unsupportedCommand('config', 'Change kubeconfig files'),
  plugin: unsupportedCommand('plugin', 'List and manage kubectl plugins'),
  'api-versions': unsupportedCommand('api-versions', 'List the API versions the server offers'),
} satisfies Record<string, CommandSpec>;
