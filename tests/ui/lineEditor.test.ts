import { describe, expect, it } from 'vitest';
import { LineEditor, commonPrefix } from '../../src/ui/terminal/lineEditor';
import { needsMoreInput } from '../../src/worker/shellInput';

const editor = () => new LineEditor(needsMoreInput);
/** What a screen would show on the input line after the editor's writes (no wrapping: 80 columns). */
const typed = (e: LineEditor, data: string) => e.data(data);

describe('LineEditor', () => {
  it('edits in the middle of the line and submits the whole line on Enter', () => {
    const e = editor();
    typed(e, 'kubectl get pod');
    e.key('left');
    e.key('left');
    e.key('left');
    typed(e, 'x');
    expect(e.text).toBe('kubectl get xpod');
    e.key('backspace');
    e.key('end');
    typed(e, 's');
    expect(e.data('\r').action).toEqual({ kind: 'submit', text: 'kubectl get pods', typed: true });
    expect(e.text).toBe('');
  });

  it('history: up recalls, down returns to the draft; duplicates are kept once', () => {
    const e = editor();
    for (const line of ['echo a', 'echo b', 'echo b']) {
      typed(e, line);
      e.key('enter');
    }
    expect(e.past).toEqual(['echo a', 'echo b']);
    typed(e, 'draft');
    e.key('up');
    expect(e.text).toBe('echo b');
    e.key('up');
    e.key('up');
    expect(e.text).toBe('echo a');
    e.key('down');
    e.key('down');
    expect(e.text).toBe('draft');
  });

  it('heredocs ask for more lines with `> ` and submit as one command', () => {
    const e = editor();
    typed(e, 'cat <<EOF > a.yaml');
    expect(e.key('enter')).toEqual({ write: '\r\n> ' });
    expect(e.prompt).toBe('> ');
    typed(e, 'kind: Deployment');
    e.key('enter');
    typed(e, 'EOF');
    expect(e.key('enter').action).toEqual({
      kind: 'submit',
      text: 'cat <<EOF > a.yaml\nkind: Deployment\nEOF',
      typed: true,
    });
    expect(e.prompt).toBe('$ ');
  });

  it('a pasted script runs as one submission; an unfinished last line stays in the input', () => {
    const e = editor();
    const out = e.data('echo one\r\necho two\r\nkubectl get');
    expect(out.action).toEqual({ kind: 'submit', text: 'echo one\necho two', typed: false });
    expect(e.text).toBe('kubectl get');
  });

  it('Ctrl+C abandons the input; Ctrl+U and Ctrl+W delete backwards', () => {
    const e = editor();
    typed(e, 'kubectl get pods');
    e.key('deleteWord');
    expect(e.text).toBe('kubectl get ');
    e.key('killLine');
    expect(e.text).toBe('');
    typed(e, 'oops');
    expect(e.data('\x03')).toEqual({ write: '^C\r\n', action: { kind: 'interrupt' } });
    expect(e.text).toBe('');
  });

  it('completion: a sole match gets a space, a common prefix extends, otherwise the choices are listed', () => {
    const e = editor();
    typed(e, 'kubectl ro');
    const ask = e.key('tab').action;
    expect(ask).toEqual({ kind: 'complete', line: 'kubectl ro' });
    e.complete('kubectl ro', 8, ['rollout']);
    expect(e.text).toBe('kubectl rollout ');
    typed(e, 'status deployment/');
    e.complete('kubectl rollout status deployment/', 23, ['deployment/nginx-deployment']);
    expect(e.text).toBe('kubectl rollout status deployment/nginx-deployment ');
    const f = editor();
    typed(f, 'kubectl get de');
    f.complete('kubectl get de', 12, ['deploy', 'deployment', 'deployments']);
    expect(f.text).toBe('kubectl get deploy');
    expect(f.complete('kubectl get deploy', 12, ['deploy', 'deployment', 'deployments']).list).toEqual([
      'deploy',
      'deployment',
      'deployments',
    ]);
    // the input changed before the answer came: ignore it
    expect(f.complete('kubectl get d', 12, ['deploy']).write).toBe('');
    expect(commonPrefix(['--replicas=', '--request-timeout='])).toBe('--re');
  });

  it('redraws wrapped input: moving to the start goes up to the first row', () => {
    const e = editor();
    e.setColumns(20);
    typed(e, 'x'.repeat(30));
    // prompt (2) + 30 chars = 32 → the cursor is on row 1; Home draws everything again, then goes up one row
    const out = e.key('home').write;
    expect(out.startsWith('\x1b[1A\r\x1b[J$ ')).toBe(true);
    expect(out.endsWith('\x1b[1A\r\x1b[2C')).toBe(true);
  });
});
