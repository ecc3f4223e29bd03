// Which implementation runs for each command path of the parsed command line.
import { apiResourcesCommand } from './apiResources';
import { annotateCommand } from './annotate';
import { applyCommand } from './apply';
import { createCommand } from './create';
import { createDeploymentCommand } from './createDeployment';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { editCommand } from './edit';
import { explainCommand } from './explain';
import { getCommand } from './get';
import { labelCommand } from './label';
import { patchCommand } from './patch';
import { rolloutHistory } from './rolloutHistory';
import { rolloutPause, rolloutResume } from './rolloutPause';
import { rolloutRestart } from './rolloutRestart';
import { rolloutStatus } from './rolloutStatus';
import { rolloutUndo } from './rolloutUndo';
import { scaleCommand } from './scale';
import { setImageCommand } from './setImage';
import { setResourcesCommand } from './setResources';
import type { CommandHandler } from './types';
import { versionCommand } from './version';

/** Command path (space-joined, e.g. `rollout status`) → implementation. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  get: getCommand,
  describe: describeCommand,
  create: createCommand,
  'create deployment': createDeploymentCommand,
  apply: applyCommand,
  delete: deleteCommand,
  edit: editCommand,
  patch: patchCommand,
  label: labelCommand,
  annotate: annotateCommand,
  scale: scaleCommand,
  'set image': setImageCommand,
  'set resources': setResourcesCommand,
  'rollout status': rolloutStatus,
  'rollout history': rolloutHistory,
  'rollout undo': rolloutUndo,
  'rollout pause': rolloutPause,
  'rollout resume': rolloutResume,
  'rollout restart': rolloutRestart,
  version: versionCommand,
  'api-resources': apiResourcesCommand,
  explain: explainCommand,
};

/** Flags that parse but whose feature the simulation does not have: using them is an error, not a silent no-op. */
export const UNSIMULATED_FLAGS: ReadonlySet<string> = new Set([
  'kustomize',
  'raw',
  'server-side',
  'prune',
  'subresource',
  'local',
  'edit',
]);
