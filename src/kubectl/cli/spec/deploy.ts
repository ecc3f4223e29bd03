// scale and set (image, resources): flags as kubectl 1.32 declares them, help in our own words.
import { flag } from '../flagTypes';
import {
  dryRunFlag,
  editFlags,
  filenameFlags,
  printFlags,
  recordFlag,
  selectionFlags,
  timeoutFlag,
} from './commonFlags';
import type { CommandSpec } from './types';
import { unsupportedCommand } from './unsupported';

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
    ...selectionFlags(),
    ...printFlags(),
    flag('current-replicas', 'int', -1, 'Only scale if the current size is this; -1 means no condition.'),
    dryRunFlag,
    ...filenameFlags('to scale'),
    recordFlag,
    flag('replicas', 'int', 0, 'The new number of replicas (required).', { required: true }),
    flag('resource-version', 'string', '', 'Only scale if the resourceVersion matches.'),
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
  flags: [...editFlags('kubectl-set', 'to change'), ...selectionFlags()],
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
    ...editFlags('kubectl-set', 'to change'),
    ...selectionFlags(),
    flag('containers', 'string', '*', 'Containers to change, by name; wildcards such as * are allowed.', {
      shorthand: 'c',
    }),
    flag('limits', 'string', '', 'Limits as name=quantity pairs, e.g. cpu=200m,memory=512Mi.'),
    flag('requests', 'string', '', 'Requests as name=quantity pairs, e.g. cpu=100m,memory=256Mi.'),
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
