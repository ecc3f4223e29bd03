// Mirrors k8s.io/client-go/util/jsonpath/jsonpath.go: FindResults (with its range/end bookkeeping) and the
// per-node evaluators. Map keys are visited in sorted order where Go's map iteration is random (`.*`, `..`).
import { CompareError, compare } from './compare';
import type { GoValue } from './go/values';
import { GoByte, GoNumber, goDefault, goTypeName, isMap, sortedKeys } from './go/values';
import { utf8Bytes } from './go/utf8';
import type { ListNode, Node } from './nodes';

/**
 * An execution error with upstream's text (e.g. `foo is not found`). `partial` is what the failing
 * evaluator returned alongside the error; an "exists" filter (`[?(@.x)]`) still counts it.
 */
export class JsonPathExecError {
  constructor(
    readonly message: string,
    readonly partial: GoValue[] = [],
  ) {}
}

const fail = (message: string, partial: GoValue[] = []): never => {
  throw new JsonPathExecError(message, partial);
};

/** The elements `.*` and `..` see below a value: map values (sorted keys), list items, string bytes. */
function children(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return sortedKeys(v).map((k) => v[k] ?? null);
  if (typeof v === 'string') return utf8Bytes(v).map((b) => new GoByte(b));
  return [];
}

/** One template execution (upstream keeps this state on the JSONPath object). */
export class JsonPathRun {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: Node | undefined;

  constructor(private readonly allowMissingKeys: boolean) {}

  /** FindResults: one result list per top-level node, ranges expanded. */
  findResults(data: GoValue, nodes: readonly Node[]): GoValue[][] {
    const cur: GoValue[] = [data];
    const full: GoValue[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      const results = this.walk(cur, node);
      // An {end}: close the block this call is iterating.
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      // A {range ...}: run the rest of the template once per result, then skip past the matching {end}.
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const value of results) full.push(...this.findResults(value, rest));
        else this.findResults(null, rest);
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: GoValue[], node: Node): GoValue[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(input, node.name);
      case 'array':
        return this.evalArray(input, node);
      case 'filter':
        return this.evalFilter(input, node);
      case 'int':
        return input.map(() => new GoNumber(node.value, 'int'));
      case 'float':
        return input.map(() => new GoNumber(node.value, 'float64'));
      case 'bool':
        return input.map(() => node.value);
      case 'wildcard':
        return input.flatMap((v) => (v === null ? [] : children(v)));
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return this.evalUnion(input, node.nodes);
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: GoValue[], node: ListNode): GoValue[] {
    let cur = input;
    for (const n of node.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalUnion(input: GoValue[], lists: readonly ListNode[]): GoValue[] {
    const result: GoValue[] = [];
    for (const list of lists) {
      try {
        result.push(...this.evalList(input, list));
      } catch (e) {
        if (e instanceof JsonPathExecError) fail(e.message, input);
        throw e;
      }
    }
    return result;
  }

  private evalIdentifier(input: GoValue[], name: string): GoValue[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      return fail('not in range, nothing to end');
    }
    return fail(`unrecognized identifier ${name}`, input);
  }

  private evalField(input: GoValue[], name: string): GoValue[] {
    if (input.length === 0) return [];
    const results: GoValue[] = [];
    for (const v of input) {
      if (v !== null && isMap(v) && Object.prototype.hasOwnProperty.call(v, name))
        results.push(v[name] ?? null);
    }
    if (results.length === 0 && !this.allowMissingKeys) fail(`${name} is not found`);
    return results;
  }

  private evalArray(input: GoValue[], node: Extract<Node, { type: 'array' }>): GoValue[] {
    const result: GoValue[] = [];
    for (const v of input) {
      if (v === null) continue;
      if (!Array.isArray(v)) fail(`${goTypeName(v)} is not array or slice`, input);
      const list = v as GoValue[];
      const [p0, p1, p2] = node.params.map((p) => ({ ...p }));
      const len = list.length;
      // Worked example: [-1] has start -1 and a derived end of 0; with 3 items they become [2:3].
      let start = p0?.known ? (p0.value ?? 0) : 0;
      if (start < 0) start += len;
      let end = p1?.known ? (p1.value ?? 0) : len;
      if (end < 0 || (end === 0 && p1?.derived)) end += len;
      if (end === start) return result;
      if (start >= len || start < 0) fail(`array index out of bounds: index ${start}, length ${len}`, input);
      if (end > len || end < 0) fail(`array index out of bounds: index ${end - 1}, length ${len}`, input);
      if (start > end) fail(`starting index ${start} is greater than ending index ${end}`, input);
      let step = 1;
      if (p2?.known) {
        if (p2.value <= 0) fail('step must be > 0', input);
        step = p2.value;
      }
      for (let i = start; i < end; i += step) result.push(list[i] ?? null);
    }
    return result;
  }

  private evalFilter(input: GoValue[], node: Extract<Node, { type: 'filter' }>): GoValue[] {
    const results: GoValue[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) fail(`${goDefault(v)} is not array or slice and cannot be filtered`, input);
      for (const item of v as GoValue[]) {
        let lefts: GoValue[];
        try {
          lefts = this.evalList([item], node.left);
        } catch (e) {
          if (node.operator !== 'exists' || !(e instanceof JsonPathExecError)) throw e;
          lefts = e.partial;
        }
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(item);
          continue;
        }
        if (lefts.length === 0) continue;
        if (lefts.length > 1) fail('can only compare one element at a time', input);
        const rights = this.evalList([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) fail('can only compare one element at a time', input);
        let pass: boolean;
        try {
          pass = compare(node.operator, lefts[0] ?? null, rights[0] ?? null);
        } catch (e) {
          if (e instanceof CompareError) fail(e.message, results);
          throw e;
        }
        if (pass) results.push(item);
      }
    }
    return results;
  }

  /** `..`: every value that has elements (maps, non-empty lists and strings), in pre-order. */
  private evalRecursive(input: GoValue[]): GoValue[] {
    const result: GoValue[] = [];
    for (const v of input) {
      if (v === null) continue;
      const kids = children(v);
      if (kids.length === 0) continue;
      result.push(v);
      result.push(...this.evalRecursive(kids));
    }
    return result;
  }
}
