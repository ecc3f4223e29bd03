// Mirrors k8s.io/apimachinery/pkg/labels (selector.go: Requirement, Selector, Parse) and metav1
// LabelSelectorAsSelector / FormatLabelSelector. Label key/value validation lives in names.ts.
import type { LabelSelector } from './types';
import type { FieldError } from './fieldErrors';
import { aggregateFieldErrors, child, fieldErrorBody, index, invalid, key } from './fieldErrors';
import { isQualifiedName, isValidLabelValue } from './names';

export {
  isQualifiedName,
  isValidLabelValue,
  validateAnnotations,
  validateLabelSelector,
  validateLabels,
} from './names';

/** selection.Operator as kubectl's parser and LabelSelectorAsSelector produce it. */
export type SelectorOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt';

/** labels.Requirement: key, operator and (for set/exact operators) values. */
export interface Requirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

/**
 * labels.Selector as plain data. `nothing` is labels.Nothing() (a nil LabelSelector: matches no object);
 * an empty requirement list is labels.Everything().
 */
export interface Selector {
  requirements: Requirement[];
  nothing?: boolean;
}

/** A result that is either a value or the error text upstream returns. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requirement.Matches. */
export function requirementMatches(r: Requirement, labels: Record<string, string> | undefined): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  const val = has ? (labels as Record<string, string>)[r.key] : undefined;
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes(val as string);
    case 'notin':
    case '!=':
      return !has || !r.values.includes(val as string);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !/^[+-]?\d+$/.test(val as string) || r.values.length !== 1) return false;
      const lv = Number(val);
      const rv = Number(r.values[0]);
      return r.operator === 'gt' ? lv > rv : lv < rv;
    }
  }
}

/** Selector.Matches: every requirement matches (Everything matches all, Nothing matches none). */
export function selectorMatches(sel: Selector, labels: Record<string, string> | undefined): boolean {
  if (sel.nothing) return false;
  return sel.requirements.every((r) => requirementMatches(r, labels));
}

/** Requirement.String(): `app=nginx`, `env in (a,b)`, `!key`, `key`. */
export function requirementString(r: Requirement): string {
  if (r.operator === 'exists') return r.key;
  if (r.operator === '!') return `!${r.key}`;
  const vals = r.values.length === 1 ? (r.values[0] as string) : [...r.values].sort().join(',');
  switch (r.operator) {
    case 'in':
      return `${r.key} in (${vals})`;
    case 'notin':
      return `${r.key} notin (${vals})`;
    case 'gt':
      return `${r.key}>${vals}`;
    case 'lt':
      return `${r.key}<${vals}`;
    default:
      return `${r.key}${r.operator}${vals}`;
  }
}

/** Selector.String(): requirements (sorted by key) joined by ','; '' for Everything and Nothing. */
export function selectorString(sel: Selector): string {
  return sel.nothing ? '' : sel.requirements.map(requirementString).join(',');
}

/** Sorts requirements by key, keeping the order of equal keys (Go's sort.Sort(ByKey) on these inputs). */
function byKey(reqs: Requirement[]): Requirement[] {
  return reqs
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.i - b.i))
    .map((x) => x.r);
}

const OP_OF: Record<string, SelectorOperator> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

/**
 * metav1.LabelSelectorAsSelector: nil → Nothing, `{}` → Everything, matchLabels → `k=v` requirements,
 * matchExpressions → set-based ones. Errors carry upstream's text.
 */
export function labelSelectorAsSelector(ps: LabelSelector | null | undefined): Parsed<Selector> {
  if (ps === null || ps === undefined) return { ok: true, value: { requirements: [], nothing: true } };
  const reqs: Requirement[] = [];
  for (const k of Object.keys(ps.matchLabels ?? {}).sort()) {
    const r = newRequirement(k, '=', [(ps.matchLabels as Record<string, string>)[k] as string]);
    if (!r.ok) return r;
    reqs.push(r.value);
  }
  for (const expr of ps.matchExpressions ?? []) {
    const op = OP_OF[expr.operator];
    if (op === undefined)
      return { ok: false, error: `"${expr.operator}" is not a valid label selector operator` };
    const r = newRequirement(expr.key, op, [...(expr.values ?? [])]);
    if (!r.ok) return r;
    reqs.push(r.value);
  }
  return { ok: true, value: { requirements: byKey(reqs) } };
}

/** True when a (possibly nil) LabelSelector selects these labels; an invalid selector selects nothing. */
export function labelSelectorMatches(
  ps: LabelSelector | null | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  if (ps === null || ps === undefined) return false;
  // Controllers match thousands of pods against the same (immutable) selector object: compile it once.
  let compiled = COMPILED.get(ps);
  if (compiled === undefined) {
    const s = labelSelectorAsSelector(ps);
    compiled = s.ok ? s.value : null;
    COMPILED.set(ps, compiled);
  }
  return compiled !== null && selectorMatches(compiled, labels);
}

/** Compiled selectors by selector object (null = invalid selector, which matches nothing). */
const COMPILED = new WeakMap<LabelSelector, Selector | null>();

/** The selector as kubectl prints it (`app=nginx,tier=web`); '' for an empty or nil selector. */
export function selectorToString(ps: LabelSelector | null | undefined): string {
  const s = labelSelectorAsSelector(ps);
  return s.ok ? selectorString(s.value) : '<error>';
}

/** metav1.FormatLabelSelector: like selectorToString but `<none>` when empty (kubectl describe / -o wide). */
export function formatLabelSelector(ps: LabelSelector | null | undefined): string {
  const s = selectorToString(ps);
  return s === '' ? '<none>' : s;
}

/** labels.Set.String(): `k=v,k2=v2` sorted by key ('' for no labels). */
export function labelsToString(labels: Record<string, string> | undefined): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${(labels as Record<string, string>)[k]}`)
    .join(',');
}

/**
 * labels.NewRequirement: validates the key, the value count for the operator and each value. The error is
 * the aggregated field-error text, e.g. `key: Invalid value: "a b": name part must consist of ...`.
 */
export function newRequirement(
  k: string,
  op: SelectorOperator,
  vals: string[],
  path = '',
): Parsed<Requirement> {
  const errs: FieldError[] = [];
  const keyErrs = isQualifiedName(k);
  if (keyErrs.length > 0) errs.push(invalid(child(path, 'key'), k, keyErrs.join('; ')));
  const valuePath = child(path, 'values');
  if ((op === 'in' || op === 'notin') && vals.length === 0)
    errs.push(invalid(valuePath, vals, "for 'in', 'notin' operators, values set can't be empty"));
  if ((op === '=' || op === '==' || op === '!=') && vals.length !== 1)
    errs.push(invalid(valuePath, vals, 'exact-match compatibility requires one single value'));
  if ((op === 'exists' || op === '!') && vals.length !== 0)
    errs.push(invalid(valuePath, vals, 'values set must be empty for exists and does not exist'));
  if (op === 'gt' || op === 'lt') {
    if (vals.length !== 1)
      errs.push(invalid(valuePath, vals, "for 'Gt', 'Lt' operators, exactly one value is required"));
    vals.forEach((v, i) => {
      if (!/^[+-]?\d+$/.test(v))
        errs.push(invalid(index(valuePath, i), v, "for 'Gt', 'Lt' operators, the value must be an integer"));
    });
  }
  vals.forEach((v, i) => {
    const ve = isValidLabelValue(v);
    if (ve.length > 0) errs.push(invalid(key(index(valuePath, i), k), v, ve.join('; ')));
  });
  if (errs.length > 0) return { ok: false, error: aggregateFieldErrors(errs) };
  return { ok: true, value: { key: k, operator: op, values: vals } };
}

// ---------------------------------------------------------------------------------------------------
// Parser for `kubectl -l` selector text (labels.Parse). The API server parses the text and returns the
// error as a BadRequest; kubectl prefixes it with `Unable to find "<gvr>" that match label selector ...`.

type Tok = 'error' | 'end' | ')' | ',' | '!' | '==' | '=' | '>' | 'id' | 'in' | '<' | '!=' | 'notin' | '(';
interface Item {
  tok: Tok;
  lit: string;
}

const KEYWORDS: Record<string, Tok> = {
  ')': ')',
  ',': ',',
  '!': '!',
  '==': '==',
  '=': '=',
  '>': '>',
  in: 'in',
  '<': '<',
  '!=': '!=',
  notin: 'notin',
  '(': '(',
};
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isSpecial = (c: string): boolean => '=!(),><'.includes(c);

/** The lexer: identifiers/keywords run to the next special symbol or blank; symbols are matched longest-first. */
function lex(s: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && isSpace(s[pos] as string)) pos++;
    if (pos >= s.length) {
      items.push({ tok: 'end', lit: '' });
      return items;
    }
    if (isSpecial(s[pos] as string)) {
      let buf = '';
      let last: Item | undefined;
      while (pos < s.length && isSpecial(s[pos] as string)) {
        buf += s[pos];
        const t = KEYWORDS[buf];
        if (t !== undefined) last = { tok: t, lit: buf };
        else if (last) break;
        pos++;
      }
      items.push(last ?? { tok: 'error', lit: `error expected: keyword found '${buf}'` });
    } else {
      let buf = '';
      while (pos < s.length && !isSpecial(s[pos] as string) && !isSpace(s[pos] as string)) buf += s[pos++];
      const t = KEYWORDS[buf];
      items.push({ tok: t ?? 'id', lit: buf });
    }
  }
}

const BINARY: Partial<Record<Tok, SelectorOperator>> = {
  in: 'in',
  '=': '=',
  '==': '==',
  '>': 'gt',
  '<': 'lt',
  notin: 'notin',
  '!=': '!=',
};

class SelectorParser {
  private position = 0;
  constructor(private readonly items: Item[]) {}

  /** Current token; in a value context the keywords `in`/`notin` are plain identifiers. */
  lookahead(values: boolean): Item {
    const it = this.items[this.position] as Item;
    return values && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it;
  }

  consume(values: boolean): Item {
    const it = this.lookahead(values);
    this.position++;
    return it;
  }

  parse(): Parsed<Requirement[]> {
    const reqs: Requirement[] = [];
    for (;;) {
      const { tok, lit } = this.lookahead(true);
      if (tok === 'end') return { ok: true, value: reqs };
      if (tok !== 'id' && tok !== '!')
        return fail(`found '${lit}', expected: !, identifier, or 'end of string'`);
      const r = this.parseRequirement();
      if (!r.ok) return fail(`unable to parse requirement: ${r.error}`);
      reqs.push(r.value);
      const next = this.consume(true);
      if (next.tok === 'end') return { ok: true, value: reqs };
      if (next.tok !== ',') return fail(`found '${next.lit}', expected: ',' or 'end of string'`);
      const after = this.lookahead(true);
      if (after.tok !== 'id' && after.tok !== '!')
        return fail(`found '${after.lit}', expected: identifier after ','`);
    }
  }

  private parseRequirement(): Parsed<Requirement> {
    let it = this.consume(true);
    let op: SelectorOperator | undefined;
    if (it.tok === '!') {
      op = '!';
      it = this.consume(true);
    }
    if (it.tok !== 'id') return fail(`found '${it.lit}', expected: identifier`);
    const keyErrs = isQualifiedName(it.lit);
    // The parser has no field path, so upstream's field error prints its path as `<nil>`.
    if (keyErrs.length > 0) return fail(`<nil>: ${fieldErrorBody(invalid('', it.lit, keyErrs.join('; ')))}`);
    const k = it.lit;
    const t = this.lookahead(true).tok;
    if ((t === 'end' || t === ',') && op !== '!') op = 'exists';
    if (op === 'exists' || op === '!') return newRequirement(k, op, []);
    const opItem = this.consume(false);
    const binary = BINARY[opItem.tok];
    if (binary === undefined) return fail(`found '${opItem.lit}', expected: in, notin, =, ==, !=, gt, lt`);
    const vals = binary === 'in' || binary === 'notin' ? this.parseValues() : this.parseExactValue();
    if (!vals.ok) return vals;
    return newRequirement(k, binary, [...new Set(vals.value)].sort());
  }

  private parseValues(): Parsed<string[]> {
    const open = this.consume(true);
    if (open.tok !== '(') return fail(`found '${open.lit}' expected: '('`);
    const { tok, lit } = this.lookahead(true);
    if (tok === ')') {
      this.consume(true);
      return { ok: true, value: [''] };
    }
    if (tok !== 'id' && tok !== ',') return fail(`found '${lit}', expected: ',', ')' or identifier`);
    const list = this.parseIdentifiersList();
    if (!list.ok) return list;
    if (this.consume(true).tok !== ')') return fail(`found '${lit}', expected: ')'`);
    return list;
  }

  /** A possibly empty, comma-separated list of possibly empty identifiers, up to (not including) ')'. */
  private parseIdentifiersList(): Parsed<string[]> {
    const s = new Set<string>();
    for (;;) {
      const { tok, lit } = this.consume(true);
      if (tok === 'id') {
        s.add(lit);
        const next = this.lookahead(true);
        if (next.tok === ',') continue;
        if (next.tok === ')') return { ok: true, value: [...s] };
        return fail(`found '${next.lit}', expected: ',' or ')'`);
      }
      if (tok !== ',') return fail(`found '${lit}', expected: ',', or identifier`);
      if (s.size === 0) s.add(''); // "(," starts with an empty value
      const next = this.lookahead(true).tok;
      if (next === ')') {
        s.add('');
        return { ok: true, value: [...s] };
      }
      if (next === ',') s.add('');
    }
  }

  private parseExactValue(): Parsed<string[]> {
    const t = this.lookahead(true).tok;
    if (t === 'end' || t === ',') return { ok: true, value: [''] };
    const it = this.consume(true);
    if (it.tok === 'id') return { ok: true, value: [it.lit] };
    return fail(`found '${it.lit}', expected: identifier`);
  }
}

function fail<T>(error: string): Parsed<T> {
  return { ok: false, error };
}

/**
 * labels.Parse for `kubectl get -l <text>`: equality (`=`, `==`, `!=`), set-based (`in`, `notin`), exists
 * (`key`) and `!key`, comma-separated. On failure the error is the API server's text, e.g.
 * `unable to parse requirement: found 'b' expected: '('`.
 */
export function parseSelector(text: string): Parsed<Selector> {
  const r = new SelectorParser(lex(text)).parse();
  if (!r.ok) return r;
  return { ok: true, value: { requirements: byKey(r.value) } };
}
