// The lessons panel: the list of lessons with their remembered progress, or the lesson being followed.
// Shown in the normal view only (presenter mode keeps just stage, timeline and terminal).
import { useTranslation } from 'react-i18next';
import type { Classroom } from '../persist/classroom';
import { useClassroom, useClassroomState } from '../persist/context';
import { startLesson } from './actions';
import { LESSONS, lessonById } from './catalog';
import { LessonView } from './LessonView';
import './lessons.css';

function LessonList({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const progress = useClassroomState(classroom, (s) => s.progress);
  return (
    <div className="lesson-list">
      <h2 className="panel-title">{t('lesson.list')}</h2>
      <p className="lesson-list__intro">{t('lesson.intro')}</p>
      <ol>
        {LESSONS.map((lesson) => {
          const p = progress[lesson.id];
          const total = lesson.steps.length;
          const status = p?.done
            ? t('lesson.done')
            : p
              ? t('lesson.progress', { reached: p.reached + 1, total })
              : t('lesson.notStarted');
          return (
            <li key={lesson.id} className="lesson-list__item">
              <h3>{t(`${lesson.id}.title`, { ns: 'lessons' })}</h3>
              <p>{t(`${lesson.id}.summary`, { ns: 'lessons' })}</p>
              <p className="lesson-list__status">
                {p?.done && <span aria-hidden="true">✓ </span>}
                {status}
              </p>
              <button
                type="button"
                aria-label={t(p ? 'lesson.restartName' : 'lesson.startName', {
                  title: t(`${lesson.id}.title`, { ns: 'lessons' }),
                })}
                onClick={() => startLesson(classroom, lesson.id)}
              >
                {p ? t('lesson.restart') : t('lesson.start')}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="lesson-list__note">{t('lesson.startNote')}</p>
    </div>
  );
}

function Panel({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const { open, view, lesson } = useClassroomState(classroom, (s) => ({
    open: s.lessonsOpen,
    view: s.view,
    lesson: s.lesson,
  }));
  if (!open || view !== 'normal') return null;
  const def = lesson && lessonById(lesson.id);
  return (
    <section className="panel lesson-panel" aria-label={t('lesson.panel')}>
      {def && lesson ? (
        <LessonView classroom={classroom} lesson={def} active={lesson} />
      ) : (
        <LessonList classroom={classroom} />
      )}
    </section>
  );
}

/** The lessons panel, when the app runs with a classroom. */
export function LessonPanel() {
  const classroom = useClassroom();
  return classroom ? <Panel classroom={classroom} /> : null;
}
