// The YAML editor: CodeMirror with inline syntax errors (line and column), Apply (= `kubectl apply -f -` with
// the text, also shown in the terminal), and `kubectl edit` sessions from the terminal (Save / Cancel). The API
// server's answer is shown word for word under the editor. Loaded lazily with the YAML tab.
import type { EditorView } from '@codemirror/view';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEED_YAML } from '../../worker/manifests';
import { useApp, useClient } from '../store/context';
import { selectDeployment } from '../store/selectors';
import { useInspect, useInspectStore } from '../inspect/inspectStore';
import { createYamlView, setText } from './codeMirror';
import { ServerResponse, useApply } from './useApply';
import { yamlProblems } from './yamlDiagnostics';
import './editor.css';

export function YamlEditor() {
  const { t } = useTranslation();
  const client = useClient();
  const deployment = useApp(selectDeployment);
  const store = useInspectStore();
  const edit = useInspect((s) => s.edit);
  const outcome = useInspect((s) => s.outcome);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const [text, setLocal] = useState(() => store.getState().edit?.yaml ?? store.getState().draft);
  const apply = useApply();
  const problems = useMemo(() => yamlProblems(text), [text]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const start = store.getState();
    const v = createYamlView(el, start.edit?.yaml ?? start.draft, t('editor.label'), (next) => {
      setLocal(next);
      // apply mode keeps its draft across tab switches; an edit session's text belongs to kubectl edit
      if (!store.getState().edit) store.getState().setDraft(next);
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = undefined;
    };
    // the view is created once; later text comes through setText
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A `kubectl edit` session opened or reopened (rejected save): show its text; when it closes, the draft.
  const editKey = edit ? `${edit.session}:${edit.yaml}` : '';
  useEffect(() => {
    const v = view.current;
    const s = store.getState();
    // setText fires the change listener, which updates `text`
    if (v) setText(v, s.edit?.yaml ?? s.draft);
  }, [editKey, store]);

  const load = (yaml: string) => {
    if (view.current) setText(view.current, yaml);
  };
  const loadLive = () => {
    if (!deployment) return;
    void client.query({ kind: 'yaml', resource: 'deployment', name: deployment.name }).then((a) => {
      if (a && a.exitCode === 0) load(a.text);
    });
  };

  return (
    <div className="yaml-editor">
      <div className="yaml-editor__bar">
        {edit ? (
          <>
            <span className="yaml-editor__mode">{t('editor.editing', { target: edit.target })}</span>
            <button
              type="submit"
              aria-label={t('editor.saveName')}
              onClick={() => client.send({ type: 'editSave', session: edit.session, text })}
            >
              {t('editor.save')}
            </button>
            <button
              type="button"
              aria-label={t('editor.cancelName')}
              onClick={() => client.send({ type: 'editCancel', session: edit.session })}
            >
              {t('editor.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="submit" aria-label={t('editor.applyName')} onClick={() => apply(text)}>
              {t('editor.apply')}
            </button>
            <button type="button" aria-label={t('editor.manifestName')} onClick={() => load(SEED_YAML)}>
              {t('editor.manifest')}
            </button>
            <button type="button" aria-label={t('editor.liveName')} disabled={!deployment} onClick={loadLive}>
              {t('editor.live')}
            </button>
          </>
        )}
      </div>
      <div ref={host} className="yaml-editor__view" />
      {problems.length > 0 && (
        <ul className="yaml-editor__problems" aria-label={t('editor.title')}>
          {problems.map((p) => (
            <li key={`${p.from}:${p.message}`}>
              {t('editor.parseError', { line: p.line, column: p.column, message: p.message })}
            </li>
          ))}
        </ul>
      )}
      {edit?.error !== undefined ? (
        <ServerResponse ok={false} text={edit.error} />
      ) : !edit && outcome ? (
        <ServerResponse ok={outcome.ok} text={outcome.text} />
      ) : null}
      <p className="yaml-editor__hint">{edit ? t('editor.editHint') : t('editor.applyHint')}</p>
    </div>
  );
}

export default YamlEditor;
