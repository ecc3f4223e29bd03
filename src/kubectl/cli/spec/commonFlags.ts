// Flags shared by many kubectl commands (names, types and defaults as kubectl 1.32 declares them).
import type { FlagSpec } from '../flagTypes';
import { flag } from '../flagTypes';

/** `--record`: still accepted by mutating commands, deprecated since 1.22. */
export const recordFlag = flag(
  'record',
  'bool',
  false,
  'Record the command in the change-cause annotation.',
  {
    deprecated: '--record will be removed in the future',
  },
);

/** -f/--filename, -k/--kustomize, -R/--recursive (cli-runtime FilenameOptions). */
export function filenameFlags(what: string): FlagSpec[] {
  return [
    flag('filename', 'stringSlice', [], `Files that name the resources ${what}; '-' reads standard input.`, {
      shorthand: 'f',
    }),
    flag('kustomize', 'string', '', 'Kustomization directory (not simulated).', {
      shorthand: 'k',
      hidden: true,
    }),
    flag('recursive', 'bool', false, 'Walk directories given with -f recursively (not simulated).', {
      shorthand: 'R',
      hidden: true,
    }),
  ];
}

/** -l/--selector. */
export const selectorFlag = flag(
  'selector',
  'string',
  '',
  "Label selector to filter on, e.g. -l app=nginx or -l 'tier in (web,api)'.",
  { shorthand: 'l' },
);

/** -o/--output plus the template flags every printing command has. */
export function printFlags(formats = 'json, yaml, name, jsonpath, jsonpath-as-json'): FlagSpec[] {
  return [
    flag('output', 'string', '', `Output format: ${formats}.`, { shorthand: 'o' }),
    flag('template', 'string', '', 'Template for -o go-template (not simulated).', { hidden: true }),
    flag(
      'allow-missing-template-keys',
      'bool',
      true,
      'Print nothing instead of failing when a jsonpath field is missing.',
    ),
    flag('show-managed-fields', 'bool', false, 'Keep metadata.managedFields in JSON and YAML output.'),
  ];
}

/** --dry-run (bare `--dry-run` means the deprecated "unchanged"). */
export const dryRunFlag = flag(
  'dry-run',
  'string',
  'none',
  'One of none, client or server. client: print the result without changing anything.',
  { noOptDefVal: 'unchanged' },
);

/** --field-manager with the command's default manager name. */
export function fieldManagerFlag(manager: string): FlagSpec {
  return flag(
    'field-manager',
    'string',
    manager,
    'Name recorded as the owner of the fields this command sets.',
    {
      hidden: true,
    },
  );
}

/** --validate (bare `--validate` means "strict"). */
export const validateFlag = flag(
  'validate',
  'string',
  'strict',
  'Schema validation: strict, warn or ignore.',
  {
    noOptDefVal: 'strict',
    hidden: true,
  },
);

/** -A/--all-namespaces. */
export const allNamespacesFlag = flag('all-namespaces', 'bool', false, 'Look in every namespace.', {
  shorthand: 'A',
});

/** --field-selector (server-side field filter). */
export const fieldSelectorFlag = flag(
  'field-selector',
  'string',
  '',
  'Field selector, e.g. --field-selector status.phase=Running.',
);

/** --local: work on the given files only, never on the cluster. */
export const localFlag = flag(
  'local',
  'bool',
  false,
  'Change the objects read with -f locally; send nothing.',
  {
    hidden: true,
  },
);

/** --all for commands that act on every object of a type. */
export function allFlag(what: string): FlagSpec {
  return flag('all', 'bool', false, `Select every ${what} of the given type in the namespace.`);
}

/** --timeout for commands that wait. */
export function timeoutFlag(usage: string): FlagSpec {
  return flag('timeout', 'duration', 0, usage);
}

/** A flag kubectl has that the simulation accepts and ignores (hidden from help). */
export function hiddenFlag(
  name: string,
  type: 'string' | 'bool' | 'int64',
  def: string | boolean | number,
): FlagSpec {
  return flag(name, type, def, 'Not simulated.', { hidden: true });
}

/** --all and -l/--selector: every object of the given types, or those matching a label selector. */
export function selectionFlags(): FlagSpec[] {
  return [allFlag('object'), selectorFlag];
}

/**
 * The flags of the commands that change objects they read and print the result (patch, set image/resources,
 * label, annotate): -o and its template flags, --dry-run, --field-manager, -f/-k/-R, --local, --record.
 */
export function editFlags(manager: string, what: string): FlagSpec[] {
  return [
    ...printFlags(),
    dryRunFlag,
    fieldManagerFlag(manager),
    ...filenameFlags(what),
    localFlag,
    recordFlag,
  ];
}
