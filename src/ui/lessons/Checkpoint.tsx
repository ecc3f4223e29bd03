// "Predict what happens next": the timeline is paused, a question with choices; after a choice, the answer
// and why, and a button to let time run and see it happen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classroom } from '../persist/classroom';
import { answerCheckpoint, continueAfterReveal } from './actions';
import { Narration } from './Narration';
import type { Checkpoint as CheckpointSpec } from './types';

export function Checkpoint({
  classroom,
  base,
  spec,
  answer,
  playing,
}: {
  classroom: Classroom;
  /** i18n key prefix of the step, `<lesson>.steps.<step>` */
  base: string;
  spec: CheckpointSpec;
  answer: string | undefined;
  playing: boolean;
}) {
  const { t } = useTranslation();
  const tl = (key: string) => t(`${base}.predict.${key}`, { ns: 'lessons' });
  const [choice, setChoice] = useState<string | undefined>();
  const ref = useRef<HTMLElement>(null);
  // The question appears below the commands: bring it into view (happy-dom has no scrollIntoView).
  // (a block body: newer browsers return a promise from scrollIntoView, and an effect must return nothing)
  useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);
  const name = `${base}-predict`;
  return (
    <section ref={ref} className="checkpoint" aria-label={t('lesson.predict')}>
      <h4 className="checkpoint__title">{t('lesson.predict')}</h4>
      {answer === undefined ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) answerCheckpoint(classroom, choice);
          }}
        >
          <fieldset>
            <legend>{tl('question')}</legend>
            {spec.choices.map((c) => (
              <label key={c} className="checkpoint__choice">
                <input
                  type="radio"
                  name={name}
                  value={c}
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                />
                <span>{tl(`choices.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          {!playing && <p className="checkpoint__note">{t('lesson.paused')}</p>}
          <button type="submit" disabled={!choice}>
            {t('lesson.check')}
          </button>
        </form>
      ) : (
        <div className="checkpoint__reveal" role="status">
          <p className="checkpoint__question">{tl('question')}</p>
          <p className={answer === spec.answer ? 'checkpoint__verdict--right' : 'checkpoint__verdict--wrong'}>
            <strong>
              {answer === spec.answer
                ? t('lesson.correct')
                : t('lesson.incorrect', { answer: tl(`choices.${spec.answer}`) })}
            </strong>
          </p>
          <Narration text={tl('reveal')} />
          {!playing && (
            <button type="button" onClick={() => continueAfterReveal(classroom)}>
              {t('lesson.continue')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
