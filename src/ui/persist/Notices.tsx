// Messages about links and storage (a damaged link, a full quota, a restored run), each dismissible.
import { useTranslation } from 'react-i18next';
import { useClassroom, useClassroomState } from './context';
import type { Classroom } from './classroom';

function NoticeList({ classroom }: { classroom: Classroom }) {
  const { t } = useTranslation();
  const notices = useClassroomState(classroom, (s) => s.notices);
  const dismiss = useClassroomState(classroom, (s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`banner ${n.tone === 'error' ? 'banner--error' : 'banner--ok'} notice`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{t(n.key)}</span>
          <button type="button" className="notice__dismiss" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** The notices, when the app runs with a classroom. */
export function Notices() {
  const classroom = useClassroom();
  return classroom ? <NoticeList classroom={classroom} /> : null;
}
