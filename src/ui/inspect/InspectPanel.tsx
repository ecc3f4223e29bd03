// The inspect column's tabs: Events (live, describe-style), History (revisions, roll back, template diff),
// Describe (the selected object) and YAML (the editor: apply, and `kubectl edit` sessions). The editor is
// loaded only when its tab opens.
import { lazy, Suspense, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../store/context';
import { DescribeTab } from './DescribeTab';
import { EventsTab } from './EventsTab';
import { HistoryTab } from './HistoryTab';
import { useInspect, type InspectTab } from './inspectStore';
import './inspect.css';

const YamlEditor = lazy(() => import('../editor/YamlEditor'));

const TABS: InspectTab[] = ['events', 'history', 'describe', 'yaml'];

/** Pod tiles select through the app store; Describe follows them (and a ReplicaSet choice clears them). */
function useFollowSelection(): void {
  const selectedPod = useApp((s) => s.selectedPod);
  const selectPod = useApp((s) => s.selectPod);
  const describe = useInspect((s) => s.describe);
  const target = useInspect((s) => s.target);
  useEffect(() => {
    if (selectedPod) describe({ resource: 'pod', name: selectedPod });
  }, [selectedPod, describe]);
  useEffect(() => {
    if (target && target.resource !== 'pod' && selectedPod) selectPod(undefined);
    // only when the target changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
}

export function InspectPanel() {
  const { t } = useTranslation();
  const tab = useInspect((s) => s.tab);
  const setTab = useInspect((s) => s.setTab);
  const editing = useInspect((s) => s.edit !== undefined);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useFollowSelection();
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    buttons.current[TABS.indexOf(next)]?.focus();
  };
  return (
    <section className="inspect" aria-labelledby="inspect-title">
      <h2 id="inspect-title" className="sr-only">
        {t('inspect.title')}
      </h2>
      <div role="tablist" aria-label={t('inspect.title')} className="inspect__tabs" onKeyDown={onKey}>
        {TABS.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`inspect-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`inspect-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={`inspect__tab${tab === id ? ' inspect__tab--active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`inspect.tabs.${id}`)}
            {id === 'yaml' && editing && <span className="inspect__dot" aria-hidden="true" />}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`inspect-panel-${tab}`}
        aria-labelledby={`inspect-tab-${tab}`}
        className="inspect__panel"
      >
        {tab === 'events' && <EventsTab />}
        {tab === 'history' && <HistoryTab />}
        {tab === 'describe' && <DescribeTab />}
        {tab === 'yaml' && (
          <Suspense fallback={<p className="inspect__empty">{t('editor.loading')}</p>}>
            <YamlEditor />
          </Suspense>
        )}
      </div>
    </section>
  );
}
