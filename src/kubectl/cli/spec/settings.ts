// label, annotate, version, api-resources, explain, and the built-in `options` and `help`.
import { flag } from '../flagTypes';
import { allNamespacesFlag, editFlags, fieldSelectorFlag, selectionFlags } from './commonFlags';
import type { CommandSpec } from './types';

/** label's and annotate's flags (help sorts them by name). */
function metadataFlags(kind: 'label' | 'annotation') {
  const verb = kind === 'label' ? 'label' : 'annotate';
  return [
    ...editFlags(`kubectl-${verb}`, `to ${verb}`),
    ...selectionFlags(),
    allNamespacesFlag,
    fieldSelectorFlag,
    flag('list', 'bool', false, `Print the ${kind}s of the objects instead of changing them.`),
    flag('overwrite', 'bool', false, `Allow changing the value of an existing ${kind}.`),
    flag('resource-version', 'string', '', 'Only change the object if its resourceVersion matches.'),
  ];
}

export const labelCommand: CommandSpec = {
  name: 'label',
  kind: 'command',
  short: 'Add, change or remove labels',
  long: `Add, change or remove labels. KEY=VALUE sets a label, KEY- removes it; changing an existing label needs --overwrite.

A key is a name of at most 63 characters with an optional DNS prefix (example.com/name); a value is at most 63 characters.`,
  examples: `# Add a label to a Deployment
kubectl label deployment nginx-deployment tier=frontend

# Change an existing label
kubectl label deployment nginx-deployment tier=web --overwrite

# Remove a label
kubectl label deployment nginx-deployment tier-

# Label every Pod of an app
kubectl label pods -l app=nginx checked=true`,
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: metadataFlags('label'),
};

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  kind: 'command',
  short: 'Add, change or remove annotations',
  long: `Add, change or remove annotations, the free-form notes tools and people attach to objects. KEY=VALUE sets one, KEY- removes it; changing an existing value needs --overwrite.

The kubernetes.io/change-cause annotation of a Deployment is what 'kubectl rollout history' shows as CHANGE-CAUSE.`,
  examples: `# Explain the current revision in the rollout history
kubectl annotate deployment/nginx-deployment kubernetes.io/change-cause="image updated to 1.23.1"

# Remove an annotation
kubectl annotate deployment nginx-deployment description-`,
  use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: metadataFlags('annotation'),
};

export const versionCommand: CommandSpec = {
  name: 'version',
  kind: 'command',
  short: 'Print the kubectl and server versions',
  long: 'Print the version of kubectl and, unless --client is given, of the simulated API server.',
  examples: `# Print both versions
kubectl version

# Print the client version only
kubectl version --client`,
  use: 'version [flags]',
  flags: [
    flag('client', 'bool', false, 'Print the client version only.'),
    flag('output', 'string', '', 'Output format: yaml or json.', { shorthand: 'o' }),
  ],
};

export const apiResourcesCommand: CommandSpec = {
  name: 'api-resources',
  kind: 'command',
  short: 'List the resource types of the server',
  long: 'List the resource types the API server offers: name, short names, API version, whether they live in a namespace, and kind.',
  examples: `# List every resource type
kubectl api-resources

# List the resource types of the apps API group
kubectl api-resources --api-group=apps`,
  use: 'api-resources [flags]',
  flags: [
    flag('api-group', 'string', '', 'Only list resources of this API group.'),
    flag('cached', 'bool', false, 'Use the cached list.', { hidden: true }),
    flag('categories', 'stringSlice', [], 'Only list resources in these categories, e.g. all.'),
    flag('namespaced', 'bool', true, 'With false, list cluster-wide resources only.'),
    flag('no-headers', 'bool', false, 'Leave out the header line.'),
    flag('output', 'string', '', 'Output format: wide or name.', { shorthand: 'o' }),
    flag('sort-by', 'string', '', 'Sort by name or kind.'),
    flag('verbs', 'stringSlice', [], 'Only list resources that support these verbs.'),
  ],
};

export const explainCommand: CommandSpec = {
  name: 'explain',
  kind: 'command',
  short: 'Document the fields of a resource type',
  long: `Describe the fields of a resource type.

Add a field path to document one field, e.g. deployment.spec.strategy.rollingUpdate.`,
  examples: `# Document the Deployment type
kubectl explain deployment

# Document one field
kubectl explain deployment.spec.strategy`,
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  flags: [
    flag('api-version', 'string', '', 'API version of the type, e.g. apps/v1.'),
    flag('output', 'string', 'plaintext', 'Output format: plaintext or plaintext-openapiv2.', {
      shorthand: 'o',
    }),
    flag('recursive', 'bool', false, 'List every field below the given one.'),
  ],
};

export const optionsCommand: CommandSpec = {
  name: 'options',
  kind: 'builtin',
  short: 'List the flags every command accepts',
  long: 'Print the flags every command accepts.',
  examples: `# Print the global flags
kubectl options`,
  use: 'options',
};

/** cobra's `help` command (added by cobra, never suggested). */
export const helpCommand: CommandSpec = {
  name: 'help',
  kind: 'builtin',
  short: 'Show help for any command',
  long: `Show the help of any command.
Type kubectl help followed by a command path, e.g. kubectl help rollout undo.`,
  use: 'help [command] [flags]',
};
