// Pause / resume / restart the rollout, and roll back to the previous or a chosen revision. Rolling back a
// paused Deployment is refused by kubectl; the control says why before you try.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';
import { useApp } from '../store/context';
import { rollbackTargets, selectLanes } from '../store/selectors';
import { rolloutArgv, undoArgv } from './argv';
import { useRun } from './useRun';

export function RolloutControls({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const paused = deployment.paused;
  return (
    <div className="control">
      <div className="control__buttons">
        <button type="button" disabled={paused} onClick={() => run(rolloutArgv(deployment, 'pause'))}>
          {t('controls.rollout.pause')}
        </button>
        <button type="button" disabled={!paused} onClick={() => run(rolloutArgv(deployment, 'resume'))}>
          {t('controls.rollout.resume')}
        </button>
        <button type="button" onClick={() => run(rolloutArgv(deployment, 'restart'))}>
          {t('controls.rollout.restart')}
        </button>
      </div>
      <RollbackControl deployment={deployment} />
    </div>
  );
}

function RollbackControl({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const lanes = useApp(selectLanes);
  const targets = useMemo(() => rollbackTargets(lanes), [lanes]);
  const [choice, setChoice] = useState('previous');
  const revision = choice === 'previous' ? undefined : Number(choice);
  const valid = revision === undefined || targets.some((x) => x.revision === revision);
  return (
    <div className="control__rollback">
      <label htmlFor="control-rollback">{t('controls.rollback.target')}</label>
      <div className="control__row">
        <select
          id="control-rollback"
          value={valid ? choice : 'previous'}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="previous">{t('controls.rollback.previous')}</option>
          {targets.map((x) => (
            <option key={x.revision} value={String(x.revision)}>
              {t('controls.rollback.revision', { revision: x.revision, image: x.image })}
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-describedby={deployment.paused ? 'rollback-paused' : undefined}
          onClick={() => run(undoArgv(deployment, valid ? revision : undefined))}
        >
          {t('controls.rollback.apply')}
        </button>
      </div>
      {deployment.paused && (
        <p id="rollback-paused" className="control__note">
          {t('controls.rollback.pausedNote')}
        </p>
      )}
    </div>
  );
}
