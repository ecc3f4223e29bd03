// apply, delete, edit, patch: flags as kubectl 1.32 declares them, help in our own words.
import { flag } from '../flagTypes';
import {
  allNamespacesFlag,
  dryRunFlag,
  editFlags,
  fieldManagerFlag,
  fieldSelectorFlag,
  filenameFlags,
  hiddenFlag,
  printFlags,
  recordFlag,
  selectionFlags,
  timeoutFlag,
  validateFlag,
} from './commonFlags';
import type { CommandSpec } from './types';
import { unsupportedCommand } from './unsupported';

export const applyCommand: CommandSpec = {
  name: 'apply',
  kind: 'command',
  short: 'Create or update resources from files or standard input',
  long: `Create the objects of the given files, or update existing ones to match the files.

kubectl keeps what it applied in the kubectl.kubernetes.io/last-applied-configuration annotation, so a later apply can tell which fields you removed from the file.`,
  examples: `# Apply a Deployment manifest
kubectl apply -f nginx-deployment.yaml

# Apply a manifest read from standard input
kubectl apply -f -`,
  use: 'apply (-f FILENAME | -k DIRECTORY)',
  flags: [
    ...selectionFlags(),
    ...printFlags(),
    flag('cascade', 'string', 'background', 'With --prune: background, foreground or orphan.', {
      noOptDefVal: 'background',
      hidden: true,
    }),
    dryRunFlag,
    fieldManagerFlag('kubectl-client-side-apply'),
    ...filenameFlags('to apply'),
    flag('force', 'bool', false, 'Delete and re-create objects that cannot be updated (not simulated).', {
      hidden: true,
    }),
    hiddenFlag('force-conflicts', 'bool', false),
    flag('grace-period', 'int', -1, 'With --force or --prune: seconds given to deleted objects.', {
      hidden: true,
    }),
    hiddenFlag('openapi-patch', 'bool', true),
    flag('overwrite', 'bool', true, 'Let the file win over changes made since the last apply.', {
      hidden: true,
    }),
    hiddenFlag('prune', 'bool', false),
    flag('prune-allowlist', 'stringArray', [], 'Not simulated.', { hidden: true }),
    recordFlag,
    hiddenFlag('server-side', 'bool', false),
    hiddenFlag('subresource', 'string', ''),
    timeoutFlag('With --force: how long to wait for the deletion.'),
    validateFlag,
    flag('wait', 'bool', false, 'With --prune: wait until pruned objects are gone.', { hidden: true }),
  ],
  children: [
    unsupportedCommand('edit-last-applied', 'Edit the last-applied-configuration annotation'),
    unsupportedCommand('set-last-applied', 'Set the last-applied-configuration annotation'),
    unsupportedCommand('view-last-applied', 'View the last-applied-configuration annotation'),
  ],
};

export const deleteCommand: CommandSpec = {
  name: 'delete',
  kind: 'command',
  short: 'Delete resources by name, label selector or file',
  long: `Delete the named objects, the objects matching a label selector (-l), or the objects of files (-f).

Deleting a Deployment also deletes its ReplicaSets and their Pods. Pods get their termination grace period to stop, unless --now or --grace-period says otherwise.`,
  examples: `# Delete a Deployment and everything it owns
kubectl delete deployment nginx-deployment

# Delete the objects described in a file
kubectl delete -f nginx-deployment.yaml

# Delete one Pod at once; its ReplicaSet starts a replacement
kubectl delete pod nginx-deployment-75675f5897-7ci7o --now

# Delete the Pods of an app
kubectl delete pods -l app=nginx`,
  use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  flags: [
    ...selectionFlags(),
    allNamespacesFlag,
    flag('cascade', 'string', 'background', 'How owned objects go: background, foreground or orphan.', {
      noOptDefVal: 'background',
    }),
    dryRunFlag,
    fieldSelectorFlag,
    ...filenameFlags('to delete'),
    flag('force', 'bool', false, 'With --grace-period=0: remove Pods without waiting for them to stop.'),
    flag('grace-period', 'int', -1, 'Seconds Pods get to stop; -1 uses their own setting, 0 needs --force.'),
    flag('ignore-not-found', 'bool', false, 'Succeed when the named objects do not exist.'),
    flag('interactive', 'bool', false, 'Ask before deleting (not simulated).', {
      shorthand: 'i',
      hidden: true,
    }),
    flag('now', 'bool', false, 'Give Pods one second to stop (--grace-period=1).'),
    flag('output', 'string', '', 'Output format: name prints resource/name.', { shorthand: 'o' }),
    hiddenFlag('raw', 'string', ''),
    timeoutFlag('How long to wait for the deletion; 0 picks a size-based default.'),
    flag('wait', 'bool', true, 'Wait until the objects are gone before returning.'),
  ],
};

export const editCommand: CommandSpec = {
  name: 'edit',
  kind: 'command',
  short: 'Edit a live resource in an editor',
  long: `Open a live object as YAML in an editor and send your changes back when you save.

Saving without changes does nothing; an invalid change is rejected and nothing is applied.`,
  examples: `# Edit a Deployment, e.g. its spec.template.spec.containers[0].image
kubectl edit deployment/nginx-deployment`,
  use: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [
    ...printFlags(),
    fieldManagerFlag('kubectl-edit'),
    ...filenameFlags('to edit'),
    hiddenFlag('output-patch', 'bool', false),
    recordFlag,
    flag('save-config', 'bool', false, 'Store the object in the last-applied-configuration annotation.'),
    hiddenFlag('subresource', 'string', ''),
    validateFlag,
    hiddenFlag('windows-line-endings', 'bool', false),
  ],
};

export const patchCommand: CommandSpec = {
  name: 'patch',
  kind: 'command',
  short: 'Change fields of a resource with a patch',
  long: `Change fields of a live object with a patch given inline (-p) or in a file.

The patch is a strategic merge patch unless --type says merge (JSON merge patch) or json (a list of JSON patch operations).`,
  examples: `# Set the replicas of a Deployment
kubectl patch deployment nginx-deployment -p '{"spec":{"replicas":5}}'

# Allow a bigger surge during rolling updates
kubectl patch deployment nginx-deployment -p '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":"50%"}}}}'

# Replace the first container's image with a JSON patch
kubectl patch deployment nginx-deployment --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:1.23.1"}]'`,
  use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  flags: [
    ...editFlags('kubectl-patch', 'to patch'),
    flag('patch', 'string', '', 'The patch, as JSON or YAML.', { shorthand: 'p' }),
    flag('patch-file', 'string', '', 'File holding the patch.'),
    hiddenFlag('subresource', 'string', ''),
    flag('type', 'string', 'strategic', 'Patch type: strategic, merge or json.'),
  ],
};
