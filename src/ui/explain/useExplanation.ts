// The explanation at the playhead, for the Why? panel and the narration (the same sentence in both).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { selectLatestDecision } from '../store/selectors';
import { explanationAt, type Explanation } from './explanation';

export function useExplanation(): Explanation | undefined {
  const { t, i18n } = useTranslation();
  const decision = useApp(selectLatestDecision);
  const note = useApp((s) => s.kubeletNote);
  // the playhead matters only to tell whether a back-off window has already ended (no re-render per frame)
  const over = useApp((s) => s.kubeletNote !== undefined && s.kubeletNote.retryAt <= s.now);
  return useMemo(() => explanationAt(t, i18n, decision, note, over), [t, i18n, decision, note, over]);
}
