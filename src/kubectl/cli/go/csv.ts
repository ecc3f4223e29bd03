// pflag's readAsCSV: a string-slice flag value is one record of Go's encoding/csv (default settings).
import type { ParseResult } from '../../jsonpath/go/strconv';
import { byteLength } from '../../jsonpath/go/strconv';

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

function parseError(line: number, column: number, err: string): ParseResult<string[]> {
  return { ok: false, error: `parse error on line ${line}, column ${column}: ${err}` };
}

/**
 * Reads the first CSV record of `val`: `a,b` → [a, b], `"a,b",c` → [`a,b`, c], `` → [] (pflag's
 * special case). A quote inside an unquoted field or after a closing quote is Go's ParseError, e.g.
 * `a"b` → `parse error on line 1, column 2: bare " in non-quoted-field`. Columns count UTF-8 bytes.
 */
export function readAsCSV(val: string): ParseResult<string[]> {
  if (val === '') return { ok: true, value: [] };
  const lines = val.replace(/\r\n/g, '\n').split('\n');
  // Lines end with '\n' except possibly the last; empty lines before the record are skipped.
  let li = 0;
  while (li < lines.length && lines[li] === '') li++;
  if (li >= lines.length || (li === lines.length - 1 && lines[li] === '')) return { ok: false, error: 'EOF' };
  let lineNo = li + 1;
  let line = lines[li] ?? '';
  const hasMore = (): boolean => li < lines.length - 1;
  const fields: string[] = [];
  let col = 1;
  for (;;) {
    if (!line.startsWith('"')) {
      const comma = line.indexOf(',');
      const field = comma >= 0 ? line.slice(0, comma) : line;
      const q = field.indexOf('"');
      if (q >= 0) return parseError(lineNo, col + byteLength(field.slice(0, q)), BARE_QUOTE);
      fields.push(field);
      if (comma < 0) return { ok: true, value: fields };
      col += byteLength(field) + 1;
      line = line.slice(comma + 1);
      continue;
    }
    // Quoted field: `""` is a quote; the closing quote must be followed by ',' or the end of the line.
    line = line.slice(1);
    col += 1;
    let buf = '';
    for (;;) {
      const q = line.indexOf('"');
      if (q >= 0) {
        buf += line.slice(0, q);
        col += byteLength(line.slice(0, q)) + 1;
        line = line.slice(q + 1);
        if (line.startsWith('"')) {
          buf += '"';
          line = line.slice(1);
          col += 1;
        } else if (line.startsWith(',')) {
          fields.push(buf);
          line = line.slice(1);
          col += 1;
          break;
        } else if (line === '') {
          fields.push(buf);
          return { ok: true, value: fields };
        } else return parseError(lineNo, col - 1, QUOTE);
      } else if (hasMore()) {
        // The quoted field continues on the next line (the newline is part of the value).
        buf += `${line}\n`;
        li++;
        lineNo++;
        line = lines[li] ?? '';
        col = 1;
      } else {
        col += byteLength(line);
        return parseError(lineNo, col, QUOTE);
      }
    }
  }
}
