// The classroom controls in the top bar: lessons, share, presenter mode, language, reset. Also installs the
// keyboard and the view attributes; in presenter mode only a small exit button (and the keys hint) remains.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { Classroom } from '../persist/classroom';
import { useClassroom, useClassroomState } from '../persist/context';
import { ResetButton } from '../persist/ResetButton';
import { ShareButton } from '../share/ShareButton';
import { useKeyboard } from './useKeyboard';
import { useIdleCursor, useViewAttribute } from './useView';
import './classroom.css';

function Bar({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const { view, lessonsOpen } = useClassroomState(classroom, (s) => ({
    view: s.view,
    lessonsOpen: s.lessonsOpen,
  }));
  const setView = classroom.store.getState().setView;
  useKeyboard(classroom);
  useViewAttribute(view);
  useIdleCursor(view !== 'normal');
  if (view === 'embed') return null;
  if (view === 'presenter') {
    return (
      <div className="presenter-exit">
        <button type="button" onClick={() => setView('normal')} title={t('classroom.keys')}>
          {t('classroom.exitPresenter')}
        </button>
      </div>
    );
  }
  return (
    <nav className="classroom-bar" aria-label={t('classroom.toolbar')}>
      <button
        type="button"
        aria-pressed={lessonsOpen}
        onClick={() => classroom.store.getState().setLessonsOpen(!lessonsOpen)}
      >
        {t('classroom.lessons')}
      </button>
      <ShareButton classroom={classroom} />
      <button
        type="button"
        aria-pressed={false}
        title={t('classroom.keys')}
        onClick={() => setView('presenter')}
      >
        {t('classroom.presenter')}
      </button>
      <LanguageSwitch />
      <ResetButton classroom={classroom} />
    </nav>
  );
}

/** The classroom bar, when the app runs with a classroom. */
export function ClassroomBar() {
  const classroom = useClassroom();
  return classroom ? <Bar classroom={classroom} /> : null;
}
