// The terminal transcript up to an instant: what the terminal had printed by then. Used by the worker when a
// branch discards the future, and by the UI while scrubbing (the terminal shows output up to the playhead).
// Pure and dependency-free so both sides can import it.
import type { TerminalEntry } from './protocol';

/** When a chunk was written: its own stamp (watch output), else when its command ran. */
function chunkAt(entry: TerminalEntry, atMs: number | undefined): number {
  return atMs ?? entry.at;
}

/** Does anything of this entry lie after `t`? */
function reachesBeyond(entry: TerminalEntry, t: number): boolean {
  return entry.at > t || entry.result.chunks.some((c) => chunkAt(entry, c.atMs) > t);
}

/**
 * transcriptUpTo: the entries run at or before `t`, each with only the output written by `t` (a watch that
 * started at 0:10 shows at 0:20 only its lines up to 0:20). Returns `entries` itself when nothing is cut, so
 * callers can compare by identity. Example: entries at 0 s, 5 s and 9 s; t = 6 s → the first two.
 */
export function transcriptUpTo(entries: readonly TerminalEntry[], t: number): readonly TerminalEntry[] {
  if (!entries.some((e) => reachesBeyond(e, t))) return entries;
  const out: TerminalEntry[] = [];
  for (const e of entries) {
    if (e.at > t) continue;
    if (!reachesBeyond(e, t)) {
      out.push(e);
      continue;
    }
    out.push({
      ...e,
      result: { ...e.result, chunks: e.result.chunks.filter((c) => chunkAt(e, c.atMs) <= t) },
    });
  }
  return out;
}
