// Command results (defined by the shell, which runs kubectl) and kubectl's way of printing an error.
import type { CommandResult } from '../../shell/result';
import { result, stderr } from '../../shell/result';

export type { CommandResult, OutputChunk } from '../../shell/result';
export { result, stderr, stdout, textOf } from '../../shell/result';

/**
 * kubectl's CheckErr for a plain error: `error: ` is prefixed unless the message already starts with
 * it, and a newline is added unless the message ends with one. Exit code 1.
 */
export function kubectlError(message: string): CommandResult {
  let msg = message.startsWith('error: ') ? message : `error: ${message}`;
  if (!msg.endsWith('\n')) msg += '\n';
  return result(1, stderr(msg));
}
