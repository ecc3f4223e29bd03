// Play / pause and speed of simulated time (the worker's driver does the timing; this only sends commands).
import { useTranslation } from 'react-i18next';
import { SPEEDS, type Speed } from '../../worker/protocol';
import { formatClock } from '../format/time';
import { useApp, useAppShallow, useClient } from '../store/context';
import { selectPlayback } from '../store/selectors';

const CHOICES: Speed[] = [...SPEEDS, 'max'];

/** `0.25×`, `1×`, … or the "as fast as possible" label. */
function speedLabel(s: Speed, fastest: string): string {
  return s === 'max' ? fastest : `${s}×`;
}

export function Transport() {
  const { t } = useTranslation();
  const client = useClient();
  const { playing, speed, now, loaded } = useAppShallow(selectPlayback);
  const request = useApp((s) => s.requestPlayback);
  const togglePlay = () => {
    client.send({ type: playing ? 'pause' : 'play' });
    request({ playing: !playing }, client.sent);
  };
  const chooseSpeed = (s: Speed) => {
    client.send({ type: 'setSpeed', speed: s });
    request({ speed: s }, client.sent);
  };
  return (
    <div className="transport" role="group" aria-label={t('playback.title')}>
      <button type="button" className="transport__play" disabled={!loaded} onClick={togglePlay}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <output className="transport__clock" aria-label={t('playback.clock')}>
        {formatClock(now)}
      </output>
      <fieldset className="transport__speeds">
        <legend className="sr-only">{t('playback.speed')}</legend>
        {CHOICES.map((s) => (
          <label key={String(s)} className={`speed${s === speed ? ' speed--on' : ''}`}>
            <input
              type="radio"
              name="speed"
              value={String(s)}
              checked={s === speed}
              onChange={() => chooseSpeed(s)}
            />
            <span title={s === 'max' ? t('playback.fastestHint') : undefined}>
              {speedLabel(s, t('playback.fastest'))}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
