// Reading `-f` files: YAML/JSON documents (several per file, `---` separated), `List` objects flattened, and
// kubectl's errors for unreadable files, undecodable documents and unknown kinds.
// Mirrors cli-runtime's FileVisitor / StreamVisitor / FlattenListVisitor and k8s.io/apimachinery/pkg/util/yaml.
import YAML from 'yaml';
import type { Kind } from '../../engine/index';
import { goQuote } from '../../engine/api/fieldErrors';
import { parsePatchText } from '../../engine/api/patch';
import { RESOURCES, type ResourceInfo } from '../../engine/api/names';
import { marshalUnstructured } from '../apply/index';
import type { Json, JsonObject } from '../../engine/api/patch/goJson';
import { isObject, toJson } from '../../engine/api/patch/goJson';
import type { CmdError } from './errors';
import { plain } from './errors';
import type { CommandContext } from './types';

/** One object read from a file, with the file it came from (`STDIN` for `-f -`). */
export interface Manifest {
  object: JsonObject;
  kind: Kind;
  resource: ResourceInfo;
  source: string;
  name: string;
  /** metadata.namespace as written in the file ('' when absent). */
  namespace: string;
}

/** The result of reading every `-f` argument: objects in order, or the first error. */
export type ManifestResult = { ok: true; manifests: Manifest[] } | { ok: false; error: CmdError };

// YAML 1.1 as sigs.k8s.io/yaml (go-yaml v2) reads it: `yes`/`on` are booleans, timestamps stay strings.
const YAML_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  customTags: (tags: YAML.Tags): YAML.Tags =>
    tags.filter(
      (t) => typeof t === 'string' || (t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'),
    ),
};

/**
 * Splits a stream into documents like apimachinery's YAMLReader: a line starting with `---` whose rest is
 * empty or a comment separates documents.
 */
export function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) {
        docs.push(cur.join('\n'));
        cur = [];
        continue;
      }
    }
    cur.push(line);
  }
  docs.push(cur.join('\n'));
  return docs;
}

/** go-yaml's message for a document that does not parse (`yaml: line 6: did not find expected node content`). */
function yamlError(doc: string): string | undefined {
  if (!/^\s*\{/.test(doc)) {
    const r = parsePatchText(doc);
    if (r.ok) return undefined;
    const prefix = `unable to parse ${goQuote(doc)}: `;
    return r.error.startsWith(prefix) ? r.error.slice(prefix.length) : r.error;
  }
  const parsed = YAML.parseDocument(doc, YAML_OPTIONS);
  const e = parsed.errors[0];
  if (!e) return undefined;
  return `yaml: line ${e.linePos?.[0]?.line ?? 1}: ${e.message.split(' at line ')[0] ?? e.message}`;
}

/** Decodes one document (undefined for an empty or comment-only one). */
function decodeDocument(doc: string, source: string): { value: Json | undefined } | { error: CmdError } {
  if (doc.trim() === '') return { value: undefined };
  const msg = yamlError(doc);
  if (msg !== undefined)
    return { error: plain(`error parsing ${source}: error converting YAML to JSON: ${msg}`) };
  const value = YAML.parse(doc, YAML_OPTIONS) as unknown;
  if (value === null || value === undefined) return { value: undefined };
  return { value: toJson(value) };
}

const KNOWN = (kind: string): ResourceInfo | undefined => RESOURCES.find((r) => r.kind === kind);

/** apiVersion of a served resource (`apps/v1`, `v1`). */
export function apiVersionOf(r: ResourceInfo): string {
  return r.group === '' ? r.version : `${r.group}/${r.version}`;
}

/** Turns one decoded object into a Manifest, or kubectl's mapping/decoding error. */
function toManifest(obj: JsonObject, source: string): Manifest | CmdError {
  const kind = typeof obj['kind'] === 'string' ? obj['kind'] : '';
  const apiVersion = typeof obj['apiVersion'] === 'string' ? obj['apiVersion'] : '';
  const meta = isObject(obj['metadata']) ? obj['metadata'] : {};
  const name = typeof meta['name'] === 'string' ? meta['name'] : '';
  const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
  if (kind === '')
    return plain(
      `unable to decode ${goQuote(source)}: Object 'Kind' is missing in '${marshalUnstructured(obj)}'`,
    );
  const r = KNOWN(kind);
  if (!r || apiVersionOf(r) !== apiVersion) {
    return plain(
      `resource mapping not found for name: ${goQuote(name)} namespace: ${goQuote(namespace)} from ${goQuote(source)}: no matches for kind ${goQuote(kind)} in version ${goQuote(apiVersion)}\nensure CRDs are installed first`,
    );
  }
  return { object: obj, kind: r.kind, resource: r, source, name, namespace };
}

/** Reads all objects of one source text (documents in order, Lists flattened). */
export function parseManifests(text: string, source: string): ManifestResult {
  const manifests: Manifest[] = [];
  for (const doc of splitDocuments(text)) {
    const d = decodeDocument(doc, source);
    if ('error' in d) return { ok: false, error: d.error };
    if (d.value === undefined) continue;
    if (!isObject(d.value)) {
      return {
        ok: false,
        error: plain(
          `error parsing ${source}: json: cannot unmarshal ${Array.isArray(d.value) ? 'array' : typeof d.value} into Go value of type map[string]interface {}`,
        ),
      };
    }
    const kind = d.value['kind'];
    const items = d.value['items'];
    const objs =
      typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)
        ? items.filter(isObject)
        : [d.value];
    for (const o of objs) {
      const m = toManifest(o, source);
      if ('type' in m) return { ok: false, error: m };
      manifests.push(m);
    }
  }
  return { ok: true, manifests };
}

/**
 * Reads every `-f` argument (`-` is standard input, named `STDIN` in messages). A missing file fails with
 * `the path "x" does not exist`.
 */
export function readManifests(ctx: CommandContext, filenames: readonly string[]): ManifestResult {
  const all: Manifest[] = [];
  for (const f of filenames) {
    let text: string | undefined;
    let source = f;
    if (f === '-') {
      text = ctx.stdin ?? '';
      source = 'STDIN';
    } else {
      text = ctx.readFile(f);
      if (text === undefined) {
        // A directory: its .json/.yaml/.yml files (directly inside it, or at any depth with -R).
        const dir = f.replace(/\/+$/, '');
        const recursive = ctx.cmd.flags['recursive'] === true;
        const inside = ctx.listDir?.(dir) ?? [];
        if (inside.length === 0) return { ok: false, error: plain(`the path ${goQuote(f)} does not exist`) };
        const files = inside.filter(
          (p) => /\.(json|ya?ml)$/.test(p) && (recursive || !p.slice(dir.length + 1).includes('/')),
        );
        for (const p of files) {
          const r = parseManifests(ctx.readFile(p) ?? '', p);
          if (!r.ok) return r;
          all.push(...r.manifests);
        }
        continue;
      }
    }
    const r = parseManifests(text, source);
    if (!r.ok) return r;
    all.push(...r.manifests);
  }
  return { ok: true, manifests: all };
}

/**
 * The namespace an object from a file lands in (builder DefaultNamespace / RequireNamespace): the file's own,
 * else the command's; with an explicit `-n` that differs from the file's, kubectl refuses.
 */
export function manifestNamespace(
  ctx: CommandContext,
  m: Manifest,
): { ok: true; namespace: string | undefined } | { ok: false; error: CmdError } {
  if (!m.resource.namespaced) return { ok: true, namespace: undefined };
  if (m.namespace === '') return { ok: true, namespace: ctx.namespace };
  if (ctx.explicitNamespace && m.namespace !== ctx.namespace) {
    return {
      ok: false,
      error: plain(
        `the namespace from the provided object ${goQuote(m.namespace)} does not match the namespace ${goQuote(ctx.namespace)}. You must pass '--namespace=${m.namespace}' to perform this operation.`,
      ),
    };
  }
  return { ok: true, namespace: m.namespace };
}
