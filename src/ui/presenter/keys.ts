// The presenter keyboard as data: which key does what. Pure, so tests read it like a table. Keys never act
// while the user types (inputs, the terminal, selects) or holds Ctrl/Alt/Meta (browser shortcuts stay intact).
import type { Speed } from '../../worker/protocol';

export type KeyAction =
  | { type: 'togglePlay' }
  | { type: 'step'; direction: -1 | 1 }
  | { type: 'scrub'; direction: -1 | 1 }
  | { type: 'speed'; speed: Speed }
  | { type: 'presenter' }
  | { type: 'language' };

/** Keys 1–5: the five speeds a class needs (slow motion to fast forward). */
export const SPEED_KEYS: Record<string, Speed> = { '1': 0.5, '2': 1, '3': 2, '4': 4, '5': 16 };

/** Simulated ms one Shift+arrow scrub moves. */
export const SCRUB_MS = 5000;

/** The parts of a keyboard event the keymap looks at. */
export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/** keyAction: the action of a key press, if it has one. */
export function keyAction(e: KeyInput): KeyAction | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  switch (e.key) {
    case ' ':
      return e.repeat ? undefined : { type: 'togglePlay' };
    case 'ArrowLeft':
      return e.shiftKey ? { type: 'scrub', direction: -1 } : { type: 'step', direction: -1 };
    case 'ArrowRight':
      return e.shiftKey ? { type: 'scrub', direction: 1 } : { type: 'step', direction: 1 };
    case 'p':
    case 'P':
      return e.repeat ? undefined : { type: 'presenter' };
    case 'l':
    case 'L':
      return e.repeat ? undefined : { type: 'language' };
    default: {
      const speed = SPEED_KEYS[e.key];
      return speed === undefined ? undefined : { type: 'speed', speed };
    }
  }
}

/** Elements whose own keyboard handling must win (typing, selecting, sliders, radio groups). */
export function ownsKeys(el: Element | null): boolean {
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if (el.closest('[role="slider"], [role="textbox"], [role="radiogroup"], [role="combobox"], .xterm'))
    return true;
  return false;
}
