// Download the run (a JSON file that reproduces it exactly) or the terminal transcript; load a run file back.
// A refused file gets a clear reason in words; nothing of the current run changes then.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunFileError } from '../../worker/protocol';
import { useClient } from '../store/context';
import { download, requestExport, requestImport } from './runFiles';

type Translate = ReturnType<typeof useTranslation>['t'];

/** Why a file was refused, in words. */
export function refusalText(t: Translate, e: RunFileError): string {
  const expected = e.expected ? t(`timeline.files.expected.${e.expected}`) : '';
  return t(`timeline.files.error.${e.code}`, { path: e.path ?? '', expected, detail: e.detail ?? '' });
}

export function RunFiles() {
  const { t } = useTranslation();
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const save = async (format: 'run' | 'transcript') => {
    const { text, filename } = await requestExport(client, format);
    download(text, filename, format === 'run' ? 'application/json' : 'text/plain');
  };

  const load = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ ok: false, text: t('timeline.files.reading') });
      return;
    }
    const answer = await requestImport(client, text);
    setStatus(
      answer.ok
        ? { ok: true, text: t('timeline.files.loaded', { name: file.name }) }
        : {
            ok: false,
            text: t('timeline.files.refused', { reason: answer.error ? refusalText(t, answer.error) : '' }),
          },
    );
  };

  return (
    <div className="tl-files" role="group" aria-label={t('timeline.files.title')}>
      <button type="button" onClick={() => void save('run')} title={t('timeline.files.downloadRunHint')}>
        <span aria-hidden="true">⤓</span> {t('timeline.files.downloadRun')}
      </button>
      <button type="button" onClick={() => void save('transcript')}>
        <span aria-hidden="true">⤓</span> {t('timeline.files.downloadTranscript')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        <span aria-hidden="true">⤒</span> {t('timeline.files.load')}
      </button>
      <input
        ref={input}
        className="sr-only"
        type="file"
        accept="application/json,.json"
        aria-label={t('timeline.files.loadLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {status && (
        <p
          className={`tl-files__status${status.ok ? '' : ' tl-files__status--error'}`}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
          <button
            type="button"
            className="tl-files__close"
            onClick={() => setStatus(undefined)}
            aria-label={t('timeline.files.dismiss')}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
