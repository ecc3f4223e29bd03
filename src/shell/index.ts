// Public face of the shell: script parsing, the session runner, the virtual filesystem and host interfaces.
export { Shell, formatStep, runScript } from './shell';
export type { ShellOptions } from './shell';
export { needsMoreInput, parseScript } from './parser';
export { VirtualFs, normalizePath } from './vfs';
export type { ReadonlyFs } from './vfs';
export { parseInterval } from './interval';
export type { KubectlRunContext, KubectlRunner, ScriptStep, ScriptSummary, ShellHost } from './types';
export type { ScriptItem, SimpleCommand, SyntaxError, Word, WordPart } from './syntax';
export type { CommandResult, OutputChunk } from './result';
export { result, stderr, stdout, textOf } from './result';
