import { describe, expect, it } from 'vitest';
import { transcriptUpTo } from '../../src/worker/timelineTranscript';
import type { TerminalEntry } from '../../src/worker/protocol';

const entry = (id: number, at: number, chunks: { text: string; atMs?: number }[]): TerminalEntry => ({
  id,
  at,
  line: `cmd ${id}`,
  argv: [],
  source: 'terminal',
  result: { chunks: chunks.map((c) => ({ stream: 'stdout' as const, ...c })), exitCode: 0 },
});

describe('the transcript up to an instant', () => {
  const entries = [
    entry(1, 0, [{ text: 'a\n' }]),
    entry(2, 5000, [
      { text: 'waiting\n', atMs: 5000 },
      { text: '1 of 3\n', atMs: 8000 },
      { text: 'done\n', atMs: 12_000 },
    ]),
    entry(3, 9000, [{ text: 'b\n' }]),
  ];

  it('keeps commands run by then, each with the output written by then', () => {
    const at6 = transcriptUpTo(entries, 6000);
    expect(at6.map((e) => e.id)).toEqual([1, 2]);
    expect(at6[1]!.result.chunks.map((c) => c.text)).toEqual(['waiting\n']);
    const at10 = transcriptUpTo(entries, 10_000);
    expect(at10.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(at10[1]!.result.chunks.map((c) => c.text)).toEqual(['waiting\n', '1 of 3\n']);
    expect(at10[0]).toBe(entries[0]);
  });

  it('returns the same array when nothing is cut', () => {
    expect(transcriptUpTo(entries, 12_000)).toBe(entries);
    expect(transcriptUpTo([], 0)).toEqual([]);
  });
});
