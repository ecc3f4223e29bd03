// get, describe, create: flags as kubectl 1.32 declares them, help in our own words.
import { flag } from '../flagTypes';
import {
  allNamespacesFlag,
  dryRunFlag,
  fieldManagerFlag,
  fieldSelectorFlag,
  filenameFlags,
  hiddenFlag,
  printFlags,
  recordFlag,
  selectorFlag,
  validateFlag,
} from './commonFlags';
import type { CommandSpec } from './types';
import { unsupportedCommand } from './unsupported';

export const getCommand: CommandSpec = {
  name: 'get',
  kind: 'command',
  short: 'List one or more resources',
  long: `List resources as a table, or print them in another format.

Name a resource type (deployments, rs, pods, ...) and optionally some names, or filter with a label selector (-l). Use -o wide for extra columns, -o yaml or -o json for whole objects, -o jsonpath=... to pick fields, and -w to keep printing changes as they happen.

Use "kubectl api-resources" for the list of resource types.`,
  examples: `# List the Deployments of the current namespace
kubectl get deployments

# List ReplicaSets and Pods with their labels
kubectl get rs,pods --show-labels

# Watch the Pods of an app change during a rollout
kubectl get pods -l app=nginx -w

# Print the images of a Deployment's containers
kubectl get deployment nginx-deployment -o jsonpath='{.spec.template.spec.containers[*].image}'

# Show a Deployment as YAML
kubectl get deployment/nginx-deployment -o yaml`,
  use: 'get [(-o|--output=)json|yaml|name|jsonpath|jsonpath-as-json|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  flags: [
    allNamespacesFlag,
    ...printFlags('json, yaml, name, wide, jsonpath, jsonpath-as-json, custom-columns'),
    hiddenFlag('chunk-size', 'int64', 500),
    fieldSelectorFlag,
    ...filenameFlags('to list'),
    flag(
      'ignore-not-found',
      'bool',
      false,
      'Print nothing, and succeed, when the named objects do not exist.',
    ),
    flag('label-columns', 'stringSlice', [], 'Add a column with the value of each of these labels.', {
      shorthand: 'L',
    }),
    flag('no-headers', 'bool', false, 'Leave out the header line of tables.'),
    flag(
      'output-watch-events',
      'bool',
      false,
      'With --watch, print the kind of each change (ADDED, MODIFIED, ...).',
    ),
    hiddenFlag('raw', 'string', ''),
    selectorFlag,
    hiddenFlag('server-print', 'bool', true),
    flag('show-kind', 'bool', false, 'Prefix names with their resource type.'),
    flag('show-labels', 'bool', false, 'Add a LABELS column.'),
    flag('sort-by', 'string', '', "Sort rows by a JSONPath field, e.g. '{.metadata.creationTimestamp}'."),
    hiddenFlag('subresource', 'string', ''),
    flag('watch', 'bool', false, 'After listing, keep printing the objects whenever they change.', {
      shorthand: 'w',
    }),
    flag('watch-only', 'bool', false, 'Print only the changes, without the initial list.'),
  ],
};

export const describeCommand: CommandSpec = {
  name: 'describe',
  kind: 'command',
  short: 'Show a detailed report of resources',
  long: `Print a detailed, readable report of the selected objects, with related objects and recent events.

Select by type and name (or name prefix), by TYPE/NAME, by label selector, or with -f files.`,
  examples: `# Describe a Deployment: strategy, conditions, ReplicaSets and events
kubectl describe deployment/nginx-deployment

# Describe every Deployment of the namespace
kubectl describe deployments

# Describe the Pods of an app
kubectl describe pods -l app=nginx`,
  use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  flags: [
    allNamespacesFlag,
    hiddenFlag('chunk-size', 'int64', 500),
    ...filenameFlags('to describe'),
    selectorFlag,
    flag('show-events', 'bool', true, 'Include the events that concern the object.'),
  ],
};

const createDeploymentCommand: CommandSpec = {
  name: 'deployment',
  aliases: ['deploy'],
  kind: 'command',
  short: 'Create a Deployment with the given name',
  long: 'Create a Deployment that runs the given image. Each --image becomes one container, named after its image.',
  examples: `# Create a Deployment with 3 replicas of nginx
kubectl create deployment nginx-deployment --image=nginx:1.14.2 --replicas=3

# Also declare container port 80
kubectl create deployment web --image=nginx:1.14.2 --port=80`,
  use: 'create deployment NAME --image=image -- [COMMAND] [args...]',
  flags: [
    ...printFlags(),
    dryRunFlag,
    fieldManagerFlag('kubectl-create'),
    flag('image', 'stringSlice', [], 'Image of a container (repeat for several containers).', {
      required: true,
    }),
    flag('port', 'int32', -1, 'Container port to declare.'),
    flag('replicas', 'int32', 1, 'Number of replicas.', { shorthand: 'r' }),
    flag('save-config', 'bool', false, 'Store the object in the last-applied-configuration annotation.'),
    validateFlag,
  ],
};

export const createCommand: CommandSpec = {
  name: 'create',
  kind: 'command',
  short: 'Create resources from files or standard input',
  long: `Create the objects described in YAML or JSON files, or on standard input.

Creating an object that already exists fails; 'kubectl apply' creates or updates.`,
  examples: `# Create the Deployment described in a file
kubectl create -f nginx-deployment.yaml

# Create it and record the command as the first revision's change-cause
kubectl create -f nginx-deployment.yaml --record`,
  use: 'create -f FILENAME',
  flags: [
    ...printFlags(),
    dryRunFlag,
    flag('edit', 'bool', false, 'Edit the object before creating it (not simulated).', { hidden: true }),
    fieldManagerFlag('kubectl-create'),
    ...filenameFlags('to create'),
    hiddenFlag('raw', 'string', ''),
    recordFlag,
    flag('save-config', 'bool', false, 'Store the object in the last-applied-configuration annotation.'),
    selectorFlag,
    validateFlag,
    hiddenFlag('windows-line-endings', 'bool', false),
  ],
  children: [
    unsupportedCommand('clusterrole', 'Create a cluster role'),
    unsupportedCommand('clusterrolebinding', 'Create a cluster role binding'),
    unsupportedCommand('configmap', 'Create a config map', ['cm']),
    unsupportedCommand('cronjob', 'Create a cron job', ['cj']),
    createDeploymentCommand,
    unsupportedCommand('ingress', 'Create an ingress', ['ing']),
    unsupportedCommand('job', 'Create a job'),
    unsupportedCommand('namespace', 'Create a namespace', ['ns']),
    unsupportedCommand('poddisruptionbudget', 'Create a pod disruption budget', ['pdb']),
    unsupportedCommand('priorityclass', 'Create a priority class', ['pc']),
    unsupportedCommand('quota', 'Create a resource quota', ['resourcequota']),
    unsupportedCommand('role', 'Create a role'),
    unsupportedCommand('rolebinding', 'Create a role binding'),
    unsupportedCommand('secret', 'Create a secret'),
    unsupportedCommand('service', 'Create a service', ['svc']),
    unsupportedCommand('serviceaccount', 'Create a service account', ['sa']),
    unsupportedCommand('token', 'Request a service account token'),
  ],
};
