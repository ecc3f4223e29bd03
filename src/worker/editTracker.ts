// The objects `kubectl edit` has open in the app's YAML editor: each save goes through kubectl's EditSession;
// a rejected save reopens the editor with kubectl's error comments, as the real editor loop does
// (kubectl pkg/cmd/util/editor/editoptions.go: reopen with reasons; the same rejected text again cancels).
import type { EditSession } from '../kubectl/index';
import type { CommandResult } from '../shell/index';
import type { EditState } from './protocol';

interface Open {
  title: string;
  session: EditSession;
  /** the body (comments stripped) of the last rejected save */
  rejected?: string;
}

/** What a save did: `done` ends `kubectl edit` with `result`; otherwise the editor was reopened. */
export interface SaveOutcome {
  done: boolean;
  result: CommandResult;
}

/** Lines starting with `#` are comments kubectl ignores; blank edges do not count either. */
function body(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n')
    .trim();
}

const allText = (r: CommandResult): string => r.chunks.map((c) => c.text).join('');

const stderrText = (r: CommandResult): string =>
  r.chunks
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');

/** Open edit sessions by id; every change is announced to the UI through `emit`. */
export class EditTracker {
  private readonly open_ = new Map<number, Open>();
  private nextId = 1;

  constructor(private readonly emit: (edit: EditState) => void) {}

  /** Opens `session` in the editor; returns its id. */
  open(title: string, session: EditSession): number {
    const id = this.nextId++;
    this.open_.set(id, { title, session });
    this.emit({ session: id, target: title, yaml: session.yaml, open: true });
    return id;
  }

  /** Saves the edited text; undefined when the session is not open. */
  save(id: number, text: string): SaveOutcome | undefined {
    const s = this.open_.get(id);
    if (!s) return undefined;
    if (s.rejected !== undefined && body(text) === s.rejected) {
      // Saving the same rejected text again: kubectl gives up.
      const result = noValidChanges();
      this.close(id, allText(result));
      return { done: true, result };
    }
    const out = s.session.save(text);
    if (out.reopen === undefined) {
      this.close(id, allText(out.result));
      return { done: true, result: out.result };
    }
    s.rejected = body(text);
    this.emit({ session: id, target: s.title, yaml: out.reopen, open: true, error: stderrText(out.result) });
    return { done: false, result: out.result };
  }

  /** Closing the editor without saving: nothing changed, or (after a rejected save) no valid changes. */
  cancel(id: number): CommandResult {
    const s = this.open_.get(id);
    const result: CommandResult =
      s?.rejected !== undefined
        ? noValidChanges()
        : { chunks: [{ stream: 'stderr', text: 'Edit cancelled, no changes made.\n' }], exitCode: 0 };
    this.close(id, allText(result));
    return result;
  }

  /** Forgets a session and tells the editor to close it (with kubectl's last words, if any). */
  close(id: number, result?: string): void {
    const s = this.open_.get(id);
    if (!s) return;
    this.open_.delete(id);
    this.emit({ session: id, target: s.title, yaml: '', open: false, ...(result ? { result } : {}) });
  }
}

function noValidChanges(): CommandResult {
  return {
    chunks: [{ stream: 'stderr', text: 'error: Edit cancelled, no valid changes were saved.\n' }],
    exitCode: 1,
  };
}
