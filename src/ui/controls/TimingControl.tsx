// minReadySeconds, progressDeadlineSeconds and revisionHistoryLimit: one `kubectl patch` with the changed
// fields, validated by the API server while typing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';
import { patchArgv, timingPatch, wholeNumber } from './argv';
import { Field, InlineErrors } from './Field';
import { causesFor, otherCauses, useValidation } from './useValidation';
import { useRun } from './useRun';

type Key = 'minReadySeconds' | 'progressDeadlineSeconds' | 'revisionHistoryLimit';
const KEYS: Key[] = ['minReadySeconds', 'progressDeadlineSeconds', 'revisionHistoryLimit'];

export function TimingControl({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const [drafts, setDrafts] = useState<Partial<Record<Key, string>>>({});
  const current = (k: Key) => String(deployment[k] ?? '');
  const value = (k: Key) => drafts[k] ?? current(k);
  const changed = KEYS.filter((k) => drafts[k] !== undefined && drafts[k] !== current(k));
  const fields = Object.fromEntries(changed.map((k) => [k, wholeNumber(value(k))]));
  const argv = changed.length > 0 ? patchArgv(deployment, timingPatch(fields)) : undefined;
  const causes = useValidation(argv);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!argv) return;
    run(argv);
    setDrafts({});
  };
  return (
    <form className="control" onSubmit={submit}>
      <div className="control__grid">
        {KEYS.map((k) => (
          <Field
            key={k}
            label={t(`controls.timing.${k}`)}
            type="number"
            inputMode="numeric"
            min={0}
            value={value(k)}
            onChange={(e) => setDrafts((d) => ({ ...d, [k]: e.target.value }))}
            causes={causesFor(causes, `spec.${k}`)}
          />
        ))}
      </div>
      {otherCauses(
        causes,
        KEYS.map((k) => `spec.${k}`),
      ).length > 0 && (
        <InlineErrors
          causes={otherCauses(
            causes,
            KEYS.map((k) => `spec.${k}`),
          )}
        />
      )}
      <div className="control__row control__row--end">
        <button type="submit" disabled={!argv} aria-label={t('controls.timing.applyName')}>
          {t('controls.timing.apply')}
        </button>
      </div>
    </form>
  );
}
