// The run file: seed, timing, the command log (the engine's request log) and the terminal lines — everything
// needed to reproduce a run exactly. Written as JSON; read back with strict validation (a bad file gets a
// precise reason, never a crash). The transcript export is plain text, the way the terminal showed it.
import type { ApiRequest, LoggedRequest } from '../engine';
import { MAX_SIM_TIME_MS, parseTiming } from '../engine';
import type { OutputChunk } from '../shell/result';
import type { CommandSource, RunFileError, TerminalEntry } from './protocol';

export const RUN_FORMAT = 'rollout-lab/run';
export const RUN_VERSION = 1;
/** Files above this size are refused before parsing (a run of hours is a few MB). */
export const MAX_RUN_FILE_CHARS = 20_000_000;
const MAX_REQUESTS = 100_000;
const MAX_LINES = 100_000;
const MAX_SEED = 0xffff_ffff;

/** One terminal line of a run file (ids are given anew on import). */
export interface RunTerminalLine {
  at: number;
  line: string;
  argv: string[];
  source: CommandSource;
  result: { chunks: OutputChunk[]; exitCode: number };
}

/** A whole run. `now` is where the playhead was; `head` how far the run went. */
export interface RunFile {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  seed: number;
  timing: string;
  now: number;
  head: number;
  requests: LoggedRequest[];
  terminal: RunTerminalLine[];
}

/** The run file of a branch (deterministic: the same run always gives the same text). */
export function runFileText(run: Omit<RunFile, 'format' | 'version'>): string {
  const file: RunFile = { format: RUN_FORMAT, version: RUN_VERSION, ...run };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A terminal entry as a run file keeps it. */
export function runLine(e: TerminalEntry): RunTerminalLine {
  return {
    at: e.at,
    line: e.line,
    argv: [...e.argv],
    source: e.source,
    result: { chunks: e.result.chunks.map((c) => ({ ...c })), exitCode: e.result.exitCode },
  };
}

/** The transcript as text: `$ <line>` then its output, per command. */
export function transcriptText(entries: readonly TerminalEntry[]): string {
  let out = '';
  for (const e of entries) {
    if (e.cancelled) continue;
    out += `$ ${e.line}\n`;
    const text = e.result.chunks.map((c) => c.text).join('');
    out += text === '' || text.endsWith('\n') ? text : `${text}\n`;
  }
  return out;
}

/** `1:05` → `1-05` for file names. */
function clockForFile(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** Suggested file names, e.g. `rollout-lab-run-seed1-2m15s.json`. */
export function runFileName(seed: number, head: number, format: 'run' | 'transcript'): string {
  const stem = `rollout-lab-${format}-seed${seed}-${clockForFile(head)}`;
  return format === 'run' ? `${stem}.json` : `${stem}.txt`;
}

class Refusal extends Error {
  constructor(readonly error: RunFileError) {
    super(error.code);
  }
}

const refuse = (path: string, expected: string, detail?: string): never => {
  throw new Refusal({ code: 'field', path, expected, ...(detail !== undefined ? { detail } : {}) });
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function obj(v: unknown, path: string, keys: readonly string[], optional: readonly string[] = []): Obj {
  if (!isObj(v)) return refuse(path, 'object');
  for (const k of Object.keys(v)) {
    if (!keys.includes(k) && !optional.includes(k)) refuse(path ? `${path}.${k}` : k, 'unknown');
  }
  for (const k of keys) if (!(k in v)) refuse(path ? `${path}.${k}` : k, 'known');
  return v;
}

function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : refuse(path, 'string');
}

function time(v: unknown, path: string): number {
  return Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SIM_TIME_MS
    ? (v as number)
    : refuse(path, 'time');
}

function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) return refuse(path, 'array');
  if (v.length > max) refuse(path, 'array', `at most ${max} items`);
  return v;
}

const WRITABLE_KINDS = new Set(['Deployment', 'ReplicaSet', 'Pod']);
const PATCH_TYPES = new Set(['strategic', 'merge', 'json']);
const PROPAGATION = new Set(['Background', 'Foreground', 'Orphan']);
const SOURCES = new Set<CommandSource>(['control', 'terminal', 'scenario', 'editor']);

function kubeObject(v: unknown, path: string): void {
  if (!isObj(v)) refuse(path, 'object');
  const o = v as Obj;
  if (typeof o['kind'] !== 'string' || !WRITABLE_KINDS.has(o['kind'])) refuse(`${path}.kind`, 'kind');
  if (typeof o['apiVersion'] !== 'string') refuse(`${path}.apiVersion`, 'string');
  if (!isObj(o['metadata'])) refuse(`${path}.metadata`, 'object');
  if (o['spec'] !== undefined && !isObj(o['spec'])) refuse(`${path}.spec`, 'object');
}

/** One logged API request, checked field by field (the API server validates the objects themselves). */
function apiRequest(v: unknown, path: string): ApiRequest {
  if (!isObj(v)) return refuse(path, 'object');
  const kindAt = (o: Obj) => {
    if (typeof o['kind'] !== 'string' || !WRITABLE_KINDS.has(o['kind'])) refuse(`${path}.kind`, 'kind');
    str(o['name'], `${path}.name`);
    if (o['namespace'] !== undefined) str(o['namespace'], `${path}.namespace`);
  };
  switch (v['verb']) {
    case 'create':
    case 'update':
      obj(v, path, ['verb', 'object'], ['dryRun']);
      kubeObject(v['object'], `${path}.object`);
      break;
    case 'patch': {
      obj(v, path, ['verb', 'kind', 'name', 'patchType', 'patch'], ['namespace', 'dryRun']);
      kindAt(v);
      if (typeof v['patchType'] !== 'string' || !PATCH_TYPES.has(v['patchType']))
        refuse(`${path}.patchType`, 'patchType');
      break;
    }
    case 'delete': {
      obj(
        v,
        path,
        ['verb', 'kind', 'name'],
        ['namespace', 'gracePeriodSeconds', 'propagationPolicy', 'dryRun'],
      );
      kindAt(v);
      const g = v['gracePeriodSeconds'];
      if (g !== undefined && !(Number.isSafeInteger(g) && (g as number) >= 0))
        refuse(`${path}.gracePeriodSeconds`, 'seconds');
      const p = v['propagationPolicy'];
      if (p !== undefined && (typeof p !== 'string' || !PROPAGATION.has(p)))
        refuse(`${path}.propagationPolicy`, 'propagation');
      break;
    }
    default:
      refuse(`${path}.verb`, 'verb');
  }
  // a dry run is never logged: a file that claims one was not written by Rollout Lab
  if (v['dryRun'] !== undefined && v['dryRun'] !== false) refuse(`${path}.dryRun`, 'notDryRun');
  return v as unknown as ApiRequest;
}

function chunk(v: unknown, path: string): OutputChunk {
  const o = obj(v, path, ['stream', 'text'], ['atMs']);
  if (o['stream'] !== 'stdout' && o['stream'] !== 'stderr') refuse(`${path}.stream`, 'stream');
  str(o['text'], `${path}.text`);
  if (o['atMs'] !== undefined) time(o['atMs'], `${path}.atMs`);
  return o as unknown as OutputChunk;
}

function terminalLine(v: unknown, path: string): RunTerminalLine {
  const o = obj(v, path, ['at', 'line', 'argv', 'source', 'result']);
  time(o['at'], `${path}.at`);
  str(o['line'], `${path}.line`);
  arr(o['argv'], `${path}.argv`, 1000).forEach((a, i) => str(a, `${path}.argv[${i}]`));
  if (typeof o['source'] !== 'string' || !SOURCES.has(o['source'] as CommandSource))
    refuse(`${path}.source`, 'source');
  const r = obj(o['result'], `${path}.result`, ['chunks', 'exitCode']);
  arr(r['chunks'], `${path}.result.chunks`, 100_000).forEach((c, i) =>
    chunk(c, `${path}.result.chunks[${i}]`),
  );
  if (
    !Number.isSafeInteger(r['exitCode']) ||
    (r['exitCode'] as number) < 0 ||
    (r['exitCode'] as number) > 255
  )
    refuse(`${path}.result.exitCode`, 'exitCode');
  return o as unknown as RunTerminalLine;
}

/** parseRunFile: the run in `text`, or why it is not a run file this version can reproduce. */
export function parseRunFile(text: string): { ok: true; run: RunFile } | { ok: false; error: RunFileError } {
  if (text.length > MAX_RUN_FILE_CHARS) return { ok: false, error: { code: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      error: { code: 'notJson', detail: err instanceof Error ? err.message : String(err) },
    };
  }
  if (!isObj(data) || data['format'] !== RUN_FORMAT) return { ok: false, error: { code: 'notRun' } };
  if (data['version'] !== RUN_VERSION)
    return { ok: false, error: { code: 'version', detail: JSON.stringify(data['version'] ?? null) } };
  try {
    const o = obj(data, '', ['format', 'version', 'seed', 'timing', 'now', 'head', 'requests', 'terminal']);
    if (!Number.isSafeInteger(o['seed']) || (o['seed'] as number) < 0 || (o['seed'] as number) > MAX_SEED)
      refuse('seed', 'seed');
    const timing = str(o['timing'], 'timing');
    if ('error' in parseTiming(timing)) refuse('timing', 'timing');
    const now = time(o['now'], 'now');
    const head = time(o['head'], 'head');
    if (now > head) refuse('now', 'range');
    let last = 0;
    arr(o['requests'], 'requests', MAX_REQUESTS).forEach((r, i) => {
      const e = obj(r, `requests[${i}]`, ['at', 'request']);
      const at = time(e['at'], `requests[${i}].at`);
      if (at < last || at > head) refuse(`requests[${i}].at`, 'order');
      last = at;
      apiRequest(e['request'], `requests[${i}].request`);
    });
    arr(o['terminal'], 'terminal', MAX_LINES).forEach((l, i) => terminalLine(l, `terminal[${i}]`));
    return { ok: true, run: o as unknown as RunFile };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.error };
    throw err;
  }
}
