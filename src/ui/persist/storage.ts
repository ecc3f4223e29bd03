// Local storage that never throws: private windows, disabled storage, a full quota and data written by
// someone else all become typed outcomes the UI can explain in one sentence.

/** Why a storage operation did not happen. */
export type StorageFailure = 'unavailable' | 'quota' | 'error';

export type StorageOutcome = { ok: true } | { ok: false; failure: StorageFailure };

/** The subset of the Web Storage API we use (tests pass a Map-backed fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage errors by DOMException name/code (browsers differ: Firefox used NS_ERROR_DOM_QUOTA_REACHED). */
export function classifyStorageError(err: unknown): StorageFailure {
  const e = err as { name?: unknown; code?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22)
    return 'quota';
  if (name === 'SecurityError' || name === 'InvalidAccessError') return 'unavailable';
  return 'error';
}

/** The browser's local storage, or undefined where even touching it throws (some privacy modes). */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A storage wrapper whose reads and writes report failures instead of throwing. */
export class SafeStorage {
  constructor(private readonly backend: StorageLike | undefined) {}

  /** The stored text, undefined when absent, or the failure. */
  read(key: string): { ok: true; value: string | undefined } | { ok: false; failure: StorageFailure } {
    if (!this.backend) return { ok: false, failure: 'unavailable' };
    try {
      return { ok: true, value: this.backend.getItem(key) ?? undefined };
    } catch (err) {
      return { ok: false, failure: classifyStorageError(err) };
    }
  }

  write(key: string, value: string): StorageOutcome {
    if (!this.backend) return { ok: false, failure: 'unavailable' };
    try {
      this.backend.setItem(key, value);
      return { ok: true };
    } catch (err) {
      return { ok: false, failure: classifyStorageError(err) };
    }
  }

  remove(key: string): StorageOutcome {
    if (!this.backend) return { ok: false, failure: 'unavailable' };
    try {
      this.backend.removeItem(key);
      return { ok: true };
    } catch (err) {
      return { ok: false, failure: classifyStorageError(err) };
    }
  }
}
