// Run files from the UI's side: ask the worker for the run (or transcript) text and save it as a download;
// hand a chosen file's text to the worker, which validates and replays it. Request/answer by id.
import type { SimClient } from '../../worker/client';
import type { RunFileError, WorkerMessage } from '../../worker/protocol';

let nextId = 1;

type ExportAnswer = Extract<WorkerMessage, { type: 'exportRun' }>;
type ImportAnswer = Extract<WorkerMessage, { type: 'importRun' }>;

/** Send `cmd` (built with a fresh id) and resolve with the worker's answer carrying that id. */
function ask<A extends ExportAnswer | ImportAnswer>(
  client: SimClient,
  type: A['type'],
  send: (id: number) => void,
): Promise<A> {
  const id = nextId++;
  return new Promise((resolve) => {
    const stop = client.subscribe((e) => {
      if (e.type === type && (e as A).id === id) {
        stop();
        resolve(e as A);
      }
    });
    send(id);
  });
}

/** The run as a JSON file's text (or the transcript as text), with a suggested file name. */
export function requestExport(
  client: SimClient,
  format: 'run' | 'transcript',
): Promise<{ text: string; filename: string }> {
  return ask<ExportAnswer>(client, 'exportRun', (id) => client.send({ type: 'exportRun', id, format }));
}

/** Load a run file; resolves with the worker's verdict. */
export function requestImport(
  client: SimClient,
  text: string,
): Promise<{ ok: boolean; error?: RunFileError }> {
  return ask<ImportAnswer>(client, 'importRun', (id) => client.send({ type: 'importRun', id, text }));
}

/** Offer `text` as a file download. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
