// One pod: a button named `<pod name> <STATUS>` (kubectl's STATUS word) that opens the pod's details; its
// glyph shows the state by shape, and a ring + caption count down back-offs, grace periods and minReadySeconds.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Countdown, PodFrame } from '../../worker/protocol';
import { formatRemaining } from '../format/time';
import { useApp } from '../store/context';
import { selectNow } from '../store/selectors';
import { COUNTDOWN_KEYS, remaining } from './countdown';
import { PodGlyph } from './PodGlyph';

/** The ring around the glyph for a running countdown (re-renders with the clock). */
function CountingGlyph({ pod, countdown }: { pod: PodFrame; countdown: Countdown }) {
  const now = useApp(selectNow);
  return <PodGlyph state={pod.state} fraction={remaining(countdown, now).fraction} />;
}

/** The countdown's caption: `retry in 8s`, `grace 25s`, `available in 7s`. */
function CountdownCaption({ countdown }: { countdown: Countdown }) {
  const { t } = useTranslation();
  const now = useApp(selectNow);
  return (
    <span className="pod__countdown">
      {t(COUNTDOWN_KEYS[countdown.kind], { time: formatRemaining(remaining(countdown, now).ms) })}
    </span>
  );
}

/** The part of a pod name after its ReplicaSet's name (`nginx-deployment-75675f5897-7ci7o` → `7ci7o`). */
export function podSuffix(pod: string, lane: string): string {
  return lane !== '' && pod.startsWith(`${lane}-`) ? pod.slice(lane.length + 1) : pod;
}

/** A pod tile (memoised: it re-renders only when this pod's frame data changed). */
export const PodTile = memo(function PodTile({ pod }: { pod: PodFrame }) {
  const { t } = useTranslation();
  const selectPod = useApp((s) => s.selectPod);
  const selected = useApp((s) => s.selectedPod === pod.name);
  const stateLabel = t(`pod.state.${pod.state}.label`);
  return (
    <button
      type="button"
      className={`pod pod--${pod.state}${selected ? ' pod--selected' : ''}`}
      aria-label={`${pod.name} ${pod.status}`}
      aria-pressed={selected}
      title={`${pod.name}\n${stateLabel} — ${t(`pod.state.${pod.state}.description`)}`}
      data-state={pod.state}
      onClick={() => selectPod(selected ? undefined : pod.name)}
    >
      {pod.countdown ? <CountingGlyph pod={pod} countdown={pod.countdown} /> : <PodGlyph state={pod.state} />}
      <span className="pod__id">{podSuffix(pod.name, pod.lane)}</span>
      <span className="pod__status">{pod.status}</span>
      {pod.countdown && <CountdownCaption countdown={pod.countdown} />}
      {pod.restarts > 0 && (
        <span className="pod__restarts">{t('pod.restarts', { count: pod.restarts })}</span>
      )}
    </button>
  );
});
