// Ids for commands whose outcome a component waits for (the terminal's jobs, the editor's apply): unique across
// the app, so each can find its own terminal entries and finished jobs in the frames.

let next = 1;

/** A fresh request id. */
export function nextRequestId(): number {
  return next++;
}
