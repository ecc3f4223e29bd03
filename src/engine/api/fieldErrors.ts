// Mirrors k8s.io/apimachinery/pkg/util/validation/field (errors.go, path.go) and the message helpers of
// pkg/util/validation (RegexError, MaxLenError, ...): field errors rendered exactly as the API server does.

/** field.ErrorType: the machine-readable reason, also used as StatusCause.reason. */
export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError';

/** One field-level validation error (field.Error). `field` is the rendered path, e.g. `spec.replicas`. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  badValue?: unknown;
  detail: string;
}

/**
 * A bad value that is already rendered (Go's json.Marshal output for a map or struct). Use it where key
 * order or Go field names matter, e.g. `new GoJson('{"Type":"x","RollingUpdate":null}')`.
 */
export class GoJson {
  constructor(readonly text: string) {}
}

// ---------------------------------------------------------------------------------------------------
// Paths (field.Path). Paths are plain strings; these helpers build them the way Path.String() prints.

/** path.Child(a, b, ...): `spec` + `replicas` → `spec.replicas`; the root child has no dot. */
export function child(path: string, ...names: string[]): string {
  return [path, ...names].filter((p) => p !== '').join('.');
}

/** path.Index(i): `spec.containers` → `spec.containers[0]`. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** path.Key(k): `spec.containers[0].resources.limits` → `...limits[cpu]`. */
export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}

// ---------------------------------------------------------------------------------------------------
// Constructors (field.Required, field.Invalid, ...)

/** field.Required: body `Required value` (+ `: detail`). */
export const required = (field: string, detail = ''): FieldError => ({
  type: 'FieldValueRequired',
  field,
  detail,
});

/** field.Invalid: body `Invalid value: <value>: <detail>`. */
export const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({
  type: 'FieldValueInvalid',
  field,
  badValue,
  detail,
});

/** field.NotSupported: body `Unsupported value: <value>: supported values: "a", "b"`. */
export function notSupported(field: string, badValue: unknown, validValues: readonly string[]): FieldError {
  const detail = validValues.length > 0 ? `supported values: ${validValues.map(goQuote).join(', ')}` : '';
  return { type: 'FieldValueNotSupported', field, badValue, detail };
}

/** field.Forbidden: body `Forbidden: <detail>`. */
export const forbidden = (field: string, detail: string): FieldError => ({
  type: 'FieldValueForbidden',
  field,
  detail,
});

/** field.Duplicate: body `Duplicate value: <value>`. */
export const duplicate = (field: string, badValue: unknown): FieldError => ({
  type: 'FieldValueDuplicate',
  field,
  badValue,
  detail: '',
});

/** field.NotFound: body `Not found: <value>`. */
export const notFound = (field: string, badValue: unknown): FieldError => ({
  type: 'FieldValueNotFound',
  field,
  badValue,
  detail: '',
});

/** field.TooLong: body `Too long: may not be more than <n> bytes` (the value itself is never shown). */
export function tooLong(field: string, maxLength: number): FieldError {
  const detail =
    maxLength >= 0
      ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}`
      : 'value is too long';
  return { type: 'FieldValueTooLong', field, detail };
}

// ---------------------------------------------------------------------------------------------------
// Rendering

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
};

/**
 * Error.ErrorBody(): the message without the field, e.g. `Invalid value: -1: must be greater than or equal to 0`.
 * Numbers and booleans print bare, strings Go-quoted, everything else as Go's json.Marshal would.
 */
export function fieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  const showsValue = ![
    'FieldValueRequired',
    'FieldValueForbidden',
    'FieldValueTooLong',
    'InternalError',
  ].includes(e.type);
  if (showsValue) s += `: ${renderBadValue(e.badValue)}`;
  if (e.detail !== '') s += `: ${e.detail}`;
  return s;
}

/** Error.Error(): `<field>: <body>`, e.g. `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
export function fieldErrorString(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

/**
 * ErrorList.ToAggregate().Error(): duplicates (same full text) dropped; one error prints alone, several as
 * `[err1, err2]`. Returns '' for an empty list.
 */
export function aggregateFieldErrors(errs: readonly FieldError[]): string {
  const seen = new Set<string>();
  const msgs: string[] = [];
  for (const e of errs) {
    const m = fieldErrorString(e);
    if (!seen.has(m)) {
      seen.add(m);
      msgs.push(m);
    }
  }
  if (msgs.length === 0) return '';
  return msgs.length === 1 ? (msgs[0] as string) : `[${msgs.join(', ')}]`;
}

/** How a bad value prints: `-1`, `"Never"`, `{"app":"x"}`, `null`. */
export function renderBadValue(v: unknown): string {
  if (v instanceof GoJson) return v.text;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goQuote(v);
  return goJson(v);
}

/**
 * Go's json.Marshal for plain data: map keys sorted (Go sorts map keys; JS objects that stand for Go structs
 * should be wrapped in GoJson when their order differs), HTML characters escaped as \u003c \u003e \u0026.
 */
export function goJson(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return escapeHtml(JSON.stringify(v));
  if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (v instanceof GoJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const rec = v as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${escapeHtml(JSON.stringify(k))}:${goJson(rec[k])}`).join(',')}}`;
}

function escapeHtml(s: string): string {
  return s.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** strconv.Quote: `"x"` with Go escapes (\a \b \f \n \r \t \v \\ \", other control characters as \x..). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (GO_ESCAPES[c] !== undefined) out += GO_ESCAPES[c];
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const GO_ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
};

// ---------------------------------------------------------------------------------------------------
// Message helpers (k8s.io/apimachinery/pkg/util/validation)

/** RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 're')` — the double space is upstream's. */
export function regexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or ';
    out += `'${ex}', `;
  });
  return `${out}regex used for validation is '${re}')`;
}

/**
 * MaxLenError. Servers up to v1.34 say "characters"; the newest apimachinery says "bytes". We follow the
 * released servers learners meet (v1.3x): `must be no more than 63 characters`.
 */
export const maxLenError = (length: number): string => `must be no more than ${length} characters`;

/** EmptyError. */
export const emptyError = (): string => 'must be non-empty';

/** InclusiveRangeError: `must be between 1 and 65535, inclusive`. */
export const inclusiveRangeError = (lo: number, hi: number): string =>
  `must be between ${lo} and ${hi}, inclusive`;

/** The message of ValidateNonnegativeField (IsNegativeErrorMsg). */
export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';

/** ValidateNonnegativeField: `Invalid value: -1: must be greater than or equal to 0`. */
export function validateNonnegativeField(value: number, field: string): FieldError[] {
  return value < 0 ? [invalid(field, value, IS_NEGATIVE_ERROR_MSG)] : [];
}
