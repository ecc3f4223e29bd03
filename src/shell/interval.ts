// Time intervals for `sleep` and `timeout`, as GNU coreutils reads them, plus Go-style compound durations.

const SUFFIX_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const GNU =
  /^[ \t\n\v\f\r]*\+?((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)([smhd]?)$/;
const COMPOUND = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const COMPOUND_PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds for one operand, or undefined when it is not a valid interval. GNU rules: a
 * non-negative decimal number (`30`, `0.5`, `.5`, `1e3`) with an optional suffix s, m, h or d; `inf`
 * is infinite. As a convenience for learners, Go-style durations such as `1m30s` and `500ms` are
 * accepted too (GNU sleep rejects them).
 */
export function parseInterval(text: string): number | undefined {
  const m = GNU.exec(text);
  if (m) {
    const [, num = '', suffix = ''] = m;
    const seconds = /^inf/i.test(num) ? Infinity : Number(num);
    return seconds * (SUFFIX_SECONDS[suffix] ?? 1) * 1000;
  }
  if (COMPOUND.test(text)) {
    // Go-style: 1m30s = 60 000 + 30 000 = 90 000 ms.
    let ms = 0;
    for (const [, n = '0', unit = 's'] of text.matchAll(COMPOUND_PART))
      ms += Number(n) * (UNIT_MS[unit] ?? 0);
    return ms;
  }
  return undefined;
}
