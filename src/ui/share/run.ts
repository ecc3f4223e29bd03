// A shared or saved run: the timeline's run file (src/worker/timelineRunFile.ts — seed, timing, the engine's
// logged requests with their instants, playhead, terminal lines) wrapped with what only the page knows: the
// playback speed, the scene it started from and the lesson step. `validateRun` is the UI's first gate for
// untrusted data (shape, sizes, no control characters); the worker's importRun then checks every field
// strictly and replays it.
import type { RunFile, RunTerminalLine } from '../../worker/timelineRunFile';
import type { Speed } from '../../worker/protocol';
import { SPEEDS } from '../../worker/protocol';
import { checkJson, isRecord, LIMITS, type Problem } from './json';

/** Version of the envelope (the run file inside has its own). */
export const RUN_VERSION = 1;
/** The run file's format tag and version this app writes and reads (timelineRunFile.ts). */
export const RUN_FILE_FORMAT: RunFile['format'] = 'rollout-lab/run';
export const RUN_FILE_VERSION: RunFile['version'] = 1;

/** The scene a run (or a lesson) started from: the seed article's Deployment, or an empty cluster. */
export type Scene = 'seed' | 'empty';

/** Where a lesson was when the run was captured. */
export interface RunLesson {
  id: string;
  step: number;
}

export interface Run {
  v: typeof RUN_VERSION;
  run: RunFile;
  speed: Speed;
  scene: Scene;
  lesson?: RunLesson;
}

export type { RunFile, RunTerminalLine };

/** Why untrusted data is not a run. */
export type RunError = { kind: 'version'; found: unknown } | { kind: 'invalid'; problem: Problem };

const isSpeed = (x: unknown): x is Speed => x === 'max' || SPEEDS.some((s) => s === x);
const LESSON_ID = /^[a-z0-9-]{1,40}$/;

const fail = (path: string, why: string): { ok: false; error: RunError } => ({
  ok: false,
  error: { kind: 'invalid', problem: { path, why } },
});

/** The run file's outer shape (the worker checks each request and line field by field). */
function checkRunFile(f: unknown): { path: string; why: string } | undefined {
  if (!isRecord(f)) return { path: 'run', why: 'not an object' };
  if (f.format !== RUN_FILE_FORMAT) return { path: 'run.format', why: 'not a run file' };
  if (f.version !== RUN_FILE_VERSION) return { path: 'run.version', why: 'unsupported run file version' };
  if (!Array.isArray(f.requests) || f.requests.length > LIMITS.maxRequests)
    return { path: 'run.requests', why: 'not a list or too long' };
  if (!Array.isArray(f.terminal) || f.terminal.length > LIMITS.maxCommands)
    return { path: 'run.terminal', why: 'not a list or too long' };
  for (const k of ['seed', 'now', 'head'] as const) {
    const v = f[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
      return { path: `run.${k}`, why: 'bad number' };
  }
  if (typeof f.timing !== 'string' || !/^(realistic|fixed:\d+(\.\d+)?)$/.test(f.timing))
    return { path: 'run.timing', why: 'unknown timing' };
  return undefined;
}

/**
 * validateRun: check parsed JSON (limits, control characters, the envelope's fields, the run file's outer
 * shape) and return a Run built only from checked fields. Unknown envelope fields are dropped.
 */
export function validateRun(data: unknown): { ok: true; run: Run } | { ok: false; error: RunError } {
  const shape = checkJson(data);
  if (shape) return { ok: false, error: { kind: 'invalid', problem: shape } };
  if (!isRecord(data)) return fail('', 'not an object');
  if (data.v !== RUN_VERSION) return { ok: false, error: { kind: 'version', found: data.v } };
  const { run, speed, scene, lesson } = data;
  const bad = checkRunFile(run);
  if (bad) return fail(bad.path, bad.why);
  if (!isSpeed(speed)) return fail('speed', 'unknown speed');
  if (scene !== 'seed' && scene !== 'empty') return fail('scene', 'unknown scene');
  const out: Run = { v: RUN_VERSION, run: run as unknown as RunFile, speed, scene };
  if (lesson !== undefined) {
    if (!isRecord(lesson) || typeof lesson.id !== 'string' || !LESSON_ID.test(lesson.id))
      return fail('lesson', 'bad lesson id');
    const step = lesson.step;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > 200)
      return fail('lesson.step', 'bad step');
    out.lesson = { id: lesson.id, step };
  }
  return { ok: true, run: out };
}
