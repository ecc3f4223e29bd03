// Mirrors kubectl patch's handling of -p (staging/src/k8s.io/kubectl/pkg/cmd/patch/patch.go): the text goes
// through k8s.io/apimachinery/pkg/util/yaml.ToJSON — sent verbatim when it starts with `{` (the server then
// reports JSON syntax errors), otherwise read as YAML 1.1 (go-yaml v2) and re-encoded as JSON with sorted keys.
import YAML from 'yaml';
import { goQuote } from '../fieldErrors';
import { goFormatFloat, goLess } from './goJson';
import { goJsonString } from './encode';

export type PatchTextResult = { ok: true; body: string } | { ok: false; error: string };

/** kubectl's error for an empty -p. */
export const EMPTY_PATCH_ERROR = 'must specify --patch or --patch-file containing the contents of the patch';

/** The parse error as the `yaml` library reports it, with the text it came from. */
interface YamlErr {
  code: string;
  message: string;
  line: number;
  offset: number;
  text: string;
}

/** 1-based line of a character offset. */
const lineAt = (text: string, offset: number): number =>
  text.slice(0, Math.max(0, offset)).split('\n').length;

/** go-yaml v2's message for an unterminated flow collection: it expected a node after `[`, `{` or `,`. */
function flowMessage(e: YamlErr): string {
  const last = e.text.trimEnd().slice(-1);
  if (['[', '{', ','].includes(last)) return `line ${e.line}: did not find expected node content`;
  return `line ${e.line}: did not find expected ',' or '${e.message.includes('}') ? '}' : ']'}'`;
}

/** go-yaml v2's messages for the parse errors people actually make, keyed by the `yaml` library's codes. */
const GO_YAML_MESSAGES: Record<string, (e: YamlErr) => string> = {
  // Scanner errors name the line (1-based) only past the first one: here the line of the offending `: `.
  BLOCK_AS_IMPLICIT_KEY: (e) => {
    const colon = e.text.indexOf(': ', e.offset);
    return `${where(colon < 0 ? e.line : lineAt(e.text, colon))}mapping values are not allowed in this context`;
  },
  TAB_AS_INDENT: (e) => `line ${e.line}: found character that cannot start any token`,
  BAD_SCALAR_START: (e) => `${where(e.line)}found character that cannot start any token`,
  UNEXPECTED_TOKEN: (e) => `line ${e.line + 1}: could not find expected ':'`,
  BAD_INDENT: (e) =>
    e.message.startsWith('Flow') ? flowMessage(e) : `line ${e.line}: did not find expected key`,
  MISSING_CHAR: (e) =>
    e.message.includes('quote') ? `${where(e.line)}found unexpected end of stream` : flowMessage(e),
};

function where(line: number): string {
  return line > 1 ? `line ${line}: ` : '';
}

// YAML 1.1 as go-yaml v2 reads it, minus what v2 does not do when decoding into interface{}: timestamps stay
// strings, and there are no sexagesimal numbers.
const YAML_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  customTags: (tags: YAML.Tags): YAML.Tags =>
    tags.filter(
      (t) => typeof t === 'string' || (t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'),
    ),
};

/** Go's json.Marshal of a YAML-decoded value: keys sorted; non-finite floats are unsupported. */
function marshal(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new Error(`json: unsupported value: ${goFormatFloat(v)}`);
  if (Array.isArray(v)) return `[${v.map(marshal).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    if (v instanceof Uint8Array) return goJsonString(new TextDecoderLite(v).text);
    const raw = v as Record<string, unknown>;
    const keys = Object.keys(raw).sort((a, b) => (goLess(a, b) ? -1 : goLess(b, a) ? 1 : 0));
    return `{${keys.map((k) => `${goJsonString(k)}:${marshal(raw[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return goJsonString(v);
  if (v === undefined) return 'null';
  return JSON.stringify(v);
}

/** Latin-1 view of bytes (go-yaml v2 decodes !!binary into a Go string). */
class TextDecoderLite {
  readonly text: string;
  constructor(bytes: Uint8Array) {
    this.text = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  }
}

/**
 * parsePatchText: the request body `kubectl patch -p <text>` sends, or kubectl's client-side error
 * (`unable to parse "a: b: c": yaml: mapping values are not allowed in this context`). Text starting with
 * `{` is sent as is, valid or not: the API server answers bad JSON (see applyPatch with a string body).
 */
export function parsePatchText(text: string): PatchTextResult {
  if (text === '') return { ok: false, error: EMPTY_PATCH_ERROR };
  if (/^\s*\{/.test(text)) return { ok: true, body: text };
  const fail = (msg: string): PatchTextResult => ({
    ok: false,
    error: `unable to parse ${goQuote(text)}: ${msg}`,
  });
  let value: unknown;
  try {
    const doc = YAML.parseDocument(text, YAML_OPTIONS);
    const err = doc.errors.find((e) => e.code !== 'MULTIPLE_DOCS');
    if (err !== undefined) {
      const e: YamlErr = {
        code: err.code,
        message: err.message.split(' at line ')[0] ?? err.message,
        line: err.linePos?.[0]?.line ?? 1,
        offset: err.pos[0],
        text,
      };
      const mapped = GO_YAML_MESSAGES[err.code];
      return fail(`yaml: ${mapped === undefined ? `line ${e.line}: ${e.message}` : mapped(e)}`);
    }
    const badKey = findCollectionKey(doc.contents);
    if (badKey !== undefined) return fail(`yaml: invalid map key: ${badKey}`);
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const alias = /Unresolved alias[^:]*: (.*)$/.exec(msg.split('\n')[0] ?? '');
    return fail(
      alias ? `yaml: unknown anchor '${alias[1]}' referenced` : `yaml: ${msg.split('\n')[0] ?? msg}`,
    );
  }
  try {
    return { ok: true, body: marshal(value) };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** A mapping key that is itself a collection, rendered like Go's %#v (`[]interface {}{1}`). */
function findCollectionKey(node: unknown): string | undefined {
  if (YAML.isMap(node)) {
    for (const pair of node.items) {
      if (YAML.isSeq(pair.key))
        return `[]interface {}{${pair.key.items.map((i) => goSharpV(YAML.isScalar(i) ? i.value : null)).join(', ')}}`;
      if (YAML.isMap(pair.key)) return findCollectionKey(pair.key) ?? 'map[interface {}]interface {}{}';
      const inner = findCollectionKey(pair.value);
      if (inner !== undefined) return inner;
    }
  } else if (YAML.isSeq(node)) {
    for (const item of node.items) {
      const inner = findCollectionKey(item);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function goSharpV(v: unknown): string {
  if (typeof v === 'string') return goQuote(v);
  if (v === null || v === undefined) return 'interface {}(nil)';
  return String(v);
}
