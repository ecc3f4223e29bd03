// The kubectl root command: children in the order kubectl 1.32 adds them (cobra's suggestions follow it).
import {
  annotateCommand,
  apiResourcesCommand,
  explainCommand,
  labelCommand,
  optionsCommand,
  versionCommand,
} from './settings';
import { applyCommand, deleteCommand, editCommand, patchCommand } from './advanced';
import { createCommand, describeCommand, getCommand } from './basic';
import { scaleCommand, setCommand } from './deploy';
import { rolloutCommand } from './rollout';
import type { CommandSpec } from './types';
import { UNSUPPORTED_ROOT as U } from './unsupported';

const BEGINNER = 'Basic Commands (Beginner):';
const INTERMEDIATE = 'Basic Commands (Intermediate):';
const DEPLOY = 'Deploy Commands:';
const CLUSTER = 'Cluster Management Commands:';
const TROUBLE = 'Troubleshooting and Debugging Commands:';
const ADVANCED = 'Advanced Commands:';
const SETTINGS = 'Settings Commands:';

/** Root help sections in kubectl's order; commands without a section are listed under "Other Commands:". */
export const ROOT_GROUPS = [BEGINNER, INTERMEDIATE, DEPLOY, CLUSTER, TROUBLE, ADVANCED, SETTINGS] as const;

const inGroup = (group: string, cmds: CommandSpec[]): CommandSpec[] => cmds.map((c) => ({ ...c, group }));

/** The whole tree. */
export const ROOT_COMMAND: CommandSpec = {
  name: 'kubectl',
  kind: 'builtin',
  short: 'kubectl controls the Kubernetes cluster manager',
  long: `kubectl controls the simulated Kubernetes cluster of Rollout Lab.

 It answers the commands listed below the way kubectl 1.32 does; other kubectl commands are recognised but not simulated.`,
  use: '[flags]',
  children: [
    ...inGroup(BEGINNER, [createCommand, U.expose, U.run, setCommand]),
    ...inGroup(INTERMEDIATE, [explainCommand, getCommand, editCommand, deleteCommand]),
    ...inGroup(DEPLOY, [rolloutCommand, scaleCommand, U.autoscale]),
    ...inGroup(CLUSTER, [U.certificate, U['cluster-info'], U.top, U.cordon, U.uncordon, U.drain, U.taint]),
    ...inGroup(TROUBLE, [
      describeCommand,
      U.logs,
      U.attach,
      U.exec,
      U['port-forward'],
      U.proxy,
      U.cp,
      U.auth,
      U.debug,
      U.events,
    ]),
    ...inGroup(ADVANCED, [U.diff, applyCommand, patchCommand, U.replace, U.wait, U.kustomize]),
    ...inGroup(SETTINGS, [labelCommand, annotateCommand, U.completion]),
    U.alpha,
    U.config,
    U.plugin,
    versionCommand,
    U['api-versions'],
    apiResourcesCommand,
    optionsCommand,
  ],
};
