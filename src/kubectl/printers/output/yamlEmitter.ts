// A YAML emitter reproducing go-yaml v2 / libyaml output byte for byte for JSON-shaped data, which is what
// `kubectl -o yaml` prints (sigs.k8s.io/yaml: JSON → go-yaml Marshal): keys sorted, 2-space indent, sequences
// in a mapping not indented (`- name: x` under `containers:`), long plain/quoted strings folded after column 80.
// Mirrors gopkg.in/yaml.v2 encode.go (stringv, floatv) and emitterc.go (block mapping/sequence, scalar writers).
import { goSort } from '../gosort';
import { escapeChar, isBreak, scalarText } from './yamlFormat';
import { analyzeScalar, isPrintable, needsQuotes, yamlKeyLess } from './yamlScalar';

/** JSON-shaped data (what survives JSON.stringify). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

/** The libyaml emitter state needed for block output. */
class Emitter {
  out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;
  private readonly indents: number[] = [];

  private put(s: string): void {
    for (const c of s) {
      this.out += c;
      this.column++;
    }
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() as number;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
      this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Emits any node; `mapping`/`simpleKey` say where it sits (libyaml's mapping_context / simple_key_context). */
  node(value: JsonValue, ctx: { mapping?: boolean; simpleKey?: boolean }): void {
    if (Array.isArray(value)) this.sequence(value, ctx.mapping === true);
    else if (value !== null && typeof value === 'object') this.mapping(value);
    else if (typeof value === 'string') this.stringScalar(value, ctx);
    else this.plainScalar(scalarText(value), ctx);
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.writeIndicator(close, false, false, false);
  }

  private mapping(obj: { [key: string]: JsonValue }): void {
    const keys = Object.keys(obj);
    if (keys.length === 0) {
      this.emptyFlow('{', '}');
      return;
    }
    goSort(keys, yamlKeyLess);
    this.increaseIndent(false, false);
    for (const key of keys) {
      this.writeIndent();
      const simple = Array.from(key).length <= 128 && !analyzeScalar(key).multiline;
      if (simple) {
        this.node(key, { simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, {});
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(obj[key] as JsonValue, { mapping: true });
    }
    this.popIndent();
  }

  private sequence(items: JsonValue[], mappingContext: boolean): void {
    if (items.length === 0) {
      this.emptyFlow('[', ']');
      return;
    }
    this.increaseIndent(false, mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, {});
    }
    this.popIndent();
  }

  /** stringv: literal for text with newlines, plain when resolve() keeps it a string, else double-quoted. */
  private stringScalar(s: string, ctx: { simpleKey?: boolean }): void {
    const a = analyzeScalar(s);
    let style: 'plain' | 'single' | 'double' | 'literal' = s.includes('\n')
      ? 'literal'
      : needsQuotes(s)
        ? 'double'
        : 'plain';
    if (ctx.simpleKey && a.multiline) style = 'double';
    if (style === 'plain' && (!a.blockPlainAllowed || (s.length === 0 && ctx.simpleKey))) style = 'single';
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || ctx.simpleKey)) style = 'double';
    this.increaseIndent(true, false);
    const allowBreaks = !ctx.simpleKey;
    if (style === 'plain') this.writePlain(s, allowBreaks);
    else if (style === 'single') this.writeSingle(s, allowBreaks);
    else if (style === 'double') this.writeDouble(s, allowBreaks);
    else this.writeLiteral(s);
    this.popIndent();
  }

  private plainScalar(s: string, ctx: { simpleKey?: boolean }): void {
    this.increaseIndent(true, false);
    this.writePlain(s, !ctx.simpleKey);
    this.popIndent();
  }

  private writePlain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    const chars = Array.from(value);
    let spaces = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingle(value: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    const chars = Array.from(value);
    let spaces = false;
    let breaks = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        const fold =
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          i > 0 &&
          i < chars.length - 1 &&
          chars[i + 1] !== ' ';
        if (fold) this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /** write_break: '\n' starts a new line; other line-break characters are written as-is, resetting the column. */
  private writeBreak(c: string): void {
    if (c === '\n') {
      this.putBreak();
      return;
    }
    this.out += c;
    this.column = 0;
  }

  private writeDouble(value: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    const chars = Array.from(value);
    let spaces = false;
    chars.forEach((c, i) => {
      if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
        this.put(`\\${escapeChar(c)}`);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(c);
        }
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(value: string): void {
    this.writeIndicator('|', true, false, false);
    const chars = Array.from(value);
    if (chars[0] === ' ' || isBreak(chars[0])) this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = chars.length - 1;
    let chomp = '';
    if (!isBreak(chars[last])) chomp = '-';
    else if (last === 0 || isBreak(chars[last - 1])) chomp = '+';
    // libyaml sets open_ended for '+' but writing the indicator clears it again, so no `...` ever follows
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }

  /** Document end: the final newline. */
  finish(): void {
    this.indent = -1;
    this.writeIndent();
  }
}

/** Marshals JSON-shaped data (a mapping or sequence at the root) as go-yaml v2 does; the text ends with a newline. */
export function goYamlMarshal(value: JsonValue): string {
  const e = new Emitter();
  e.node(value, {});
  e.finish();
  return e.out;
}
