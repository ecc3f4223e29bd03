// Mirrors jsonpath's UnquoteExtend: strconv.Unquote that also accepts single-quoted strings of any length.

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * Unquotes `"a\"b"` or `'it\'s'`; undefined for invalid syntax (a bare quote inside, a bad escape).
 * Escapes are Go's: \a \b \f \n \r \t \v \\ \' \" (only the enclosing quote), \xHH, \uHHHH,
 * \UHHHHHHHH and three-digit octal \ooo.
 */
export function unquoteExtend(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const quote = s[0];
  if (quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) return undefined;
  const body = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i] ?? '';
    if (c === quote) return undefined;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === "'" || e === '"') {
      if (e !== quote) return undefined;
      out += e;
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) return undefined;
      const cp = Number.parseInt(hex, 16);
      if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return undefined;
      // \xHH is one byte; bytes >= 0x80 would be invalid UTF-8 on their own (shown as U+FFFD).
      out += e === 'x' && cp >= 0x80 ? '\ufffd' : String.fromCodePoint(cp);
      i += 2 + n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || Number.parseInt(oct, 8) > 255) return undefined;
      const b = Number.parseInt(oct, 8);
      out += b >= 0x80 ? '\ufffd' : String.fromCharCode(b);
      i += 4;
    } else return undefined;
  }
  return out;
}
