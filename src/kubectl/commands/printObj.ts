// `-o` for commands that print the objects they touched: the name printer (`deployment.apps/x scaled`),
// `-o name`, `-o yaml`, `-o json`, `-o jsonpath=…`. Mirrors cli-runtime genericclioptions.PrintFlags.ToPrinter.
import type { KubeObject } from '../../engine/index';
import type { JsonValue } from '../printers/output/yamlEmitter';
import { goYamlMarshal } from '../printers/output/yamlEmitter';
import { goJsonMarshalIndent } from '../printers/output/goJson';
import { printName } from '../printers/name';
import type { JsonPathTemplate } from '../jsonpath/index';
import { compileJsonPath, executeJsonPath } from '../jsonpath/index';
import type { ParsedCommand } from '../cli/index';
import type { CmdError } from './errors';
import { plain } from './errors';
import { bool, str } from './flags';
import type { Output } from './output';

/** A parsed `-o` value. */
export type OutputFormat =
  | { kind: 'default' }
  | { kind: 'wide' }
  | { kind: 'name' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'jsonpath'; template: JsonPathTemplate; asJson: boolean };

const MUTATION_FORMATS =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';
const GET_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

/**
 * Parses `-o`. `forGet` adds the table formats (`wide`). Unknown formats fail with kubectl's
 * `unable to match a printer suitable for the output format "x", allowed formats are: …`.
 */
export function parseOutputFormat(
  cmd: ParsedCommand,
  forGet = false,
): { ok: true; format: OutputFormat } | { ok: false; error: CmdError } {
  const raw = str(cmd, 'output');
  const eq = raw.indexOf('=');
  const name = eq < 0 ? raw : raw.slice(0, eq);
  const arg = eq < 0 ? str(cmd, 'template') : raw.slice(eq + 1);
  switch (name) {
    case '':
      return { ok: true, format: { kind: 'default' } };
    case 'wide':
      if (forGet) return { ok: true, format: { kind: 'wide' } };
      break;
    case 'name':
      return { ok: true, format: { kind: 'name' } };
    case 'yaml':
      return { ok: true, format: { kind: 'yaml' } };
    case 'json':
      return { ok: true, format: { kind: 'json' } };
    case 'jsonpath':
    case 'jsonpath-as-json': {
      const c = compileJsonPath(arg);
      if (!c.ok) return { ok: false, error: plain(c.error) };
      return {
        ok: true,
        format: { kind: 'jsonpath', template: c.template, asJson: name === 'jsonpath-as-json' },
      };
    }
    case 'go-template':
    case 'go-template-file':
    case 'template':
    case 'templatefile':
    case 'jsonpath-file':
    case 'custom-columns':
    case 'custom-columns-file':
      if (name.startsWith('custom-columns') && !forGet) break;
      return {
        ok: false,
        error: plain(`-o ${name} is not simulated in Rollout Lab; use -o jsonpath=… instead`),
      };
  }
  return {
    ok: false,
    error: plain(
      `unable to match a printer suitable for the output format ${JSON.stringify(raw)}, allowed formats are: ${forGet ? GET_FORMATS : MUTATION_FORMATS}`,
    ),
  };
}

/** An engine object as plain JSON data (undefined fields dropped, as a JSON round trip does). */
export function toJsonValue(obj: unknown): JsonValue {
  return JSON.parse(JSON.stringify(obj ?? null)) as JsonValue;
}

/** The `kubectl get -o yaml|json` wrapper for several objects: `{apiVersion: v1, items, kind: List, metadata}`. */
export function listObject(items: readonly KubeObject[]): JsonValue {
  return { apiVersion: 'v1', items: items.map(toJsonValue), kind: 'List', metadata: { resourceVersion: '' } };
}

/** A printer for a sequence of objects (YAML documents after the first are preceded by `---`). */
export class ObjectPrinter {
  private count = 0;

  constructor(
    private readonly format: OutputFormat,
    private readonly allowMissingKeys = true,
  ) {}

  /** Whether `-o` asks for whole objects (so the name printer's operation is not used). */
  get printsObjects(): boolean {
    return this.format.kind === 'yaml' || this.format.kind === 'json' || this.format.kind === 'jsonpath';
  }

  /**
   * Prints one object: with the default format `<kind.group>/<name> <operation>`, with `-o name` just the
   * name, otherwise the object as YAML/JSON/JSONPath. Returns the text or a printing error.
   */
  print(
    obj: KubeObject | JsonValue,
    operation: string,
  ): { ok: true; text: string } | { ok: false; error: CmdError } {
    this.count++;
    const f = this.format;
    if (f.kind === 'default' || f.kind === 'wide' || f.kind === 'name') {
      const o = obj as KubeObject;
      return { ok: true, text: printName(o.kind, o.metadata.name, f.kind === 'name' ? '' : operation) };
    }
    const value = toJsonValue(obj);
    if (f.kind === 'yaml')
      return { ok: true, text: `${this.count > 1 ? '---\n' : ''}${goYamlMarshal(value)}` };
    if (f.kind === 'json') return { ok: true, text: `${goJsonMarshalIndent(value)}\n` };
    const r = executeJsonPath(f.template, value, {
      allowMissingKeys: this.allowMissingKeys,
      outputJson: f.asJson,
    });
    return r.ok ? { ok: true, text: r.text } : { ok: false, error: plain(r.error) };
  }

  /**
   * PrintObj inside a visitor loop: the text goes to stdout and a printing error joins `errs`, so the loop
   * goes on with the next object. Without `errs` a printing error is dropped, as apply and the set commands'
   * client dry run do here.
   */
  printTo(out: Output, obj: KubeObject | JsonValue, operation: string, errs?: CmdError[]): void {
    const p = this.print(obj, operation);
    if (p.ok) out.out(p.text);
    else errs?.push(p.error);
  }
}

/** The printer for a mutating command's `-o`, honouring --allow-missing-template-keys. */
export function objectPrinter(cmd: ParsedCommand, format: OutputFormat): ObjectPrinter {
  const allow = 'allow-missing-template-keys' in cmd.flags ? bool(cmd, 'allow-missing-template-keys') : true;
  return new ObjectPrinter(format, allow);
}
