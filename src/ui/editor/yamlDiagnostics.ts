// YAML syntax errors for the editor: the `yaml` package's parse errors with their line and column, ready for
// CodeMirror's lint (underline + gutter) and for the accessible list under the editor.
import { parseAllDocuments } from 'yaml';

/** One syntax error: character range, 1-based line and column, and the parser's message. */
export interface YamlProblem {
  from: number;
  to: number;
  line: number;
  column: number;
  message: string;
}

/** The parser's message without its ` at line L, column C:` tail and code excerpt. */
function shortMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

/**
 * yamlProblems: every parse error of every document in `text`, in order. Example: `a: 1\n\tb: 2` → line 2,
 * column 1, "Tabs are not allowed as indentation".
 */
export function yamlProblems(text: string): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const doc of parseAllDocuments(text)) {
    for (const e of doc.errors) {
      const [start, end] = e.pos;
      const from = Math.min(start, text.length);
      out.push({
        from,
        to: Math.min(Math.max(end, from + 1), text.length),
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
        message: shortMessage(e.message),
      });
    }
  }
  return out;
}
