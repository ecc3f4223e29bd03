// Creating objects read with -f, as `kubectl create -f` and the create branch of `kubectl apply -f` do: the
// namespace the builder assigns, decoding the body as the API server would (--validate), and the create
// request, with errors named after their file. Mirrors kubectl pkg/cmd/create/create.go (RunCreate) and
// pkg/cmd/apply/apply.go (applyOneObject, object not found).
import type { KubeObject } from '../../engine/index';
import type { JsonObject } from '../../engine/api/patch/goJson';
import type { Fetched } from './api';
import type { FieldValidation } from './decode';
import { decodeForWrite, fieldValidation } from './decode';
import type { CmdError } from './errors';
import { plain, withSource } from './errors';
import type { DryRun } from './flags';
import { dryRunStrategy } from './flags';
import type { Manifest } from './manifests';
import { manifestNamespace, readManifests } from './manifests';
import { createObject } from './mutate';
import type { Output } from './output';
import type { CommandContext } from './types';

/** What create -f and apply -f know before their first object: --dry-run, --validate and the files read. */
export interface ManifestWrite {
  dryRun: DryRun;
  validation: FieldValidation;
  manifests: Manifest[];
}

/** Reads --dry-run, then --validate, then the -f files; the first error stops the command. */
export function readManifestWrite(
  ctx: CommandContext,
  filenames: readonly string[],
): ({ ok: true } & ManifestWrite) | { ok: false; error: CmdError } {
  const dry = dryRunStrategy(ctx.cmd);
  if (!dry.ok) return { ok: false, error: plain(dry.error) };
  const validation = fieldValidation(ctx.cmd);
  if (!validation.ok) return validation;
  const read = readManifests(ctx, filenames);
  if (!read.ok) return read;
  return { ok: true, dryRun: dry.value, validation: validation.value, manifests: read.manifests };
}

/** The manifest with the namespace kubectl's builder assigns. */
export function namespaced(m: Manifest, namespace: string | undefined): JsonObject {
  const obj = JSON.parse(JSON.stringify(m.object)) as JsonObject;
  const meta = (obj['metadata'] ?? {}) as JsonObject;
  if (namespace !== undefined) meta['namespace'] = namespace;
  obj['metadata'] = meta;
  return obj;
}

/** The manifest's namespace (manifestNamespace) and a copy of it set to that namespace, or the mismatch error. */
export function namespacedManifest(
  ctx: CommandContext,
  m: Manifest,
): { ok: true; namespace: string | undefined; object: JsonObject } | { ok: false; error: CmdError } {
  const ns = manifestNamespace(ctx, m);
  if (!ns.ok) return ns;
  return { ok: true, namespace: ns.namespace, object: namespaced(m, ns.namespace) };
}

/**
 * Decodes `body` (the manifest as it will be sent) and creates it: decoding warnings (--validate=warn) go to
 * stderr; `prepare` changes the decoded object before it is sent (create's --record). Errors read
 * `error when creating "file": …`.
 */
export function createFromManifest(
  ctx: CommandContext,
  out: Output,
  m: Manifest,
  body: JsonObject,
  validation: FieldValidation,
  dryRun: DryRun,
  prepare: (obj: KubeObject) => KubeObject = (obj) => obj,
): Fetched {
  const decoded = decodeForWrite(m.kind, body, validation);
  if (!decoded.ok) return { ok: false, error: withSource('creating', m.source, decoded.error) };
  for (const w of decoded.warnings) out.warn(w);
  const created = createObject(ctx, prepare(decoded.object), dryRun);
  return created.ok ? created : { ok: false, error: withSource('creating', m.source, created.error) };
}
