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
  // the playhead matters only to tell whether a back-off window has already ended
  const now = useApp((s) => s.now);
  return useMemo(() => explanationAt(t, i18n, decision, note, now), [t, i18n, decision, note, now]);
}
