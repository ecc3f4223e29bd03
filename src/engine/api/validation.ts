// Mirrors pkg/apis/apps/validation/validation.go (Deployment, ReplicaSet), the Deployment registry strategy's
// selector immutability (pkg/registry/apps/deployment/strategy.go) and apimachinery's ObjectMeta rules
// (pkg/api/validation/objectmeta.go). Pod spec rules live in the second half of this file.
import type {
  Deployment,
  DeploymentStatus,
  IntOrString,
  LabelSelector,
  ObjectMeta,
  Pod,
  ReplicaSet,
  ReplicaSetStatus,
} from './types';
import type { FieldError } from './fieldErrors';
import {
  GoJson,
  child,
  forbidden,
  goJson,
  invalid,
  notSupported,
  regexError,
  required,
  validateNonnegativeField,
} from './fieldErrors';
import {
  labelSelectorAsSelector,
  selectorMatches,
  validateAnnotations,
  validateLabelSelector,
  validateLabels,
} from './labels';
import { nameIsDNSLabel, nameIsDNSSubdomain } from './names';
import { validatePodSpec, validatePodTemplateSpec } from './podValidation';

/** A name rule (NameIsDNSSubdomain, NameIsDNSLabel): messages for a bad name, [] when valid. */
export type NameFn = (name: string, prefix: boolean) => string[];

/**
 * ValidateObjectMeta (create): generateName and name by `nameFn` (name missing → `metadata.name: Required
 * value: name or generateName is required`), namespace, generation ≥ 0, labels, annotations.
 */
export function validateObjectMeta(
  meta: Partial<ObjectMeta> | undefined,
  requiresNamespace: boolean,
  nameFn: NameFn,
  path = 'metadata',
): FieldError[] {
  const m = meta ?? {};
  const errs: FieldError[] = [];
  if (m.generateName)
    for (const msg of nameFn(m.generateName, true))
      errs.push(invalid(child(path, 'generateName'), m.generateName, msg));
  if (!m.name) errs.push(required(child(path, 'name'), 'name or generateName is required'));
  else for (const msg of nameFn(m.name, false)) errs.push(invalid(child(path, 'name'), m.name, msg));
  if (requiresNamespace) {
    if (!m.namespace) errs.push(required(child(path, 'namespace')));
    else
      for (const msg of nameIsDNSLabel(m.namespace, false))
        errs.push(invalid(child(path, 'namespace'), m.namespace, msg));
  } else if (m.namespace) errs.push(forbidden(child(path, 'namespace'), 'not allowed on this type'));
  errs.push(...validateNonnegativeField(m.generation ?? 0, child(path, 'generation')));
  errs.push(...validateLabels(m.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(m.annotations, child(path, 'annotations')));
  return errs;
}

/**
 * ValidateObjectMetaUpdate: generation may not decrease; name, namespace, uid and creationTimestamp are
 * immutable; labels and annotations re-validated. (The resourceVersion-required check is the store's.)
 */
export function validateObjectMetaUpdate(next: ObjectMeta, old: ObjectMeta, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if ((next.generation ?? 0) < (old.generation ?? 0))
    errs.push(invalid(child(path, 'generation'), next.generation ?? 0, 'must not be decremented'));
  for (const f of ['name', 'namespace', 'uid', 'creationTimestamp'] as const) {
    if ((next[f] ?? '') !== (old[f] ?? ''))
      errs.push(invalid(child(path, f), next[f] ?? '', 'field is immutable'));
  }
  errs.push(...validateLabels(next.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(next.annotations, child(path, 'annotations')));
  return errs;
}

// ---------------------------------------------------------------------------------------------------
// IntOrString fields of RollingUpdateDeployment

const PERCENT_RE = /^[0-9]+%$/;
const PERCENT_ERR = "a valid percent string must be a numeric string followed by an ending '%'";

/** ValidatePositiveIntOrPercent: ints ≥ 0, strings must look like `25%`. */
function validatePositiveIntOrPercent(v: IntOrString | undefined, path: string): FieldError[] {
  if (typeof v === 'string')
    return PERCENT_RE.test(v) ? [] : [invalid(path, v, regexError(PERCENT_ERR, '[0-9]+%', '1%', '93%'))];
  return validateNonnegativeField(v ?? 0, path);
}

/** getIntOrPercentValue: the number as written (`"0%"` → 0, `"5"` → 5 via Atoi, garbage → 0). */
function intOrPercentValue(v: IntOrString | undefined): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  if (PERCENT_RE.test(v)) return Number(v.slice(0, -1));
  return /^[+-]?\d+$/.test(v) ? Number(v) : 0;
}

/** Renders a v1 LabelSelector as Go's json.Marshal does (struct order matchLabels, matchExpressions). */
export function labelSelectorJson(s: LabelSelector | null | undefined): GoJson {
  if (s === null || s === undefined) return new GoJson('null');
  const parts: string[] = [];
  if (s.matchLabels && Object.keys(s.matchLabels).length > 0)
    parts.push(`"matchLabels":${goJson(s.matchLabels)}`);
  if (s.matchExpressions && s.matchExpressions.length > 0) {
    const exprs = s.matchExpressions.map((e) => {
      const vals = e.values && e.values.length > 0 ? `,"values":${goJson(e.values)}` : '';
      return `{"key":${goJson(e.key)},"operator":${goJson(e.operator)}${vals}}`;
    });
    parts.push(`"matchExpressions":[${exprs.join(',')}]`);
  }
  return new GoJson(`{${parts.join(',')}}`);
}

// ---------------------------------------------------------------------------------------------------
// Deployment

/** ValidateDeploymentStrategy (+ ValidateRollingUpdateDeployment). */
export function validateDeploymentStrategy(
  strategy: Deployment['spec']['strategy'],
  path: string,
): FieldError[] {
  const s = strategy ?? {};
  const ru = s.rollingUpdate;
  switch (s.type) {
    case 'Recreate':
      return ru
        ? [forbidden(child(path, 'rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")]
        : [];
    case 'RollingUpdate': {
      if (!ru) return [required(child(path, 'rollingUpdate'), 'this should be defaulted and never be nil')];
      const p = child(path, 'rollingUpdate');
      const errs = [
        ...validatePositiveIntOrPercent(ru.maxUnavailable, child(p, 'maxUnavailable')),
        ...validatePositiveIntOrPercent(ru.maxSurge, child(p, 'maxSurge')),
      ];
      // Compared as written: maxSurge "0%" and maxUnavailable 0 are both 0.
      if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0)
        errs.push(
          invalid(child(p, 'maxUnavailable'), ru.maxUnavailable ?? 0, 'may not be 0 when `maxSurge` is 0'),
        );
      if (
        typeof ru.maxUnavailable === 'string' &&
        PERCENT_RE.test(ru.maxUnavailable) &&
        intOrPercentValue(ru.maxUnavailable) > 100
      )
        errs.push(invalid(child(p, 'maxUnavailable'), ru.maxUnavailable, 'must not be greater than 100%'));
      return errs;
    }
    default: {
      // The internal (Go-named) struct is what gets printed.
      const ruJson = ru
        ? `{"MaxUnavailable":${goJson(ru.maxUnavailable ?? 0)},"MaxSurge":${goJson(ru.maxSurge ?? 0)}}`
        : 'null';
      const bad = new GoJson(`{"Type":${goJson(s.type ?? '')},"RollingUpdate":${ruJson}}`);
      return [notSupported(path, bad, ['Recreate', 'RollingUpdate'])];
    }
  }
}

/** The selector checks shared by Deployment and ReplicaSet specs (both say "for deployment" upstream). */
function validateSelectorAndTemplate(
  spec: { selector?: LabelSelector; template?: Deployment['spec']['template'] },
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.selector === undefined || spec.selector === null) errs.push(required(child(path, 'selector')));
  else {
    errs.push(...validateLabelSelector(spec.selector, child(path, 'selector')));
    const n =
      Object.keys(spec.selector.matchLabels ?? {}).length + (spec.selector.matchExpressions ?? []).length;
    if (n === 0)
      errs.push(
        invalid(
          child(path, 'selector'),
          labelSelectorJson(spec.selector),
          'empty selector is invalid for deployment',
        ),
      );
  }
  const sel = labelSelectorAsSelector(spec.selector);
  if (!sel.ok) {
    errs.push(invalid(child(path, 'selector'), labelSelectorJson(spec.selector), 'invalid label selector'));
    return errs;
  }
  // ValidatePodTemplateSpecForReplicaSet
  const tpath = child(path, 'template');
  const template = spec.template ?? { spec: { containers: [] } };
  const labels = template.metadata?.labels;
  const empty = !sel.value.nothing && sel.value.requirements.length === 0;
  if (!empty && !selectorMatches(sel.value, labels))
    errs.push(
      invalid(
        child(tpath, 'metadata', 'labels'),
        labels ?? null,
        '`selector` does not match template `labels`',
      ),
    );
  errs.push(...validatePodTemplateSpec(template, tpath));
  const rp = template.spec?.restartPolicy ?? '';
  if (rp !== 'Always') errs.push(notSupported(child(tpath, 'spec', 'restartPolicy'), rp, ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined && template.spec?.activeDeadlineSeconds !== null)
    errs.push(
      forbidden(
        child(tpath, 'spec', 'activeDeadlineSeconds'),
        'activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
    );
  return errs;
}

/** ValidateDeploymentSpec, in upstream order (replicas, selector, template, strategy, minReadySeconds, ...). */
export function validateDeploymentSpec(
  spec: Partial<Deployment['spec']> | undefined,
  path = 'spec',
): FieldError[] {
  const s = spec ?? {};
  const errs = [
    ...validateNonnegativeField(s.replicas ?? 0, child(path, 'replicas')),
    ...validateSelectorAndTemplate(s, path),
  ];
  errs.push(...validateDeploymentStrategy(s.strategy, child(path, 'strategy')));
  errs.push(...validateNonnegativeField(s.minReadySeconds ?? 0, child(path, 'minReadySeconds')));
  if (s.revisionHistoryLimit !== undefined && s.revisionHistoryLimit !== null)
    errs.push(...validateNonnegativeField(s.revisionHistoryLimit, child(path, 'revisionHistoryLimit')));
  if (s.progressDeadlineSeconds !== undefined && s.progressDeadlineSeconds !== null) {
    errs.push(...validateNonnegativeField(s.progressDeadlineSeconds, child(path, 'progressDeadlineSeconds')));
    if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0))
      errs.push(
        invalid(
          child(path, 'progressDeadlineSeconds'),
          s.progressDeadlineSeconds,
          'must be greater than minReadySeconds',
        ),
      );
  }
  return errs;
}

/** ValidateDeployment (create): ObjectMeta (DNS-1123 subdomain name, namespace required) then the spec. */
export function validateDeployment(d: Deployment): FieldError[] {
  return [...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain), ...validateDeploymentSpec(d.spec)];
}

/** Semantic equality of selectors (nil and empty maps/lists are equal, as in apiequality.Semantic). */
function sameSelector(a: LabelSelector | undefined, b: LabelSelector | undefined): boolean {
  return (
    labelSelectorJson(a).text.replace(/^\{\}$/, 'null') ===
    labelSelectorJson(b).text.replace(/^\{\}$/, 'null')
  );
}

/**
 * ValidateDeploymentUpdate + the apps/v1 strategy: metadata update rules, the whole spec again, and
 * `spec.selector: Invalid value: {"matchLabels":{...}}: field is immutable`.
 */
export function validateDeploymentUpdate(next: Deployment, old: Deployment): FieldError[] {
  const errs = [
    ...validateObjectMetaUpdate(next.metadata, old.metadata),
    ...validateDeploymentSpec(next.spec),
  ];
  if (!sameSelector(next.spec?.selector, old.spec?.selector))
    errs.push(invalid('spec.selector', labelSelectorJson(next.spec?.selector), 'field is immutable'));
  return errs;
}

/**
 * ValidateDeploymentStatus: every counter ≥ 0; updated/ready/available ≤ replicas; available ≤ ready;
 * collisionCount ≥ 0. Missing counters count as 0.
 */
export function validateDeploymentStatus(
  status: DeploymentStatus | undefined,
  path = 'status',
): FieldError[] {
  const s = status ?? {};
  const n = (v: number | undefined): number => v ?? 0;
  const errs: FieldError[] = [];
  for (const f of [
    'observedGeneration',
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ] as const)
    errs.push(...validateNonnegativeField(n(s[f]), child(path, f)));
  if (s.terminatingReplicas !== undefined && s.terminatingReplicas !== null)
    errs.push(...validateNonnegativeField(s.terminatingReplicas, child(path, 'terminatingReplicas')));
  if (s.collisionCount !== undefined && s.collisionCount !== null)
    errs.push(...validateNonnegativeField(s.collisionCount, child(path, 'collisionCount')));
  const msg = 'cannot be greater than status.replicas';
  for (const f of ['updatedReplicas', 'readyReplicas', 'availableReplicas'] as const)
    if (n(s[f]) > n(s.replicas)) errs.push(invalid(child(path, f), n(s[f]), msg));
  if (n(s.availableReplicas) > n(s.readyReplicas))
    errs.push(
      invalid(
        child(path, 'availableReplicas'),
        n(s.availableReplicas),
        'cannot be greater than readyReplicas',
      ),
    );
  return errs;
}

/** IsDecremented: a set collisionCount may not be unset or lowered. */
function isDecremented(next: number | undefined | null, old: number | undefined | null): boolean {
  if (old === undefined || old === null) return false;
  return next === undefined || next === null || next < old;
}

/** ValidateDeploymentStatusUpdate: metadata rules, status invariants, `status.collisionCount: ... cannot be decremented`. */
export function validateDeploymentStatusUpdate(next: Deployment, old: Deployment): FieldError[] {
  const errs = [
    ...validateObjectMetaUpdate(next.metadata, old.metadata),
    ...validateDeploymentStatus(next.status),
  ];
  if (isDecremented(next.status?.collisionCount, old.status?.collisionCount))
    errs.push(invalid('status.collisionCount', next.status?.collisionCount ?? 0, 'cannot be decremented'));
  return errs;
}

// ---------------------------------------------------------------------------------------------------
// ReplicaSet

/** ValidateReplicaSetSpec: replicas ≥ 0, minReadySeconds ≥ 0, selector and template as for Deployments. */
export function validateReplicaSetSpec(
  spec: Partial<ReplicaSet['spec']> | undefined,
  path = 'spec',
): FieldError[] {
  const s = spec ?? {};
  return [
    ...validateNonnegativeField(s.replicas ?? 0, child(path, 'replicas')),
    ...validateNonnegativeField(s.minReadySeconds ?? 0, child(path, 'minReadySeconds')),
    ...validateSelectorAndTemplate(s, path),
  ];
}

/** ValidateReplicaSet (create). */
export function validateReplicaSet(rs: ReplicaSet): FieldError[] {
  return [...validateObjectMeta(rs.metadata, true, nameIsDNSSubdomain), ...validateReplicaSetSpec(rs.spec)];
}

/** ValidateReplicaSetUpdate + the apps/v1 registry strategy: the selector is immutable for ReplicaSets too. */
export function validateReplicaSetUpdate(next: ReplicaSet, old: ReplicaSet): FieldError[] {
  const errs = [
    ...validateObjectMetaUpdate(next.metadata, old.metadata),
    ...validateReplicaSetSpec(next.spec),
  ];
  if (!sameSelector(next.spec?.selector, old.spec?.selector))
    errs.push(invalid('spec.selector', labelSelectorJson(next.spec?.selector), 'field is immutable'));
  return errs;
}

/** ValidateReplicaSetStatus: counters ≥ 0; fullyLabeled/ready/available ≤ replicas; available ≤ ready. */
export function validateReplicaSetStatus(
  status: Partial<ReplicaSetStatus> | undefined,
  path = 'status',
): FieldError[] {
  const s = status ?? {};
  const n = (v: number | undefined): number => v ?? 0;
  const errs: FieldError[] = [];
  for (const f of [
    'replicas',
    'fullyLabeledReplicas',
    'readyReplicas',
    'availableReplicas',
    'observedGeneration',
  ] as const)
    errs.push(...validateNonnegativeField(n(s[f]), child(path, f)));
  const msg = 'cannot be greater than status.replicas';
  for (const f of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'] as const)
    if (n(s[f]) > n(s.replicas)) errs.push(invalid(child(path, f), n(s[f]), msg));
  if (n(s.availableReplicas) > n(s.readyReplicas))
    errs.push(
      invalid(
        child(path, 'availableReplicas'),
        n(s.availableReplicas),
        'cannot be greater than readyReplicas',
      ),
    );
  return errs;
}

/** ValidateReplicaSetStatusUpdate. */
export function validateReplicaSetStatusUpdate(next: ReplicaSet, old: ReplicaSet): FieldError[] {
  return [...validateObjectMetaUpdate(next.metadata, old.metadata), ...validateReplicaSetStatus(next.status)];
}

// ---------------------------------------------------------------------------------------------------
// Pod (direct creates)

/** ValidatePodCreate essentials: ObjectMeta (DNS-1123 subdomain name) and the pod spec. */
export function validatePod(pod: Pod): FieldError[] {
  return [
    ...validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain),
    ...validatePodSpec(pod.spec ?? { containers: [] }, 'spec'),
  ];
}
