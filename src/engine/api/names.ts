// Mirrors the API discovery data kubectl resolves resource arguments against (kind → resource, short names,
// singular), and apimachinery's name and key rules: pkg/util/validation (IsDNS1123Subdomain, IsDNS1123Label,
// IsQualifiedName, IsValidLabelValue), pkg/api/validation (NameIsDNSSubdomain, ValidateAnnotations) and
// metav1/validation (ValidateLabels, ValidateLabelSelector).
import type { Kind, LabelSelector } from './types';
import type { FieldError } from './fieldErrors';
import {
  child,
  emptyError,
  forbidden,
  index,
  invalid,
  maxLenError,
  regexError,
  required,
  tooLong,
} from './fieldErrors';

/** One served resource, as discovery describes it. */
export interface ResourceInfo {
  kind: Kind;
  /** plural resource name, e.g. `deployments` */
  resource: string;
  /** '' for the core group */
  group: string;
  version: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
}

/** The resources the simulated API server serves. */
export const RESOURCES: readonly ResourceInfo[] = [
  {
    kind: 'Deployment',
    resource: 'deployments',
    group: 'apps',
    version: 'v1',
    singular: 'deployment',
    shortNames: ['deploy'],
    namespaced: true,
  },
  {
    kind: 'ReplicaSet',
    resource: 'replicasets',
    group: 'apps',
    version: 'v1',
    singular: 'replicaset',
    shortNames: ['rs'],
    namespaced: true,
  },
  {
    kind: 'Pod',
    resource: 'pods',
    group: '',
    version: 'v1',
    singular: 'pod',
    shortNames: ['po'],
    namespaced: true,
  },
  {
    kind: 'Node',
    resource: 'nodes',
    group: '',
    version: 'v1',
    singular: 'node',
    shortNames: ['no'],
    namespaced: false,
  },
  {
    kind: 'Event',
    resource: 'events',
    group: '',
    version: 'v1',
    singular: 'event',
    shortNames: ['ev'],
    namespaced: true,
  },
];

/** The resource entry of a kind. */
export function resourceForKind(kind: Kind): ResourceInfo {
  const r = RESOURCES.find((x) => x.kind === kind);
  if (!r) throw new Error(`no resource for kind ${kind}`);
  return r;
}

/** schema.GroupResource.String(): `deployments.apps`, `pods`. */
export function groupResourceString(kind: Kind): string {
  const r = resourceForKind(kind);
  return r.group === '' ? r.resource : `${r.resource}.${r.group}`;
}

/** schema.GroupKind.String(): `Deployment.apps`, `Pod`. */
export function groupKindString(kind: Kind): string {
  const r = resourceForKind(kind);
  return r.group === '' ? r.kind : `${r.kind}.${r.group}`;
}

/** The apiVersion field of a kind: `apps/v1`, `v1`. */
export function apiVersionForKind(kind: Kind): string {
  const r = resourceForKind(kind);
  return r.group === '' ? r.version : `${r.group}/${r.version}`;
}

/**
 * Resolves a kubectl resource argument the way kubectl's REST mapper does: plural, singular, short name or
 * kind (case-insensitive), optionally qualified by group (`deployments.apps`) or version and group
 * (`deployments.v1.apps`). Returns undefined for an unknown type (kubectl then prints
 * `error: the server doesn't have a resource type "<arg>"`).
 */
export function resolveResource(arg: string): ResourceInfo | undefined {
  const lower = arg.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const qualifier = dot < 0 ? undefined : lower.slice(dot + 1);
  return RESOURCES.find((r) => {
    const names = [r.resource, r.singular, r.kind.toLowerCase(), ...r.shortNames];
    if (!names.includes(name)) return false;
    if (qualifier === undefined) return true;
    return (
      qualifier === r.group ||
      qualifier === `${r.version}.${r.group}` ||
      (r.group === '' && qualifier === r.version)
    );
  });
}

/** kubectl's message for an unknown resource type. */
export const unknownResourceMessage = (arg: string): string =>
  `the server doesn't have a resource type "${arg}"`;

// ---------------------------------------------------------------------------------------------------
// Name validation

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

/** IsDNS1123Subdomain: messages for a bad name (max 253 characters), [] when valid. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(value))
    errs.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

/** IsDNS1123Label: messages for a bad label (max 63 characters, no dots), [] when valid. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!DNS1123_LABEL_RE.test(value)) {
    if (DNS1123_SUBDOMAIN_RE.test(value)) errs.push('must not contain dots');
    else errs.push(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

/** Replaces a trailing '-' by 'a' so a generateName prefix such as `web-` validates (maskTrailingDash). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** NameIsDNSSubdomain(name, prefix): the rule for Deployment, ReplicaSet and Pod names. */
export function nameIsDNSSubdomain(name: string, prefix: boolean): string[] {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}

/** NameIsDNSLabel(name, prefix): the rule for namespace names. */
export function nameIsDNSLabel(name: string, prefix: boolean): string[] {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}

// ---------------------------------------------------------------------------------------------------
// Label keys and values

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);

/** IsQualifiedName (label keys, annotation keys): `[prefix/]name`; messages as upstream, [] when valid. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] as string;
  } else if (parts.length === 2) {
    const prefix = parts[0] as string;
    name = parts[1] as string;
    if (prefix.length === 0) errs.push(`prefix part ${emptyError()}`);
    else for (const m of isDNS1123Subdomain(prefix)) errs.push(`prefix part ${m}`);
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push(`name part ${emptyError()}`);
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME_RE.test(name))
    errs.push(
      `name part ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`,
    );
  return errs;
}

/** IsValidLabelValue: at most 63 characters, alphanumeric ends; '' is valid. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(value))
    errs.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** ValidateLabels (keys in sorted order, for a deterministic message; Go iterates its map randomly). */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const k of Object.keys(labels ?? {}).sort()) {
    for (const m of isQualifiedName(k)) errs.push(invalid(path, k, m));
    for (const m of isValidLabelValue((labels as Record<string, string>)[k] as string))
      errs.push(invalid(path, (labels as Record<string, string>)[k], m));
  }
  return errs;
}

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** ValidateAnnotations: keys must be qualified names (case-insensitive); total size at most 256 KiB. */
export function validateAnnotations(
  annotations: Record<string, string> | undefined,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const k of Object.keys(annotations ?? {}).sort()) {
    for (const m of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, m));
    size += k.length + ((annotations as Record<string, string>)[k] as string).length;
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/** metav1 validation ValidateLabelSelector (strict values, as for Deployments and ReplicaSets). */
export function validateLabelSelector(ps: LabelSelector | null | undefined, path: string): FieldError[] {
  if (ps === null || ps === undefined) return [];
  const errs = validateLabels(ps.matchLabels, child(path, 'matchLabels'));
  (ps.matchExpressions ?? []).forEach((sr, i) => {
    const p = index(child(path, 'matchExpressions'), i);
    const values = sr.values ?? [];
    switch (sr.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0)
          errs.push(required(child(p, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0)
          errs.push(
            forbidden(
              child(p, 'values'),
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        break;
      default:
        errs.push(invalid(child(p, 'operator'), sr.operator, 'not a valid selector operator'));
    }
    for (const m of isQualifiedName(sr.key)) errs.push(invalid(child(p, 'key'), sr.key, m));
    values.forEach((v, vi) => {
      for (const m of isValidLabelValue(v)) errs.push(invalid(index(child(p, 'values'), vi), v, m));
    });
  });
  return errs;
}
