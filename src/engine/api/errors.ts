// Mirrors k8s.io/apimachinery/pkg/api/errors (NewNotFound, NewAlreadyExists, NewInvalid, NewConflict, ...):
// the metav1.Status objects a failed request returns, with upstream's exact messages.
import type { ApiStatus, Kind } from './types';
import type { FieldError } from './fieldErrors';
import { aggregateFieldErrors, fieldErrorBody, goQuote } from './fieldErrors';
import { groupKindString, groupResourceString, resourceForKind } from './names';

/** Splits `deployments.apps` into resource `deployments` and group `apps` (`pods` → group ''). */
function splitGroupResource(groupResource: string): { resource: string; group: string } {
  const dot = groupResource.indexOf('.');
  return dot < 0
    ? { resource: groupResource, group: '' }
    : { resource: groupResource.slice(0, dot), group: groupResource.slice(dot + 1) };
}

/** StatusDetails for a group/resource/name (Go omits an empty group). */
function details(groupResource: string, name?: string): NonNullable<ApiStatus['details']> {
  const { resource, group } = splitGroupResource(groupResource);
  const d: NonNullable<ApiStatus['details']> = { kind: resource };
  if (name !== undefined && name !== '') d.name = name;
  if (group !== '') d.group = group;
  return d;
}

/** Accepts a kind (`Deployment`) or a group-resource string (`deployments.apps`). */
function gr(kindOrGroupResource: Kind | string): string {
  return ['Deployment', 'ReplicaSet', 'Pod', 'Node', 'Event'].includes(kindOrGroupResource)
    ? groupResourceString(kindOrGroupResource as Kind)
    : kindOrGroupResource;
}

/** NewNotFound: 404, `deployments.apps "x" not found`. */
export function notFoundStatus(groupResource: Kind | string, name: string): ApiStatus {
  const g = gr(groupResource);
  return {
    kind: 'Status',
    status: 'Failure',
    message: `${g} ${goQuote(name)} not found`,
    reason: 'NotFound',
    details: details(g, name),
    code: 404,
  };
}

/** NewAlreadyExists: 409, `deployments.apps "x" already exists`. */
export function alreadyExistsStatus(groupResource: Kind | string, name: string): ApiStatus {
  const g = gr(groupResource);
  return {
    kind: 'Status',
    status: 'Failure',
    message: `${g} ${goQuote(name)} already exists`,
    reason: 'AlreadyExists',
    details: details(g, name),
    code: 409,
  };
}

/** The optimistic-concurrency failure text the registry wraps into NewConflict. */
export const OBJECT_MODIFIED_ERROR =
  'the object has been modified; please apply your changes to the latest version and try again';

/**
 * NewConflict: 409, `Operation cannot be fulfilled on deployments.apps "x": the object has been modified;
 * please apply your changes to the latest version and try again`.
 */
export function conflictStatus(
  groupResource: Kind | string,
  name: string,
  err = OBJECT_MODIFIED_ERROR,
): ApiStatus {
  const g = gr(groupResource);
  return {
    kind: 'Status',
    status: 'Failure',
    message: `Operation cannot be fulfilled on ${g} ${goQuote(name)}: ${err}`,
    reason: 'Conflict',
    details: details(g, name),
    code: 409,
  };
}

/**
 * NewInvalid: 422, `Deployment.apps "x" is invalid: <errors>` where one error prints alone and several as
 * `[e1, e2]` (duplicates dropped). details.causes lists every error: reason = field error type, message =
 * the body without the field (`Invalid value: -1: must be greater than or equal to 0`), field = the path.
 */
export function invalidStatus(kind: Kind, name: string, errs: readonly FieldError[]): ApiStatus {
  const r = resourceForKind(kind);
  const agg = aggregateFieldErrors(errs);
  const gk = groupKindString(kind);
  const d: NonNullable<ApiStatus['details']> = {
    name,
    kind: r.kind,
    causes: errs.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field })),
  };
  if (r.group !== '') d.group = r.group;
  return {
    kind: 'Status',
    status: 'Failure',
    message: agg === '' ? `${gk} ${goQuote(name)} is invalid` : `${gk} ${goQuote(name)} is invalid: ${agg}`,
    reason: 'Invalid',
    details: d,
    code: 422,
  };
}

/** NewBadRequest: 400 with the given message. */
export function badRequestStatus(message: string): ApiStatus {
  return { kind: 'Status', status: 'Failure', message, reason: 'BadRequest', code: 400 };
}

/**
 * The decode failure of a request body (e.g. a bad resource quantity), a BadRequest:
 * `Deployment in version "v1" cannot be handled as a Deployment: quantities must match the regular expression ...`.
 */
export function cannotBeHandledStatus(kind: Kind, err: string): ApiStatus {
  const version = resourceForKind(kind).version;
  return badRequestStatus(`${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: ${err}`);
}

/** NewForbidden: 403, `pods "x" is forbidden: <reason>` (`pods is forbidden: ...` without a name). */
export function forbiddenStatus(groupResource: Kind | string, name: string, err: string): ApiStatus {
  const g = gr(groupResource);
  return {
    kind: 'Status',
    status: 'Failure',
    message: name === '' ? `${g} is forbidden: ${err}` : `${g} ${goQuote(name)} is forbidden: ${err}`,
    reason: 'Forbidden',
    details: details(g, name),
    code: 403,
  };
}

/** NewMethodNotSupported: 405, `<action> is not supported on resources of kind "events"`. */
export function methodNotSupportedStatus(groupResource: Kind | string, action: string): ApiStatus {
  const g = gr(groupResource);
  return {
    kind: 'Status',
    status: 'Failure',
    message: `${action} is not supported on resources of kind ${goQuote(g)}`,
    reason: 'MethodNotAllowed',
    details: details(g),
    code: 405,
  };
}
