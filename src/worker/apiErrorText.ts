// How kubectl prints a failed API request (cmdutil.CheckErr / StandardErrorMessage), and the reverse: the
// field errors inside such a text, for the controls' inline validation messages.
import type { ApiStatus } from '../engine';
import type { FieldCause } from './protocol';

/**
 * kubectlApiErrorText: Invalid → `The Deployment "x" is invalid: <field>: <body>` (one cause) or the prefix,
 * a newline and `* <field>: <body>` per cause; any other failure → `Error from server (<Reason>): <message>`.
 */
export function kubectlApiErrorText(status: ApiStatus): string {
  const causes = status.details?.causes ?? [];
  if (status.reason === 'Invalid' && causes.length > 0) {
    const prefix = `The ${status.details?.kind ?? ''} "${status.details?.name ?? ''}" is invalid: `;
    const lines = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    return lines.length === 1
      ? `${prefix}${lines[0]}\n`
      : `${prefix}\n${lines.map((l) => `* ${l}`).join('\n')}\n`;
  }
  return `Error from server (${status.reason}): ${status.message}\n`;
}

const INVALID = /^The \S+ "[^"]*" is invalid: ?(.*)$/s;

/** A field error line `spec.x: Invalid value: …` → its field path and the rest (`field` empty if none). */
function splitCause(line: string): FieldCause {
  const m = /^([A-Za-z][\w.[\]-]*): (.*)$/s.exec(line);
  return m ? { field: m[1]!, message: line } : { field: '', message: line };
}

/**
 * validationCauses: the field errors of a kubectl error text (Invalid format above); any other error is one
 * cause without a field. Each cause's `message` is the whole line, e.g.
 * `spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when \`maxSurge\` is 0`.
 */
export function validationCauses(stderrText: string): FieldCause[] {
  const text = stderrText.replace(/\n+$/, '');
  if (text === '') return [];
  const m = INVALID.exec(text);
  if (!m) return [{ field: '', message: text.replace(/^error: /, '') }];
  const body = m[1]!;
  if (body.startsWith('\n') || body === '') {
    return body
      .split('\n')
      .filter((l) => l.startsWith('* '))
      .map((l) => splitCause(l.slice(2)));
  }
  return [splitCause(body)];
}
