// Mirrors k8s.io/apiserver/pkg/endpoints/handlers/patch.go: how the API server applies a json, merge or
// strategic merge patch to the live object, decodes the result into the typed object, and which Status it
// answers for each failure. The algorithms live in ./patch/ (one file per upstream package).
import type { ApiStatus, StatusCause } from './types';
import { goQuote } from './fieldErrors';
import type { Json, JsonObject } from './patch/goJson';
import { goSprintV, isObject, jsonKind, toJson } from './patch/goJson';
import { parseGoJson } from './patch/goJsonScanner';
import { cloneMarked, encodePatched, markOrigin, newMarks } from './patch/encode';
import { jsonPatch, JsonPatchError } from './patch/jsonPatch';
import { mergePatch } from './patch/mergePatch';
import { PatchError } from './patch/patchErrors';
import { schemaForKind } from './patch/patchMeta';
import { strategicMergeMapPatch } from './patch/strategic';
import type { DecodeMode } from './patch/typed';
import { decodeTyped } from './patch/typed';

export { parsePatchText, EMPTY_PATCH_ERROR, type PatchTextResult } from './patch/patchText';

/** The three patch content types: application/strategic-merge-patch+json, merge-patch+json, json-patch+json. */
export type PatchType = 'strategic' | 'merge' | 'json';

/**
 * The Status a failed patch answers. Like ApiStatus, but upstream also answers 500 with reason "" (any error
 * that is not a Status) and 413 RequestEntityTooLarge, which ApiStatus cannot express.
 */
export interface PatchStatus {
  kind: 'Status';
  status: 'Failure';
  message: string;
  reason: ApiStatus['reason'] | 'RequestEntityTooLarge' | '';
  details?: { causes?: StatusCause[] };
  code: number;
}

/** The result of applyPatch: the new object (never the input) with the server's warnings, or the failure. */
export type PatchResult =
  { ok: true; value: unknown; warnings: string[] } | { ok: false; error: string; status: PatchStatus };

/** NewGenericServerResponse(422): the text every failed json-patch operation is reported with. */
export const GENERIC_UNPROCESSABLE = 'the server rejected our request due to an error in our request';
const MAX_JSON_PATCH_OPERATIONS = 10000;

const failure = (
  code: number,
  reason: PatchStatus['reason'],
  message: string,
  details?: PatchStatus['details'],
): PatchResult => {
  const status: PatchStatus = { kind: 'Status', status: 'Failure', message, reason, code };
  if (details !== undefined) status.details = details;
  return { ok: false, error: message, status };
};
const badRequest = (message: string): PatchResult => failure(400, 'BadRequest', message);
const unprocessable = (): PatchResult => failure(422, 'Invalid', GENERIC_UNPROCESSABLE, {});

/** errors.NewInvalid(schema.GroupKind{}, "", patch: Invalid value: <value>: <detail>). */
function invalidPatch(badValue: string, detail: string): PatchResult {
  const body = `Invalid value: ${goQuote(badValue)}: ${detail}`;
  return failure(422, 'Invalid', ` "" is invalid: patch: ${body}`, {
    causes: [{ reason: 'FieldValueInvalid', message: body, field: 'patch' }],
  });
}

function fromPatchError(e: PatchError): PatchResult {
  if (e.kind === 'BadRequest') return badRequest(e.message);
  if (e.kind === 'Unprocessable') return unprocessable();
  return failure(500, '', e.message);
}

/** The strict pre-decode of a json patch into []jsonPatchOp: the first type error, if any. */
function jsonPatchDecodeError(patch: Json): string | null {
  if (patch === null) return null;
  if (!Array.isArray(patch))
    return `json: cannot unmarshal ${jsonKind(patch)} into Go value of type []handlers.jsonPatchOp`;
  for (const op of patch) {
    if (op === null) continue;
    if (!isObject(op))
      return `json: cannot unmarshal ${jsonKind(op)} into Go value of type handlers.jsonPatchOp`;
    for (const field of ['op', 'path', 'from']) {
      const v = op[field];
      if (v !== undefined && v !== null && typeof v !== 'string')
        return `json: cannot unmarshal ${jsonKind(v)} into Go struct field jsonPatchOp.${field} of type string`;
    }
  }
  return null;
}

/** Applies the patch document; returns the patched JSON object or a failure. */
function patchDocument(
  doc: JsonObject,
  kind: string,
  patchType: PatchType,
  patch: Json,
): { doc: JsonObject; mode: DecodeMode; badValue: () => string } | PatchResult {
  if (patchType === 'strategic') {
    if (patch !== null && !isObject(patch))
      return badRequest(
        `json: cannot unmarshal ${jsonKind(patch)} into Go value of type map[string]interface {}`,
      );
    const patchMap = patch;
    try {
      const out = strategicMergeMapPatch(doc, patchMap, schemaForKind(kind));
      return {
        doc: out,
        mode: 'unstructured',
        badValue: () => (patchMap === null ? 'map[]' : goSprintV(patchMap)),
      };
    } catch (e) {
      if (e instanceof PatchError) return fromPatchError(e);
      throw e;
    }
  }
  const marks = newMarks();
  const marked = cloneMarked(doc, marks) as JsonObject;
  markOrigin(marked, marks);
  const badValue = (): string => encodePatched(marked, kind, marks);
  if (patchType === 'merge') {
    if (patch === null) return badRequest('Invalid JSON Patch');
    if (!isObject(patch))
      return badRequest(
        `error decoding patch: json: cannot unmarshal ${jsonKind(patch)} into Go value of type map[string]interface {}`,
      );
    return { doc: mergePatch(marked, patch, marks), mode: 'json', badValue };
  }
  const decodeError = jsonPatchDecodeError(patch);
  if (decodeError !== null) return badRequest(`error decoding patch: ${decodeError}`);
  const ops = (patch ?? []) as (JsonObject | null)[];
  if (ops.length > MAX_JSON_PATCH_OPERATIONS) {
    return failure(
      413,
      'RequestEntityTooLarge',
      `Request entity too large: The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${ops.length}`,
    );
  }
  try {
    return { doc: jsonPatch(marked, ops, marks), mode: 'json', badValue };
  } catch (e) {
    if (e instanceof JsonPatchError) return unprocessable();
    throw e;
  }
}

function metaOf(obj: JsonObject): JsonObject {
  return isObject(obj['metadata']) ? obj['metadata'] : {};
}

/** patcher.applyPatch's checks after decoding: namespace and name must still match the request's. */
function checkNameAndNamespace(value: JsonObject, current: JsonObject): PatchResult | null {
  const curMeta = metaOf(current);
  const reqName = typeof curMeta['name'] === 'string' ? curMeta['name'] : '';
  const reqNs = typeof curMeta['namespace'] === 'string' ? curMeta['namespace'] : '';
  if (!isObject(value['metadata'])) value['metadata'] = {};
  const meta = value['metadata'] as JsonObject;
  const ns = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
  if (ns === '' && reqNs !== '') meta['namespace'] = reqNs;
  else if (ns !== reqNs && reqNs !== '')
    return badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  const name = typeof meta['name'] === 'string' ? meta['name'] : '';
  if (name === '')
    return badRequest(
      `the name of the object (${reqName} based on URL) was undeterminable: name must be provided`,
    );
  if (name !== reqName)
    return badRequest(`the name of the object (${name}) does not match the name on the URL (${reqName})`);
  return null;
}

/**
 * applyPatch: the object the API server would store after applying `patch` (already parsed, or a string:
 * the raw request body, parsed here with Go's JSON errors) to `current`. Never mutates its inputs. Unknown
 * fields are dropped with `unknown field "<path>"` warnings (fieldValidation=Warn, kubectl patch's default).
 * Failures carry the exact Status: 400 for undecodable patches, 422 (generic text) for failed json-patch
 * operations, 422 `patch: Invalid value` when the result does not decode, 500 for other merge errors.
 */
export function applyPatch(current: unknown, patchType: PatchType, patch: unknown): PatchResult {
  const cur = toJson(current);
  if (!isObject(cur)) return failure(500, '', 'the live object is not a JSON object');
  let patchValue: Json;
  if (typeof patch === 'string') {
    const parsed = parseGoJson(patch);
    if (!parsed.ok)
      return badRequest(patchType === 'strategic' ? parsed.error : `error decoding patch: ${parsed.error}`);
    patchValue = parsed.value;
  } else patchValue = toJson(patch);
  const kind = typeof cur['kind'] === 'string' ? cur['kind'] : '';
  const applied = patchDocument(toJson(cur) as JsonObject, kind, patchType, patchValue);
  if ('ok' in applied) return applied;
  const doc = applied.doc;
  // The typed object keeps its own kind and apiVersion (the decoder defaults missing ones from it).
  for (const key of ['kind', 'apiVersion'] as const) {
    if (applied.mode === 'unstructured' || doc[key] === undefined || doc[key] === null) {
      if (cur[key] === undefined) delete doc[key];
      else doc[key] = cur[key] as Json;
    } else if (doc[key] !== cur[key]) {
      const version = typeof cur['apiVersion'] === 'string' ? cur['apiVersion'] : '';
      return invalidPatch(
        applied.badValue(),
        `no kind ${goQuote(String(doc['kind']))} is registered for version ${goQuote(String(doc['apiVersion'] ?? version))} in scheme "pkg/api/legacyscheme/scheme.go:30"`,
      );
    }
  }
  const decoded = decodeTyped(kind, doc, applied.mode);
  if (!decoded.ok) return invalidPatch(applied.badValue(), decoded.error);
  const checked = checkNameAndNamespace(decoded.value, cur);
  if (checked !== null) return checked;
  return { ok: true, value: decoded.value, warnings: decoded.warnings };
}
