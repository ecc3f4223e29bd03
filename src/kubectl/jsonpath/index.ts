// kubectl's JSONPath output (`-o jsonpath=...`, `-o jsonpath-as-json=...`): parse, execute and print like
// cli-runtime's JSONPathPrinter, with its error texts.
import { JsonPathExecError, JsonPathRun } from './evaluate';
import { goQuote } from './go/strconv';
import type { GoValue } from './go/values';
import { goJson, goSyntax, isMap, printScalar } from './go/values';
import type { ListNode } from './nodes';
import { JsonPathSyntaxError, parseJsonPath } from './parser';

export type { GoValue } from './go/values';
export { goJson, goSyntax } from './go/values';

/** Printer options (kubectl defaults: missing keys allowed, text output). */
export interface JsonPathOptions {
  /** --allow-missing-template-keys (default true): a missing field prints nothing instead of failing. */
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json`: each result list printed as an indented JSON array. */
  outputJson?: boolean;
}

/** Printed text, or the message kubectl passes to its error handler (print it as `error: <message>`). */
export type JsonPathOutcome = { ok: true; text: string } | { ok: false; error: string };

/** A parsed template. */
export interface JsonPathTemplate {
  readonly source: string;
  readonly root: ListNode;
}

/** Parses a template; the error text is kubectl's (`error parsing jsonpath {.x, unclosed action`). */
export function compileJsonPath(
  source: string,
): { ok: true; template: JsonPathTemplate } | { ok: false; error: string } {
  if (source === '') return { ok: false, error: 'template format specified but no template given' };
  try {
    return { ok: true, template: { source, root: parseJsonPath(source) } };
  } catch (e) {
    if (e instanceof JsonPathSyntaxError)
      return { ok: false, error: `error parsing jsonpath ${source}, ${e.message}\n` };
    throw e;
  }
}

/** Converts engine objects to unstructured data: undefined fields vanish, as in a JSON round trip. */
export function toGoValue(x: unknown): GoValue {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  if (typeof x === 'number') return Number.isFinite(x) ? x : null;
  if (Array.isArray(x)) return x.map((e) => toGoValue(e));
  if (typeof x === 'object') {
    const out: { [k: string]: GoValue } = {};
    for (const [k, v] of Object.entries(x)) {
      // defineProperty, so that a key such as `__proto__` stays an ordinary key.
      if (v !== undefined)
        Object.defineProperty(out, k, { value: toGoValue(v), enumerable: true, writable: true });
    }
    return out;
  }
  return null;
}

function printResults(results: GoValue[], outputJson: boolean): string {
  if (outputJson) return `${goJson(results, '    ')}\n`;
  return results
    .map((r) => (Array.isArray(r) || (r !== null && isMap(r)) ? goJson(r) : printScalar(r)))
    .join(' ');
}

/** Executes a parsed template against one object (JSONPathPrinter.PrintObj). */
export function executeJsonPath(
  template: JsonPathTemplate,
  data: unknown,
  options: JsonPathOptions = {},
): JsonPathOutcome {
  const value = toGoValue(data);
  const run = new JsonPathRun(options.allowMissingKeys ?? true);
  try {
    const groups = run.findResults(value, template.root.nodes);
    return { ok: true, text: groups.map((g) => printResults(g, options.outputJson ?? false)).join('') };
  } catch (e) {
    if (!(e instanceof JsonPathExecError)) throw e;
    const t = template.source;
    const details =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${t}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSyntax(value)}\n\n`;
    return { ok: false, error: `error executing jsonpath ${goQuote(t)}: ${details}\n` };
  }
}

/** Parses and executes in one go (what `kubectl get -o jsonpath=<template>` does for one object). */
export function printJsonPath(source: string, data: unknown, options: JsonPathOptions = {}): JsonPathOutcome {
  const compiled = compileJsonPath(source);
  return compiled.ok ? executeJsonPath(compiled.template, data, options) : compiled;
}
