// Mirrors client-go's third_party/forked/golang/template eq/lt/le/gt/ge/ne as JSONPath filters use them.
import type { GoValue } from './go/values';
import { GoByte, GoNumber } from './go/values';

type Kind = 'bool' | 'int' | 'uint' | 'float' | 'string';

/** A comparison error, with Go's text. */
export class CompareError {
  constructor(readonly message: string) {}
}

const BAD_TYPE = 'invalid type for comparison';
const INCOMPATIBLE = 'incompatible types for comparison';

function basicKind(v: GoValue): { kind: Kind; value: number | string | boolean } {
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'number') return { kind: Number.isInteger(v) ? 'int' : 'float', value: v };
  if (v instanceof GoNumber) return { kind: v.type === 'int' ? 'int' : 'float', value: v.value };
  if (v instanceof GoByte) return { kind: 'uint', value: v.value };
  throw new CompareError(BAD_TYPE);
}

function isInteger(k: Kind): boolean {
  return k === 'int' || k === 'uint';
}

/** eq: equal values of the same basic kind; signed and unsigned integers compare by value. */
export function goEqual(a: GoValue, b: GoValue): boolean {
  const x = basicKind(a);
  const y = basicKind(b);
  if (x.kind !== y.kind && !(isInteger(x.kind) && isInteger(y.kind))) throw new CompareError(INCOMPATIBLE);
  return x.value === y.value;
}

/** lt: ordered kinds only (booleans are an invalid type). */
export function goLess(a: GoValue, b: GoValue): boolean {
  const x = basicKind(a);
  const y = basicKind(b);
  if (x.kind !== y.kind && !(isInteger(x.kind) && isInteger(y.kind))) throw new CompareError(INCOMPATIBLE);
  if (x.kind === 'bool') throw new CompareError(BAD_TYPE);
  return x.value < y.value;
}

/** A filter operator applied as upstream: `<=` is lt-or-eq, `>` is not-le, `>=` is not-lt, `!=` is not-eq. */
export function compare(op: string, a: GoValue, b: GoValue): boolean {
  switch (op) {
    case '<':
      return goLess(a, b);
    case '>':
      return !(goLess(a, b) || goEqual(a, b));
    case '==':
      return goEqual(a, b);
    case '!=':
      return !goEqual(a, b);
    case '<=':
      return goLess(a, b) || goEqual(a, b);
    case '>=':
      return !goLess(a, b);
    default:
      throw new CompareError(`unrecognized filter operator ${op}`);
  }
}
