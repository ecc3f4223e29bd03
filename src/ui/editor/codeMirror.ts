// The CodeMirror 6 editor view for YAML: highlighting, line numbers, the YAML linter (syntax errors underlined
// with their messages), an accessible name, and a change listener. Kept apart from React.
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import { yamlProblems } from './yamlDiagnostics';

/** Syntax errors as CodeMirror diagnostics. */
const yamlLinter = linter(
  (view): Diagnostic[] =>
    yamlProblems(view.state.doc.toString()).map((p) => ({
      from: p.from,
      to: p.to,
      severity: 'error',
      message: `Line ${p.line}, column ${p.column}: ${p.message}`,
    })),
  { delay: 250 },
);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '12.5px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.45' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', borderRight: '1px solid var(--line)' },
});

/** Creates the editor in `parent` with `doc`; `onChange` gets the text after every edit. */
export function createYamlView(
  parent: HTMLElement,
  doc: string,
  label: string,
  onChange: (text: string) => void,
): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        yaml(),
        yamlLinter,
        lintGutter(),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
}

/** Replaces the whole text (a new object opened, a manifest loaded). */
export function setText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
