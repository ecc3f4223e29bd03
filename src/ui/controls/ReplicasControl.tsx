// Replicas: `kubectl scale deployment/x --replicas=N` (Enter or the Scale button).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';
import { scaleArgv, wholeNumber } from './argv';
import { useRun } from './useRun';

export function ReplicasControl({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const [draft, setDraft] = useState<string>();
  const value = draft ?? String(deployment.replicas);
  const n = wholeNumber(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (n === undefined || Number.isNaN(n)) return;
    run(scaleArgv(deployment, n));
    setDraft(undefined);
  };
  return (
    <form className="control" onSubmit={submit}>
      <label htmlFor="control-replicas">{t('controls.replicas.label')}</label>
      <div className="control__row">
        <input
          id="control-replicas"
          type="number"
          inputMode="numeric"
          min={0}
          value={value}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={n === undefined || Number.isNaN(n) || n === deployment.replicas}>
          {t('controls.replicas.apply')}
        </button>
      </div>
    </form>
  );
}
