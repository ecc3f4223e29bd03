// The transport: jump to start, step back, play/pause, step forward, jump to end, follow live; the step
// granularity and the speed. The worker's driver keeps time; these only send commands (actions.ts).
import { useTranslation } from 'react-i18next';
import { SPEEDS, type Speed, type StepUnit } from '../../worker/protocol';
import { useApp, useAppShallow } from '../store/context';
import { SPEED_KEYS, isLive, useTimelineActions } from './actions';
import { JumpEndIcon, JumpStartIcon, StepBackIcon, StepForwardIcon } from './icons';

const CHOICES: Speed[] = [...SPEEDS, 'max'];
const UNITS: StepUnit[] = ['decision', 'pod', 'second'];
const KEY_OF_SPEED = new Map(Object.entries(SPEED_KEYS).map(([k, s]) => [s, k]));

/** `0.25×`, `1×`, … or the "as fast as possible" label. */
function speedLabel(s: Speed, fastest: string): string {
  return s === 'max' ? fastest : `${s}×`;
}

/** Play/pause, steps, jumps and follow-live buttons. */
export function TransportButtons() {
  const { t } = useTranslation();
  const a = useTimelineActions();
  const { playing, loaded, live } = useAppShallow((s) => ({
    playing: s.playing,
    loaded: s.loaded,
    live: isLive(s),
  }));
  return (
    <div className="transport" role="group" aria-label={t('playback.title')}>
      <button
        type="button"
        className="transport__icon"
        disabled={!loaded}
        onClick={a.jumpStart}
        aria-label={t('timeline.jumpStart')}
        title={t('timeline.jumpStart')}
      >
        <JumpStartIcon />
      </button>
      <button
        type="button"
        className="transport__icon"
        disabled={!loaded}
        onClick={() => a.step('back')}
        aria-label={t('timeline.stepBack')}
        title={t('timeline.stepBack')}
      >
        <StepBackIcon />
      </button>
      <button type="button" className="transport__play" disabled={!loaded} onClick={a.togglePlay}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button
        type="button"
        className="transport__icon"
        disabled={!loaded}
        onClick={() => a.step('forward')}
        aria-label={t('timeline.stepForward')}
        title={t('timeline.stepForward')}
      >
        <StepForwardIcon />
      </button>
      <button
        type="button"
        className="transport__icon"
        disabled={!loaded}
        onClick={a.jumpEnd}
        aria-label={t('timeline.jumpEnd')}
        title={t('timeline.jumpEnd')}
      >
        <JumpEndIcon />
      </button>
      <button
        type="button"
        className={`transport__live${live ? ' transport__live--on' : ''}`}
        disabled={!loaded}
        aria-pressed={live}
        onClick={a.toggleLive}
        title={t('timeline.liveHint')}
      >
        <span aria-hidden="true">●</span> {t('timeline.live')}
      </button>
    </div>
  );
}

/** Which instants Step back / Step forward stop at. */
export function StepUnitPicker() {
  const { t } = useTranslation();
  const unit = useApp((s) => s.stepUnit);
  const setUnit = useApp((s) => s.setStepUnit);
  return (
    <label className="transport__unit" title={t(`timeline.unitHint.${unit}`)}>
      <span>{t('timeline.stepBy')}</span>
      <select value={unit} onChange={(e) => setUnit(e.target.value as StepUnit)}>
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`timeline.unit.${u}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** 0.25× … 16× and "as fast as possible". */
export function SpeedPicker() {
  const { t } = useTranslation();
  const speed = useApp((s) => s.speed);
  const a = useTimelineActions();
  return (
    <fieldset className="transport__speeds">
      <legend className="sr-only">{t('playback.speed')}</legend>
      {CHOICES.map((s) => {
        const key = KEY_OF_SPEED.get(s);
        const hint =
          s === 'max' ? t('playback.fastestHint') : key ? t('timeline.speedKey', { key }) : undefined;
        return (
          <label key={String(s)} className={`speed${s === speed ? ' speed--on' : ''}`}>
            <input
              type="radio"
              name="speed"
              value={String(s)}
              checked={s === speed}
              onChange={() => a.setSpeed(s)}
            />
            <span title={hint}>{speedLabel(s, t('playback.fastest'))}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** The whole transport row (kept for callers of the old component). */
export function Transport() {
  return (
    <>
      <TransportButtons />
      <StepUnitPicker />
      <SpeedPicker />
    </>
  );
}
