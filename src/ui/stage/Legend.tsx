// The legend, one click away: every pod state with its glyph, name and meaning.
import { useTranslation } from 'react-i18next';
import { POD_VISUAL_STATES } from '../../worker/protocol';
import { useApp } from '../store/context';
import { PodGlyph } from './PodGlyph';

/** A toggle button and, when open, the list of pod states. */
export function Legend() {
  const { t } = useTranslation();
  const open = useApp((s) => s.legendOpen);
  const setOpen = useApp((s) => s.setLegendOpen);
  return (
    <div className="legend">
      <button
        type="button"
        className="legend__toggle"
        aria-expanded={open}
        aria-controls="pod-legend"
        onClick={() => setOpen(!open)}
      >
        {t('legend.toggle')}
      </button>
      {open && (
        <ul id="pod-legend" className="legend__list" aria-label={t('legend.title')}>
          {POD_VISUAL_STATES.map((s) => (
            <li key={s} className="legend__item">
              <span className={`tone--${s}`}>
                <PodGlyph state={s} size={24} />
              </span>
              <span>
                <strong>{t(`pod.state.${s}.label`)}</strong> — {t(`pod.state.${s}.description`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
