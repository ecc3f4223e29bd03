// Image: pick a good tag, a bad one (nginx:1.231), a teaching image that crashes or never gets ready, or type
// any reference. Applying runs `kubectl set image` — or, for never-ready / slow-start, one `kubectl patch` that
// also adds the readiness probe those images are about.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentFrame } from '../../worker/protocol';
import { useApp } from '../store/context';
import { selectCatalogue } from '../store/selectors';
import { imageChangeArgv, needsReadinessProbe } from './argv';
import { useRun } from './useRun';

export function ImageControl({ deployment }: { deployment: DeploymentFrame }) {
  const { t } = useTranslation();
  const run = useRun();
  const catalogue = useApp(selectCatalogue);
  const current = deployment.containers[0]?.image ?? '';
  const [draft, setDraft] = useState<string>();
  const value = draft ?? current;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const image = value.trim();
    if (image === '') return;
    run(imageChangeArgv(deployment, image));
    setDraft(undefined);
  };
  const groups: [string, readonly string[]][] = [
    ['good', catalogue.good],
    ['bad', catalogue.bad],
    ['teaching', catalogue.teaching],
  ];
  return (
    <form className="control" onSubmit={submit}>
      <label htmlFor="control-image">{t('controls.image.label')}</label>
      <div className="control__row">
        <input
          id="control-image"
          list="control-image-options"
          value={value}
          spellCheck={false}
          autoComplete="off"
          title={t('controls.image.hint')}
          aria-describedby={needsReadinessProbe(value) ? 'control-image-probe' : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onFocus={(e) => e.target.select()}
        />
        <button type="submit" disabled={value.trim() === '' || value.trim() === current}>
          {t('controls.image.apply')}
        </button>
      </div>
      {needsReadinessProbe(value) && (
        <p id="control-image-probe" className="control__note">
          {t('controls.image.probeHint')}
        </p>
      )}
      <datalist id="control-image-options">
        {groups.flatMap(([group, images]) =>
          images.map((image) => (
            <option key={image} value={image} label={t(`controls.image.group.${group}`)} />
          )),
        )}
      </datalist>
    </form>
  );
}
