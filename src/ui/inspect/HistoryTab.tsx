// The Deployment's revisions (kubectl rollout history: revision, image, change-cause), a roll back to any of
// them (kubectl rollout undo --to-revision), and a diff of two revisions' pod templates.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionInfo } from '../../worker/protocol';
import { undoArgv } from '../controls/argv';
import { useRun } from '../controls/useRun';
import { useApp, useClient } from '../store/context';
import { selectDeployment, selectLanes } from '../store/selectors';
import { diffLines } from './lineDiff';

/** The revisions, asked again whenever the ReplicaSets change. */
function useRevisions(): RevisionInfo[] {
  const client = useClient();
  const lanes = useApp(selectLanes);
  const [revisions, setRevisions] = useState<RevisionInfo[]>([]);
  useEffect(() => {
    let live = true;
    void client.query({ kind: 'history' }).then((h) => {
      if (live && h) setRevisions(h.revisions);
    });
    return () => {
      live = false;
    };
  }, [client, lanes]);
  return revisions;
}

export function HistoryTab() {
  const { t } = useTranslation();
  const run = useRun();
  const deployment = useApp(selectDeployment);
  const revisions = useRevisions();
  const numbers = revisions.map((r) => r.revision);
  const current = revisions.find((r) => r.current)?.revision ?? numbers.at(-1);
  const previous = numbers.filter((n) => n !== current).at(-1);
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const a = from !== undefined && numbers.includes(from) ? from : (previous ?? current);
  const b = to !== undefined && numbers.includes(to) ? to : current;
  if (!deployment || revisions.length === 0)
    return <p className="inspect__empty">{t('inspect.history.none')}</p>;
  return (
    <div className="inspect-history">
      <table className="inspect-history__table">
        <thead>
          <tr>
            <th scope="col">{t('inspect.history.revision')}</th>
            <th scope="col">{t('inspect.history.image')}</th>
            <th scope="col">{t('inspect.history.changeCause')}</th>
            <th scope="col">
              <span className="sr-only">{t('inspect.history.rollBackShort')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.replicaSet} className={r.current ? 'inspect-history__row--current' : undefined}>
              <td>
                {r.revision}
                {r.current && (
                  <span className="inspect-history__current"> {t('inspect.history.current')}</span>
                )}
              </td>
              <td className="inspect__mono">{r.images.join(', ')}</td>
              <td>{r.changeCause || t('inspect.history.noCause')}</td>
              <td>
                {!r.current && r.revision > 0 && (
                  <button
                    type="button"
                    aria-label={t('inspect.history.rollBack', { revision: r.revision })}
                    onClick={() => run(undoArgv(deployment, r.revision))}
                  >
                    {t('inspect.history.rollBackShort')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revisions.length > 1 && a !== undefined && b !== undefined && (
        <TemplateDiff revisions={revisions} from={a} to={b} onFrom={setFrom} onTo={setTo} />
      )}
    </div>
  );
}

function TemplateDiff({
  revisions,
  from,
  to,
  onFrom,
  onTo,
}: {
  revisions: RevisionInfo[];
  from: number;
  to: number;
  onFrom: (n: number) => void;
  onTo: (n: number) => void;
}) {
  const { t } = useTranslation();
  const text = (n: number) => revisions.find((r) => r.revision === n)?.template ?? '';
  const a = text(from);
  const b = text(to);
  const lines = useMemo(() => diffLines(a.split('\n'), b.split('\n')), [a, b]);
  const changed = lines.some((l) => l.kind !== 'same');
  const select = (label: string, value: number, onChange: (n: number) => void) => (
    <label className="inspect-history__pick">
      {label}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {revisions.map((r) => (
          <option key={r.replicaSet} value={r.revision}>
            {r.revision}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="inspect-diff" aria-label={t('inspect.history.diffLabel', { from, to })}>
      <h3 className="inspect__subtitle">{t('inspect.history.compare')}</h3>
      <div className="inspect-history__picks">
        {select(t('inspect.history.from'), from, onFrom)}
        {select(t('inspect.history.to'), to, onTo)}
      </div>
      {changed ? (
        <pre className="inspect-diff__text">
          {lines.map((l, i) => (
            <span key={i} className={`inspect-diff__line inspect-diff__line--${l.kind}`}>
              {l.kind === 'add' ? '+ ' : l.kind === 'del' ? '- ' : '  '}
              {l.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : (
        <p className="inspect__empty">{t('inspect.history.same')}</p>
      )}
    </section>
  );
}
