// Reset: forget the saved run (and the lesson) and start from the default scene, after a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classroom } from './classroom';

export function ResetButton({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <div className="popover-anchor">
      <button type="button" aria-expanded={asking} onClick={() => setAsking(!asking)}>
        {t('classroom.reset')}
      </button>
      {asking && (
        <div className="popover" role="group" aria-label={t('classroom.reset')}>
          <p>{t('classroom.resetConfirm')}</p>
          <div className="popover__actions">
            <button
              type="button"
              className="button--danger"
              onClick={() => {
                setAsking(false);
                classroom.reset();
              }}
            >
              {t('classroom.resetYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('classroom.resetNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
