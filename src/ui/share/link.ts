// Share links: the run rides in the URL fragment (`#run=…`), which browsers never send to a server, so links
// work from the offline file too. Other parameters (`?embed=1`, `?lang=zh`) are kept as they are.
import { decodeRun, encodeRun, fitsLimit, type Decoded } from './codec';
import type { Run } from './run';

const PARAM = 'run';

/** The encoded run in a URL fragment, if any (`#run=…`, possibly among other `&`-separated parts). */
export function runFromHash(hash: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part.startsWith(`${PARAM}=`)) return part.slice(PARAM.length + 1);
  }
  return undefined;
}

/** What a page address says about a shared run: nothing, a run, or a failure to report. */
export function readSharedRun(hash: string): Decoded | undefined {
  const encoded = runFromHash(hash);
  if (encoded === undefined) return undefined;
  let text = encoded;
  try {
    text = decodeURIComponent(encoded);
  } catch {
    // a broken %-escape: let the decoder call it damaged
  }
  return decodeRun(text);
}

/** A link to `run` based on the current address (keeps path and query, replaces the fragment). */
export function shareUrl(base: string, run: Run): { ok: true; url: string } | { ok: false } {
  const encoded = encodeRun(run);
  if (!fitsLimit(encoded)) return { ok: false };
  const url = new URL(base);
  url.hash = `${PARAM}=${encoded}`;
  return { ok: true, url: url.toString() };
}

/** The address without the shared run (so a reload afterwards restores the saved run, not the link). */
export function withoutRun(href: string): string {
  const url = new URL(href);
  const rest = url.hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith(`${PARAM}=`));
  url.hash = rest.join('&');
  return url.toString().replace(/#$/, '');
}
