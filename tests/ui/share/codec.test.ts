// Share links: a run survives encode → decode unchanged; anything damaged, truncated, oversized, from a newer
// version or carrying injection attempts is refused with a reason (the UI turns it into one message).
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { checksum, decodeRun, encodeRun } from '../../../src/ui/share/codec';
import { LIMITS } from '../../../src/ui/share/json';
import { readSharedRun, runFromHash, shareUrl, withoutRun } from '../../../src/ui/share/link';
import { inflateBounded } from '../../../src/ui/share/lzBounded';
import { sampleRun } from './fixtures';

/** Encode arbitrary JSON the way a valid link would carry it (correct checksum). */
function forge(data: unknown, version = 1): string {
  const payload = LZString.compressToEncodedURIComponent(JSON.stringify(data));
  return `${version}.${checksum(payload)}.${payload}`;
}

describe('share link codec', () => {
  it('round-trips a real run exactly', () => {
    const run = sampleRun();
    const decoded = decodeRun(encodeRun(run));
    expect(decoded).toEqual({ ok: true, run });
  });

  it('keeps links short: a run with an update fits in well under 2 000 characters', () => {
    const run = sampleRun();
    run.run.terminal = run.run.terminal.map((l) => ({ ...l, result: { chunks: [], exitCode: 0 } }));
    expect(encodeRun(run).length).toBeLessThan(2000);
  });

  it('refuses a tampered link (one character changed)', () => {
    const text = encodeRun(sampleRun());
    const i = text.length - 10;
    const tampered = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    expect(decodeRun(tampered)).toMatchObject({ ok: false, failure: 'damaged' });
  });

  it('refuses a truncated link at any length', () => {
    const text = encodeRun(sampleRun());
    for (const n of [0, 1, 2, 5, 12, text.length / 2, text.length - 1]) {
      expect(decodeRun(text.slice(0, Math.floor(n)))).toMatchObject({ ok: false });
    }
  });

  it('refuses an oversized link before decompressing it', () => {
    expect(decodeRun(`1.abc.${'A'.repeat(LIMITS.maxEncodedChars + 100)}`)).toMatchObject({
      ok: false,
      failure: 'tooLarge',
    });
  });

  it('refuses a decompression bomb (a few KB that would expand to megabytes)', () => {
    const bomb = forge('a'.repeat(1_200_000));
    expect(bomb.length).toBeLessThan(10_000);
    expect(decodeRun(bomb)).toMatchObject({ ok: false, failure: 'tooLarge' });
  });

  it('says when a link comes from a newer version', () => {
    expect(decodeRun(forge({ ...sampleRun(), v: 2 }))).toMatchObject({ ok: false, failure: 'newer' });
    expect(decodeRun(forge(sampleRun(), 9))).toMatchObject({ ok: false, failure: 'newer' });
  });

  it('refuses injection attempts: markup in ids, control characters, prototype keys, wrong shapes', () => {
    const run = sampleRun();
    const cases: unknown[] = [
      { ...run, lesson: { id: '<img src=x onerror=alert(1)>', step: 0 } },
      { ...run, lesson: { id: 'walkthrough', step: 1e9 } },
      { ...run, speed: 'javascript:alert(1)' },
      { ...run, scene: '<script>' },
      {
        ...run,
        run: { ...run.run, terminal: [{ ...run.run.terminal[0], line: 'kubectl \u001b]0;pwned\u0007' }] },
      },
      JSON.parse(
        `{"v":1,"__proto__":{"polluted":true},"run":${JSON.stringify(run.run)},"speed":1,"scene":"seed"}`,
      ),
      { ...run, run: { ...run.run, format: 'something/else' } },
      { ...run, run: { ...run.run, timing: 'fixed:1; rm -rf /' } },
      { ...run, run: { ...run.run, requests: 'all of them' } },
      [run],
      'a string',
      null,
    ];
    for (const c of cases)
      expect(decodeRun(forge(c)), JSON.stringify(c).slice(0, 80)).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses text that is not JSON or not a run at all', () => {
    const payload = LZString.compressToEncodedURIComponent('{"v":1,');
    expect(decodeRun(`1.${checksum(payload)}.${payload}`)).toMatchObject({ ok: false, failure: 'damaged' });
    expect(decodeRun('hello')).toMatchObject({ ok: false, failure: 'damaged' });
    expect(decodeRun('1.zz.<script>alert(1)</script>')).toMatchObject({ ok: false, failure: 'damaged' });
  });

  it('bounded decompression agrees with lz-string on ordinary text', () => {
    for (const text of ['x', 'hello hello hello', JSON.stringify(sampleRun()), '中文和 emoji 🚀 mixed']) {
      const c = LZString.compressToEncodedURIComponent(text);
      expect(inflateBounded(c, 1e7)).toEqual({ ok: true, text });
      expect(LZString.decompressFromEncodedURIComponent(c)).toBe(text);
    }
  });
});

describe('share links in addresses', () => {
  it('puts the run in the fragment and keeps the query (embed, language)', () => {
    const res = shareUrl('https://lab.example/app/?embed=1&lang=zh#old', sampleRun());
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const url = new URL(res.url);
    expect(url.search).toBe('?embed=1&lang=zh');
    expect(url.hash.startsWith('#run=1.')).toBe(true);
    expect(readSharedRun(url.hash)).toEqual({ ok: true, run: sampleRun() });
  });

  it('finds the run among other fragment parts, survives %-encoding, and can be removed', () => {
    const encoded = encodeRun(sampleRun());
    expect(runFromHash(`#x=1&run=${encoded}`)).toBe(encoded);
    expect(readSharedRun(`#run=${encodeURIComponent(encoded)}`)).toMatchObject({ ok: true });
    expect(readSharedRun('#nothing')).toBeUndefined();
    expect(readSharedRun('#run=%E0%A4%A')).toMatchObject({ ok: false, failure: 'damaged' });
    expect(withoutRun(`https://lab.example/?lang=zh#run=${encoded}`)).toBe('https://lab.example/?lang=zh');
    expect(withoutRun(`https://lab.example/#a=1&run=${encoded}`)).toBe('https://lab.example/#a=1');
  });

  it('will not make a link the app could not open again', () => {
    const run = sampleRun();
    // Incompressible output text (a pseudo-random stream) pushes the link over the limit.
    let seed = 1;
    const noise = Array.from({ length: 120_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(0x4e00 + (seed % 5000));
    }).join('');
    run.run.terminal = [
      { ...run.run.terminal[0]!, result: { chunks: [{ stream: 'stdout', text: noise }], exitCode: 0 } },
    ];
    expect(shareUrl('https://lab.example/', run)).toEqual({ ok: false });
  });
});
