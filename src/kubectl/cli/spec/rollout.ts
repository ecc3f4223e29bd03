// rollout and its subcommands: status, history, undo, pause, resume, restart.
import type { FlagSpec } from '../flagTypes';
import { flag } from '../flagTypes';
import {
  dryRunFlag,
  fieldManagerFlag,
  filenameFlags,
  printFlags,
  selectorFlag,
  timeoutFlag,
} from './commonFlags';
import type { CommandSpec } from './types';

const rolloutTarget = 'rollout (TYPE NAME | TYPE/NAME) [flags]';
const pauseLikeFlags = (): FlagSpec[] => [
  ...printFlags(),
  fieldManagerFlag('kubectl-rollout'),
  ...filenameFlags('to change'),
  selectorFlag,
];

const rolloutStatus: CommandSpec = {
  name: 'status',
  kind: 'command',
  short: 'Follow a rollout until it finishes',
  long: `Follow the latest rollout until it finishes, printing a line whenever its progress changes. With --watch=false, print the current state once and exit.

If a newer rollout starts while you watch, the watch follows it; with --revision=N the command fails instead when the running revision is not N.`,
  examples: `# Watch a Deployment until its rollout completes
kubectl rollout status deployment/nginx-deployment

# Print the current state once
kubectl rollout status deployment/nginx-deployment --watch=false

# Give up after two minutes
kubectl rollout status deployment/nginx-deployment --timeout=2m`,
  use: rolloutTarget.replace('rollout', 'rollout status'),
  flags: [
    ...filenameFlags('to watch'),
    flag('revision', 'int64', 0, 'Only accept this revision; 0 follows the latest.'),
    selectorFlag,
    timeoutFlag('Stop waiting after this long (e.g. 30s, 2m); 0 waits forever.'),
    flag('watch', 'bool', true, 'Keep watching until the rollout is done.', { shorthand: 'w' }),
  ],
};

const rolloutHistory: CommandSpec = {
  name: 'history',
  kind: 'command',
  short: 'List the revisions of a resource',
  long: `List the revisions of a Deployment, DaemonSet or StatefulSet with the change-cause of each.

With --revision=N, show the Pod template of revision N instead.`,
  examples: `# List the revisions of a Deployment
kubectl rollout history deployment/nginx-deployment

# Show the Pod template of revision 3
kubectl rollout history deployment/nginx-deployment --revision=3`,
  use: rolloutTarget.replace('rollout', 'rollout history'),
  flags: [
    ...printFlags(),
    ...filenameFlags('to show'),
    flag('revision', 'int64', 0, 'Show the Pod template of this revision.'),
    selectorFlag,
  ],
};

const rolloutUndo: CommandSpec = {
  name: 'undo',
  kind: 'command',
  short: 'Go back to an earlier revision',
  long: `Go back to the previous revision, or to the one named with --to-revision.

The old Pod template is copied into the Deployment, which starts a new rollout; the restored revision gets the next revision number.`,
  examples: `# Roll back to the previous revision
kubectl rollout undo deployment/nginx-deployment

# Roll back to revision 2
kubectl rollout undo deployment/nginx-deployment --to-revision=2

# Show the template that would be restored, changing nothing
kubectl rollout undo deployment/nginx-deployment --to-revision=2 --dry-run=client`,
  use: rolloutTarget.replace('rollout', 'rollout undo'),
  flags: [
    ...printFlags(),
    dryRunFlag,
    ...filenameFlags('to roll back'),
    selectorFlag,
    flag('to-revision', 'int64', 0, 'Revision to go back to; 0 means the previous one.'),
  ],
};

const rolloutPause: CommandSpec = {
  name: 'pause',
  kind: 'command',
  short: 'Pause the rollouts of a Deployment',
  long: `Pause a Deployment. While it is paused, changes to its Pod template are kept but start no rollout; resuming rolls them all out at once.

Only Deployments can be paused.`,
  examples: `# Pause, make several changes, then roll them out together
kubectl rollout pause deployment/nginx-deployment
kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1
kubectl set resources deployment nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi
kubectl rollout resume deployment/nginx-deployment`,
  use: 'rollout pause RESOURCE',
  flags: pauseLikeFlags(),
};

const rolloutResume: CommandSpec = {
  name: 'resume',
  kind: 'command',
  short: 'Resume the rollouts of a paused Deployment',
  long: 'Resume a paused Deployment. If its Pod template changed while it was paused, a rollout starts now.',
  examples: `# Resume a paused Deployment
kubectl rollout resume deployment/nginx-deployment`,
  use: 'rollout resume RESOURCE',
  flags: pauseLikeFlags(),
};

const rolloutRestart: CommandSpec = {
  name: 'restart',
  kind: 'command',
  short: 'Replace all Pods with new ones',
  long: `Replace all Pods of a Deployment, DaemonSet or StatefulSet through a normal rolling update.

The Pod template is stamped with the current time (annotation kubectl.kubernetes.io/restartedAt), which makes it a new revision.`,
  examples: `# Restart the Pods of a Deployment
kubectl rollout restart deployment/nginx-deployment

# Restart every Deployment labelled app=nginx
kubectl rollout restart deployment -l app=nginx`,
  use: 'rollout restart RESOURCE',
  flags: pauseLikeFlags(),
};

export const rolloutCommand: CommandSpec = {
  name: 'rollout',
  kind: 'group',
  helpStream: 'stdout',
  short: 'Follow, pause, resume, restart or undo rollouts',
  long: `Manage rollouts: follow one, list revisions, pause and resume, restart the Pods, or go back to an earlier revision.

 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
  examples: `# Follow a Deployment's rollout
kubectl rollout status deployment/nginx-deployment

# Go back to the previous revision
kubectl rollout undo deployment/nginx-deployment`,
  use: 'rollout SUBCOMMAND',
  children: [rolloutHistory, rolloutPause, rolloutRestart, rolloutResume, rolloutStatus, rolloutUndo],
};
