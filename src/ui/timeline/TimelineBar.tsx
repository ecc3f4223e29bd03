// The timeline row under the stage: transport, the bar with its markers, undo of a discarded branch, run
// files — and the branch prompt when an action in the past waits for an answer.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../format/time';
import { SpeedPicker, StepUnitPicker, TransportButtons } from '../playback/Transport';
import { useApp, useClient } from '../store/context';
import { BranchDialog } from './BranchDialog';
import { RunFiles } from './RunFiles';
import { Track } from './Track';
import './timeline.css';

/** Restore the future discarded by the last branch (once). */
function UndoBranch() {
  const { t } = useTranslation();
  const client = useClient();
  const undo = useApp((s) => s.branchUndo);
  if (!undo) return null;
  return (
    <button
      type="button"
      className="tl-undo"
      onClick={() => client.send({ type: 'undoBranch' })}
      title={t('timeline.undoHint', { from: formatClock(undo.at), to: formatClock(undo.head) })}
    >
      <span aria-hidden="true">↶</span> {t('timeline.undo')}
    </button>
  );
}

export function TimelineBar() {
  const { t } = useTranslation();
  return (
    <section className="tl" aria-label={t('timeline.title')}>
      <div className="tl__row">
        <TransportButtons />
        <Track />
      </div>
      <div className="tl__row tl__row--tools">
        <StepUnitPicker />
        <SpeedPicker />
        <span className="tl__spacer" />
        <UndoBranch />
        <RunFiles />
      </div>
      <BranchDialog />
    </section>
  );
}
