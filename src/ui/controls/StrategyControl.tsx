// Strategy (RollingUpdate / Recreate, applied on change) and the rolling update's maxSurge / maxUnavailable
// (integer or percent). The draft is checked by the API server (dry run) and its message shown inline.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';
import { patchArgv, rollingUpdatePatch, strategyTypePatch } from './argv';
import { Field, InlineErrors } from './Field';
import { causesFor, otherCauses, useValidation } from './useValidation';
import { useRun } from './useRun';

const SURGE = 'spec.strategy.rollingUpdate.maxSurge';
const UNAVAILABLE = 'spec.strategy.rollingUpdate.maxUnavailable';

const asText = (v: string | number | undefined) => (v === undefined ? '' : String(v));

export function StrategyControl({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const [surgeDraft, setSurge] = useState<string>();
  const [unavailableDraft, setUnavailable] = useState<string>();
  const surge = surgeDraft ?? asText(deployment.maxSurge);
  const unavailable = unavailableDraft ?? asText(deployment.maxUnavailable);
  const rolling = deployment.strategy === 'RollingUpdate';
  const dirty = rolling && (surgeDraft !== undefined || unavailableDraft !== undefined);
  const argv = dirty ? patchArgv(deployment, rollingUpdatePatch(surge, unavailable)) : undefined;
  const causes = useValidation(argv);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!argv) return;
    run(argv);
    setSurge(undefined);
    setUnavailable(undefined);
  };
  const other = otherCauses(causes, [SURGE, UNAVAILABLE]);
  return (
    <form className="control" onSubmit={submit}>
      <label htmlFor="control-strategy">{t('controls.strategy.label')}</label>
      <select
        id="control-strategy"
        value={deployment.strategy}
        onChange={(e) =>
          run(patchArgv(deployment, strategyTypePatch(e.target.value as DeploymentFrame['strategy'])))
        }
      >
        <option value="RollingUpdate">RollingUpdate</option>
        <option value="Recreate">Recreate</option>
      </select>
      <div className="control__pair">
        <Field
          label={t('controls.strategy.maxSurge')}
          value={surge}
          disabled={!rolling}
          spellCheck={false}
          onChange={(e) => setSurge(e.target.value)}
          causes={causesFor(causes, SURGE)}
        />
        <Field
          label={t('controls.strategy.maxUnavailable')}
          value={unavailable}
          disabled={!rolling}
          spellCheck={false}
          onChange={(e) => setUnavailable(e.target.value)}
          causes={causesFor(causes, UNAVAILABLE)}
        />
      </div>
      {other.length > 0 && <InlineErrors causes={other} />}
      <div className="control__row">
        <span className="control__hint">
          {rolling ? t('controls.strategy.hint') : t('controls.strategy.recreateHint')}
        </span>
        <button type="submit" disabled={!dirty} aria-label={t('controls.strategy.applyName')}>
          {t('controls.strategy.apply')}
        </button>
      </div>
    </form>
  );
}
