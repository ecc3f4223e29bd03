// The view mode on the page: `<html data-view="presenter|embed">` drives the stylesheet (large type, high
// contrast, only stage + timeline + terminal), and an idle pointer is hidden in those views.
import { useEffect } from 'react';

/** Wall ms without pointer movement after which the cursor hides in presenter and embed views. */
export const IDLE_CURSOR_MS = 2500;

/** Mirror the view mode onto `<html data-view>`. */
export function useViewAttribute(view: string): void {
  useEffect(() => {
    const root = document.documentElement;
    if (view === 'normal') delete root.dataset.view;
    else root.dataset.view = view;
    return () => {
      delete root.dataset.view;
    };
  }, [view]);
}

/** Hide the cursor after IDLE_CURSOR_MS without movement (`<html data-cursor="idle">`) while `active`. */
export function useIdleCursor(active: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      delete root.dataset.cursor;
      clearTimeout(timer);
      timer = setTimeout(() => {
        root.dataset.cursor = 'idle';
      }, IDLE_CURSOR_MS);
    };
    wake();
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      delete root.dataset.cursor;
    };
  }, [active]);
}
