// rollout (status, history, undo, pause, resume, restart), scale and set (image, resources).
import type { FlagSpec } from '../flagTypes';
import { flag } from '../flagTypes';
import {
  allFlag,
  dryRunFlag,
  fieldManagerFlag,
  filenameFlags,
  localFlag,
  printFlags,
  recordFlag,
  selectorFlag,
  timeoutFlag,
} from './commonFlags';
import type { CommandSpec } from './types';
import { unsupportedCommand } from './unsupported';

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

export const scaleCommand: CommandSpec = {
  name: 'scale',
  kind: 'command',
  short: 'Change the number of replicas',
  long: `Change the number of replicas of a Deployment, ReplicaSet or StatefulSet.

During a rollout, a Deployment spreads the change over its ReplicaSets in proportion to their sizes. --current-replicas makes the change conditional on the current size.`,
  examples: `# Scale a Deployment to 5 replicas
kubectl scale deployment/nginx-deployment --replicas=5

# Scale only if it has 3 replicas now
kubectl scale --current-replicas=3 --replicas=5 deployment/nginx-deployment`,
  use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  flags: [
    allFlag('object'),
    ...printFlags(),
    flag('current-replicas', 'int', -1, 'Only scale if the current size is this; -1 means no condition.'),
    dryRunFlag,
    ...filenameFlags('to scale'),
    recordFlag,
    flag('replicas', 'int', 0, 'The new number of replicas (required).', { required: true }),
    flag('resource-version', 'string', '', 'Only scale if the resourceVersion matches.'),
    selectorFlag,
    timeoutFlag('How long to wait for the new size; 0 returns at once.'),
  ],
};

const setImage: CommandSpec = {
  name: 'image',
  kind: 'command',
  short: 'Change the image of containers',
  long: `Change the image of containers in a Pod template (Deployments, ReplicaSets, DaemonSets, StatefulSets, Pods).

Give CONTAINER=IMAGE pairs; '*' stands for every container. On a Deployment a new image starts a rollout.`,
  examples: `# Roll a Deployment's nginx container to a new image
kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1

# Give every container of a Deployment the same image
kubectl set image deployment/nginx-deployment *=nginx:1.23.1

# Keep the command as the new revision's change-cause
kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1 --record`,
  use: 'set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
  flags: [
    allFlag('object'),
    ...printFlags(),
    dryRunFlag,
    fieldManagerFlag('kubectl-set'),
    ...filenameFlags('to change'),
    localFlag,
    recordFlag,
    selectorFlag,
  ],
};

const setResources: CommandSpec = {
  name: 'resources',
  kind: 'command',
  short: 'Change CPU and memory requests and limits',
  long: `Set CPU and memory requests and limits of containers in a Pod template; -c picks the containers (all by default).

On a Deployment this changes the Pod template, so it starts a rollout, or waits for 'rollout resume' if the Deployment is paused.`,
  examples: `# Limit the nginx container of a Deployment
kubectl set resources deployment nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi

# Set requests and limits for every container
kubectl set resources deployment nginx-deployment --requests=cpu=100m,memory=256Mi --limits=cpu=200m,memory=512Mi`,
  use: 'set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS]',
  flags: [
    allFlag('object'),
    ...printFlags(),
    flag('containers', 'string', '*', 'Containers to change, by name; wildcards such as * are allowed.', {
      shorthand: 'c',
    }),
    dryRunFlag,
    fieldManagerFlag('kubectl-set'),
    ...filenameFlags('to change'),
    flag('limits', 'string', '', 'Limits as name=quantity pairs, e.g. cpu=200m,memory=512Mi.'),
    localFlag,
    recordFlag,
    flag('requests', 'string', '', 'Requests as name=quantity pairs, e.g. cpu=100m,memory=256Mi.'),
    selectorFlag,
  ],
};

export const setCommand: CommandSpec = {
  name: 'set',
  kind: 'group',
  helpStream: 'stderr',
  short: 'Change images or resources of workloads',
  long: `Change one aspect of existing objects.

 These subcommands change the image or the resource requirements of the containers in a Pod template.`,
  use: 'set SUBCOMMAND',
  children: [
    unsupportedCommand('env', 'Update environment variables of a Pod template'),
    setImage,
    setResources,
    unsupportedCommand('selector', 'Set the selector of a resource'),
    unsupportedCommand('serviceaccount', 'Set the service account of a resource', ['sa']),
    unsupportedCommand('subject', 'Update the subjects of a role binding'),
  ],
};
