// Errors as kubectl reports them. Mirrors cmdutil.CheckErr / StandardErrorMessage / MultilineError /
// MultipleErrors (kubectl pkg/cmd/util/helpers.go), AddSourceToErr and utilerrors.Aggregate's text.
import type { ApiStatus, StatusCause } from '../../engine/index';
import { goQuote } from '../cli/index';

/** An API error as the server answered it (reason '' = a Status without a reason). */
export interface StatusLike {
  message: string;
  reason: ApiStatus['reason'] | string;
  details?: { name?: string; kind?: string; causes?: StatusCause[] };
}

/** A kubectl error value: a server Status, a plain message, or an aggregate of several. */
export type CmdError =
  | { type: 'status'; status: StatusLike }
  | { type: 'plain'; message: string }
  | { type: 'aggregate'; errors: CmdError[] };

/** fmt.Errorf(message). */
export const plain = (message: string): CmdError => ({ type: 'plain', message });

/** An API Status error. */
export const fromStatus = (status: StatusLike): CmdError => ({ type: 'status', status });

/**
 * AddSourceToErr: `error when creating "nginx.yaml": <message>` (Status errors keep their reason and details,
 * so Invalid errors still print as `The Deployment "x" is invalid: …`). No source, no change.
 */
export function withSource(verb: string, source: string | undefined, err: CmdError): CmdError {
  if (!source) return err;
  if (err.type === 'status') {
    return fromStatus({
      ...err.status,
      message: `error when ${verb} ${goQuote(source)}: ${err.status.message}`,
    });
  }
  return plain(`error when ${verb} ${goQuote(source)}: ${errorString(err)}`);
}

/**
 * utilerrors.NewAggregate: undefined for no errors. Error() of several is `[a, b]` (duplicate texts once);
 * CheckErr unwraps an aggregate of one.
 */
export function aggregate(errors: readonly CmdError[]): CmdError | undefined {
  if (errors.length === 0) return undefined;
  return { type: 'aggregate', errors: [...errors] };
}

/** err.Error(). */
export function errorString(err: CmdError): string {
  switch (err.type) {
    case 'status':
      return err.status.message;
    case 'plain':
      return err.message;
    case 'aggregate': {
      if (err.errors.length === 1) return errorString(err.errors[0] as CmdError);
      const seen = new Set<string>();
      const msgs: string[] = [];
      for (const e of err.errors) {
        const m = errorString(e);
        if (!seen.has(m)) {
          seen.add(m);
          msgs.push(m);
        }
      }
      return msgs.length === 1 ? (msgs[0] as string) : `[${msgs.join(', ')}]`;
    }
  }
}

/** StandardErrorMessage: `Error from server (NotFound): …` for Status errors, undefined otherwise. */
export function standardErrorMessage(err: CmdError): string | undefined {
  if (err.type !== 'status') return undefined;
  const s = err.status;
  if (s.reason === 'Unauthorized') return `error: You must be logged in to the server (${s.message})`;
  if (s.reason) return `Error from server (${s.reason}): ${s.message}`;
  return `Error from server: ${s.message}`;
}

/** messageForError: the standard message, else Error() (no `error: ` prefix). */
function messageForError(err: CmdError): string {
  return standardErrorMessage(err) ?? errorString(err);
}

/**
 * The Invalid case of CheckErr: `The Deployment "x" is invalid: spec.replicas: Invalid value: -1: …` for one
 * cause; for several, that prefix, a newline and one `* field: message` line per distinct cause.
 */
function invalidText(s: StatusLike): string {
  let head = 'The request is invalid';
  const d = s.details;
  if (!d) return `${head}\n`;
  if ((d.kind ?? '') !== '' || (d.name ?? '') !== '')
    head = `The ${d.kind ?? ''} ${goQuote(d.name ?? '')} is invalid`;
  const causes = d.causes ?? [];
  if (causes.length === 0) return `${head}\n`;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of causes) {
    const m = `${c.field}: ${c.message}`;
    if (!seen.has(m)) {
      seen.add(m);
      lines.push(m);
    }
  }
  if (lines.length === 1) return `${head}: ${lines[0]}\n`;
  return `${head}: \n${lines.map((l) => `* ${l}\n`).join('')}`;
}

/**
 * The complete stderr text kubectl's CheckErr prints for an error (always ending in a newline). The exit code
 * is 1 in every case modelled here.
 */
export function checkErrText(input: CmdError): string {
  let err = input;
  if (err.type === 'aggregate' && err.errors.length === 1) err = err.errors[0] as CmdError;
  if (err.type === 'status' && err.status.reason === 'Invalid') return invalidText(err.status);
  if (err.type === 'aggregate') return err.errors.map((e) => `${messageForError(e)}\n`).join('');
  let msg = standardErrorMessage(err);
  if (msg === undefined) {
    msg = errorString(err);
    if (!msg.startsWith('error: ')) msg = `error: ${msg}`;
  }
  return msg.endsWith('\n') ? msg : `${msg}\n`;
}

/** cmdutil.UsageErrorf: the message and where to look for help. */
export function usageError(commandPath: string, message: string): CmdError {
  return plain(`${message}\nSee '${commandPath} -h' for help and examples`);
}
