// What the page opens with: a shared run from the link, else the run saved by the last visit, else the seed
// article's Deployment. Every failure becomes a notice and the default scene — never a broken page.
import type { DecodeFailure } from '../share/codec';
import { readSharedRun } from '../share/link';
import type { Run } from '../share/run';
import type { ViewMode } from './classroomStore';
import { FAILURE_NOTICE, loadSavedRun } from './autosave';
import type { SafeStorage } from './storage';

/** The notice for each way a link can fail. */
export const LINK_NOTICE: Record<DecodeFailure, string> = {
  damaged: 'notice.linkDamaged',
  tooLarge: 'notice.linkTooLarge',
  newer: 'notice.linkNewer',
};

export interface Start {
  run: Run | undefined;
  /** where the run came from */
  from: 'link' | 'storage' | 'default';
  /** the page address had a run fragment (valid or not): remove it once opened */
  hadLink: boolean;
  notices: { tone: 'error' | 'info'; key: string }[];
}

/** The view a page address asks for: `?embed=1` (iframes, slides) or `?presenter=1`. */
export function viewFromSearch(search: string): ViewMode {
  const q = new URLSearchParams(search);
  const on = (name: string) => q.has(name) && q.get(name) !== '0' && q.get(name) !== 'false';
  if (on('embed')) return 'embed';
  if (on('presenter')) return 'presenter';
  return 'normal';
}

/** chooseStart: link → saved run (not in embed views, which never touch storage) → default. */
export function chooseStart(hash: string, storage: SafeStorage, view: ViewMode): Start {
  const shared = readSharedRun(hash);
  if (shared?.ok) return { run: shared.run, from: 'link', hadLink: true, notices: [] };
  const notices: Start['notices'] = [];
  if (shared && !shared.ok) {
    // A bad link shows the default scene, not the saved run: the reader expected someone else's run.
    notices.push({ tone: 'error', key: LINK_NOTICE[shared.failure] });
    return { run: undefined, from: 'default', hadLink: true, notices };
  }
  if (view === 'embed') return { run: undefined, from: 'default', hadLink: false, notices };
  const saved = loadSavedRun(storage);
  switch (saved.kind) {
    case 'run':
      return {
        run: saved.run,
        from: 'storage',
        hadLink: false,
        notices: [{ tone: 'info', key: 'notice.restored' }],
      };
    case 'corrupt':
      notices.push({ tone: 'error', key: 'notice.savedRunCorrupt' });
      break;
    case 'failed':
      notices.push({ tone: 'error', key: FAILURE_NOTICE[saved.failure] });
      break;
    case 'none':
      break;
  }
  return { run: undefined, from: 'default', hadLink: false, notices };
}
