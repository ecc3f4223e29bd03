// Mirrors k8s.io/client-go/util/jsonpath/parser.go: `{...}` actions inside literal text, with kubectl 1.32's
// error texts ("unclosed action", "unterminated array", "invalid array index x", ...). Iterative, so long
// templates cannot exhaust the stack.
import { isPrint, parseInt } from './go/strconv';
import type { ListNode, Node, ParamsEntry } from './nodes';
import { newList } from './nodes';
import { unquoteExtend } from './unquote';

/** A template syntax error (kubectl prints `error parsing jsonpath <template>, <message>`). */
export class JsonPathSyntaxError {
  constructor(readonly message: string) {}
}

const isDigit = (r: string): boolean => /^\p{Nd}$/u.test(r);
const isAlphaNumeric = (r: string): boolean => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
const isTerminator = (r: string | undefined): boolean =>
  r === undefined || r === ' ' || r === '\t' || r === '\r' || r === '\n' || '.,[]$@{}'.includes(r);

/** Go's %#U: `U+0025 '%'` (the quoted rune only when printable). */
function formatU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return isPrint(r) ? `${hex} '${r}'` : hex;
}

/** Parses a template into its root list (text nodes and one list node per `{...}`). */
export function parseJsonPath(text: string): ListNode {
  return new Parser(text).parse();
}

/** parseAction: parses `{text}` and returns its single action list. */
function parseAction(text: string): ListNode {
  const root = parseJsonPath(`{${text}}`);
  const first = root.nodes[0];
  return first?.type === 'list' ? first : newList();
}

class Parser {
  private pos = 0;
  private start = 0;
  private width = 0;
  private readonly root = newList();

  constructor(private readonly input: string) {}

  parse(): ListNode {
    for (;;) {
      const open = this.input.indexOf('{', this.pos);
      this.pos = open < 0 ? this.input.length : open;
      if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consumeText() });
      if (open < 0) return this.root;
      this.pos += 1;
      this.consumeText();
      const action = newList();
      this.root.nodes.push(action);
      while (this.insideAction(action));
    }
  }

  private fail(message: string): never {
    throw new JsonPathSyntaxError(message);
  }

  private next(): string | undefined {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return undefined;
    }
    const r = String.fromCodePoint(this.input.codePointAt(this.pos) ?? 0);
    this.width = r.length;
    this.pos += this.width;
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private peek(): string | undefined {
    const r = this.next();
    this.backup();
    return r;
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }

  /** One step of parseInsideAction; false once the closing `}` was read. */
  private insideAction(cur: ListNode): boolean {
    if (this.input.startsWith('}', this.pos)) {
      this.pos += 1;
      this.consumeText();
      return false;
    }
    if (this.input.startsWith('[?(', this.pos)) return this.parseFilter(cur);
    if (this.input.startsWith('..', this.pos)) return this.parseRecursive(cur);
    const r = this.next();
    if (r === undefined || r === '\r' || r === '\n') this.fail('unclosed action');
    if (r === ' ' || r === '@' || r === '$') this.consumeText();
    else if (r === '[') this.parseArray(cur);
    else if (r === '"' || r === "'") this.parseQuote(cur, r);
    else if (r === '.') this.parseField(cur);
    else if (r === '+' || r === '-' || isDigit(r)) {
      this.backup();
      this.parseNumber(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup();
      this.parseIdentifier(cur);
    } else this.fail(`unrecognized character in action: ${formatU(r)}`);
    return true;
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
  }

  private parseRecursive(cur: ListNode): boolean {
    if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive')
      this.fail('invalid multiple recursive descent');
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: 'recursive' });
    const r = this.peek();
    if (r !== undefined && isAlphaNumeric(r)) this.parseField(cur);
    return true;
  }

  private parseNumber(cur: ListNode): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c === undefined || (c !== '.' && !isDigit(c))) {
        if (c !== undefined) this.backup();
        break;
      }
    }
    const value = this.consumeText();
    const asInt = /^[+-]?[0-9]+$/.test(value) ? parseInt(value, 10, 64) : undefined;
    if (asInt?.ok) cur.nodes.push({ type: 'int', value: asInt.value });
    else if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(value))
      cur.nodes.push({ type: 'float', value: Number(value) });
    else this.fail(`cannot parse number ${value}`);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      const nodes = parts.map((p) => parseAction(`[${p.replace(/^ +| +$/g, '')}]`));
      cur.nodes.push({ type: 'union', nodes });
      return;
    }
    const dictKey = /^'([^']*)'$/.exec(text);
    if (dictKey) {
      cur.nodes.push(...parseAction(`.${dictKey[1] ?? ''}`).nodes);
      return;
    }
    const m = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/.exec(text);
    if (!m) this.fail(`invalid array index ${text}`);
    const params: ParamsEntry[] = [];
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1] ?? '';
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
        else {
          const n = parseInt(v, 10, 64);
          if (!n.ok) this.fail(`array index ${v} is not a number`);
          params.push({ value: n.value, known: true, derived: false });
        }
      } else if (i === 1) params.push({ value: (params[0]?.value ?? 0) + 1, known: true, derived: true });
      else params.push({ value: 0, known: false, derived: false });
    }
    cur.nodes.push({ type: 'array', params: params as [ParamsEntry, ParamsEntry, ParamsEntry] });
  }

  private parseFilter(cur: ListNode): boolean {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')' && begin === end) break;
    }
    if (this.next() !== ']') this.fail('unclosed array expect ]');
    const text = this.consumeText().slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: newList(), operator: 'exists' });
    } else {
      const left = parseAction(m[1] ?? '');
      const right = parseAction(m[3] ?? '');
      cur.nodes.push({ type: 'filter', left, right, operator: m[2] ?? '' });
    }
    return true;
  }

  private parseQuote(cur: ListNode, quote: string): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') this.fail('unterminated quoted string');
      if (r === quote && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consumeText();
    const s = unquoteExtend(value);
    if (s === undefined) this.fail(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ type: 'text', text: s });
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === '\\') this.next();
      else if (isTerminator(r)) {
        if (r !== undefined) this.backup();
        break;
      }
    }
    const value = this.consumeText();
    const node: Node =
      value === '*' ? { type: 'wildcard' } : { type: 'field', name: value.replace(/\\/g, '') };
    cur.nodes.push(node);
  }
}
