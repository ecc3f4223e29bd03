// Keeps the current run in local storage so a reload continues where it was: saved when the request log
// changes, at most every couple of seconds while the playhead moves, and when the page is hidden. Failures
// (private mode, a full quota) are reported once as notices; the app keeps working without saving.
import { decodeRun, encodeRun, fitsLimit } from '../share/codec';
import type { Run } from '../share/run';
import type { SafeStorage, StorageFailure } from './storage';

/** Where the current run is kept. */
export const RUN_KEY = 'rolloutlab.run';

/** Wall ms between saves caused only by the playhead moving. */
export const SAVE_EVERY_MS = 2000;

/** The notice (an i18n key) for each storage failure. */
export const FAILURE_NOTICE: Record<StorageFailure, string> = {
  unavailable: 'notice.storageUnavailable',
  quota: 'notice.storageFull',
  error: 'notice.storageError',
};

/** What loading the saved run found. */
export type Loaded =
  | { kind: 'none' }
  | { kind: 'run'; run: Run }
  | { kind: 'corrupt' }
  | { kind: 'failed'; failure: StorageFailure };

/** loadSavedRun: the run kept by an earlier visit; corrupt data is removed so it cannot fail again. */
export function loadSavedRun(storage: SafeStorage): Loaded {
  const read = storage.read(RUN_KEY);
  if (!read.ok) return { kind: 'failed', failure: read.failure };
  if (read.value === undefined) return { kind: 'none' };
  const decoded = decodeRun(read.value);
  if (decoded.ok) return { kind: 'run', run: decoded.run };
  storage.remove(RUN_KEY);
  return { kind: 'corrupt' };
}

export class Autosave {
  private lastSave = Number.NEGATIVE_INFINITY;
  private enabled = true;

  constructor(
    private readonly storage: SafeStorage,
    /** the run now; `forLink` leaves out command output */
    private readonly capture: (forLink: boolean) => Run,
    private readonly notify: (key: string) => void,
    private readonly wallNow: () => number = () => performance.now(),
  ) {}

  /** A frame arrived: save on a new request, or when the playhead moved and enough wall time passed. */
  onChange(why: 'log' | 'frame'): void {
    if (why === 'log' || this.wallNow() - this.lastSave >= SAVE_EVERY_MS) this.save();
  }

  /** Save now (also on page hide). */
  save(): void {
    if (!this.enabled) return;
    this.lastSave = this.wallNow();
    let encoded = encodeRun(this.capture(false));
    // Too long with kubectl's output kept: keep only the command lines, like a link does.
    if (!fitsLimit(encoded)) encoded = encodeRun(this.capture(true));
    if (!fitsLimit(encoded)) {
      this.notify('notice.runTooLong');
      return;
    }
    const res = this.storage.write(RUN_KEY, encoded);
    if (!res.ok) this.notify(FAILURE_NOTICE[res.failure]);
  }

  /** Forget the saved run and stop saving until `resume` (reset starts a fresh scene, then resumes). */
  clear(): void {
    this.storage.remove(RUN_KEY);
  }

  /** Stop saving (e.g. while a page shows someone else's run read-only). */
  pause(): void {
    this.enabled = false;
  }

  resume(): void {
    this.enabled = true;
  }
}
