// Global keyboard control (presenter keys work in every view): Space play/pause, ←/→ step between decisions,
// Shift+←/→ scrub, 1–5 speed, P presenter, L language. Space on the page body is the app's own shortcut
// (app/useShortcuts); this handles Space only when focus rests on some other non-interactive element.
import { useEffect } from 'react';
import type { Classroom } from '../persist/classroom';
import { keyAction, ownsKeys, SCRUB_MS, type KeyAction } from './keys';

/** Apply one key action. */
export function applyKeyAction(classroom: Classroom, action: KeyAction): void {
  const { session, store } = classroom;
  const { now, head } = session.position;
  switch (action.type) {
    case 'togglePlay':
      return session.setPlaying(!classroom.app.getState().playing);
    case 'step':
      return session.step(action.direction < 0 ? 'back' : 'forward');
    case 'scrub':
      // within the recorded timeline, like the slider's own Shift+arrows
      return session.seek(Math.min(head, Math.max(0, now + action.direction * SCRUB_MS)));
    case 'speed':
      return session.setSpeed(action.speed);
    case 'presenter': {
      const view = store.getState().view;
      if (view !== 'embed') store.getState().setView(view === 'presenter' ? 'normal' : 'presenter');
      return;
    }
    case 'language':
      void classroom.i18n.changeLanguage(classroom.i18n.language === 'zh' ? 'en' : 'zh');
      return;
  }
}

export function useKeyboard(classroom: Classroom): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (ownsKeys(target)) return;
      const action = keyAction(e);
      if (!action) return;
      if (action.type === 'togglePlay') {
        // The body is the app shortcut's; buttons and links activate themselves with Space.
        if (!target || target === document.body || target.closest('button, a, summary, [role="button"]'))
          return;
      }
      e.preventDefault();
      applyKeyAction(classroom, action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [classroom]);
}
