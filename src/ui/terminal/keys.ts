// Which keyboard events the terminal handles itself (history, completion, Ctrl+C …) rather than leaving them to
// xterm; copy and paste stay with the browser. Reads `key` (not the legacy keyCode), so it works everywhere.
import type { EditorKey } from './lineEditor';

/** What to do with a keyboard event. */
export type KeyDecision = EditorKey | 'copy' | 'paste' | 'leave' | undefined;

const PLAIN: Record<string, EditorKey> = {
  Enter: 'enter',
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'home',
  End: 'end',
  Backspace: 'backspace',
  Delete: 'delete',
  Tab: 'tab',
};

const CTRL: Record<string, EditorKey> = {
  c: 'interrupt',
  l: 'clearScreen',
  a: 'home',
  e: 'end',
  u: 'killLine',
  k: 'killToEnd',
  w: 'deleteWord',
};

/**
 * keyDecision: an editor key, `copy` / `paste` (let the browser do it), `leave` (Escape: move focus out of the
 * terminal, so Tab-for-completion is no keyboard trap), or undefined (xterm turns it into text).
 */
export function keyDecision(
  ev: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>,
  hasSelection: boolean,
): KeyDecision {
  if (ev.isComposing) return undefined;
  const key = ev.key;
  if (ev.metaKey) return key === 'c' ? 'copy' : key === 'v' ? 'paste' : undefined;
  if (ev.ctrlKey && !ev.altKey) {
    const lower = key.toLowerCase();
    if (lower === 'c' && (hasSelection || ev.shiftKey)) return 'copy';
    if (lower === 'v') return 'paste';
    return CTRL[lower];
  }
  if (key === 'Escape') return 'leave';
  if (ev.altKey) return undefined;
  if (key === 'Tab' && ev.shiftKey) return 'leave';
  return PLAIN[key];
}
