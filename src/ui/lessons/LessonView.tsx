// One lesson at one step: narration, the commands (Run, or type them), the checkpoint, and navigation.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classroom } from '../persist/classroom';
import type { ActiveLesson } from '../persist/classroomStore';
import { useClassroomState } from '../persist/context';
import { useApp } from '../store/context';
import { selectTerminal } from '../store/selectors';
import {
  checkpointDue,
  commandsRun,
  goToStep,
  leaveLesson,
  pauseForCheckpoint,
  runStepCommand,
} from './actions';
import { Checkpoint } from './Checkpoint';
import { Narration } from './Narration';
import type { Lesson } from './types';

export function LessonView({
  classroom,
  lesson,
  active,
}: {
  classroom: Classroom;
  lesson: Lesson;
  active: ActiveLesson;
}) {
  const { t } = useTranslation();
  const terminal = useApp(selectTerminal);
  const playing = useApp((s) => s.playing);
  const busy = useClassroomState(classroom, (s) => s.terminalBusy);
  const step = lesson.steps[active.step] ?? lesson.steps[0]!;
  const base = `${lesson.id}.steps.${step.id}`;
  const ran = useMemo(() => commandsRun(step, terminal, active.since), [step, terminal, active.since]);
  const due = checkpointDue(step, ran);
  useEffect(() => {
    if (due) pauseForCheckpoint(classroom);
  }, [due, classroom]);
  const last = active.step >= lesson.steps.length - 1;
  return (
    <div className="lesson">
      <header className="lesson__head">
        <h2 className="panel-title">{t(`${lesson.id}.title`, { ns: 'lessons' })}</h2>
        <button type="button" className="lesson__all" onClick={() => leaveLesson(classroom)}>
          {t('lesson.allLessons')}
        </button>
      </header>
      <p className="lesson__count">
        {t('lesson.stepOf', { step: active.step + 1, total: lesson.steps.length })}
      </p>
      <progress
        className="lesson__bar"
        max={lesson.steps.length}
        value={active.step + 1}
        aria-label={t('lesson.stepOf', { step: active.step + 1, total: lesson.steps.length })}
      />
      <h3 className="lesson__step">{t(`${base}.title`, { ns: 'lessons' })}</h3>
      <div className="lesson__body">
        <Narration text={t(`${base}.body`, { ns: 'lessons' })} />
      </div>
      {step.commands.length > 0 && (
        <section className="lesson__commands" aria-label={t('lesson.commands')}>
          <ol>
            {step.commands.map((line, i) => (
              <li key={line} className={ran[i] ? 'lesson__cmd lesson__cmd--ran' : 'lesson__cmd'}>
                <code translate="no">{line}</code>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('lesson.runName', { command: line })}
                  onClick={() => runStepCommand(classroom, step, i, ran)}
                >
                  {ran[i] ? (
                    <>
                      <span aria-hidden="true">✓ </span>
                      {t('lesson.ran')}
                    </>
                  ) : (
                    t('lesson.run')
                  )}
                </button>
              </li>
            ))}
          </ol>
          {busy ? (
            <p className="lesson__busy" role="status">
              {t('lesson.busy')}{' '}
              <button type="button" onClick={() => classroom.session.interrupt()}>
                {t('lesson.stop')}
              </button>
            </p>
          ) : (
            <p className="lesson__hint">{t('lesson.typeHint')}</p>
          )}
        </section>
      )}
      {step.predict && due && (
        <Checkpoint
          key={`${lesson.id}/${step.id}`}
          classroom={classroom}
          base={base}
          spec={step.predict}
          answer={active.answer}
          playing={playing}
        />
      )}
      <nav className="lesson__nav" aria-label={t('lesson.panel')}>
        <button
          type="button"
          disabled={active.step === 0}
          onClick={() => goToStep(classroom, active.step - 1)}
        >
          {t('lesson.back')}
        </button>
        {last ? (
          <button type="button" onClick={() => leaveLesson(classroom)}>
            {t('lesson.finish')}
          </button>
        ) : (
          <button type="button" onClick={() => goToStep(classroom, active.step + 1)}>
            {t('lesson.next')}
          </button>
        )}
      </nav>
    </div>
  );
}
