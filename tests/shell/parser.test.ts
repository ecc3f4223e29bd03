import { describe, expect, it } from 'vitest';
import { needsMoreInput, parseScript } from '../../src/shell';
import type { SimpleCommand } from '../../src/shell';
import { expandWords } from '../../src/shell/expand';

const scope = {
  vars: new Map([
    ['V', 'val'],
    ['S', '  sp  aced  '],
    ['E', ''],
  ]),
  lastExit: 0,
  shellName: 'sh',
};

function commands(text: string): SimpleCommand[] {
  const items = parseScript(text);
  for (const i of items) if (i.kind === 'error') throw new Error(`line ${i.line}: ${i.message}`);
  return items as SimpleCommand[];
}

/** The argument words of a one-command script after expansion. */
function words(text: string): string[] {
  const [cmd, ...rest] = commands(text);
  expect(rest).toEqual([]);
  return expandWords(cmd?.words ?? [], scope);
}

describe('tokenizing (expected words recorded from bash 5 with V=val, S="  sp  aced  ", E=)', () => {
  const table: [string, string[]][] = [
    ['echo a b   c', ['echo', 'a', 'b', 'c']],
    [`echo 'single  quoted' "double  quoted"`, ['echo', 'single  quoted', 'double  quoted']],
    [`echo "a\\"b" 'it'\\''s' "\\$HOME" "\\\\" "\\x"`, ['echo', 'a"b', "it's", '$HOME', '\\', '\\x']],
    [`echo a\\ b c\\\\d \\$x \\'q\\'`, ['echo', 'a b', 'c\\d', '$x', "'q'"]],
    ['echo "$V" $V "${V}" x${V}y', ['echo', 'val', 'val', 'val', 'xvaly']],
    [`echo $E "" '' "$E" x$E`, ['echo', '', '', '', 'x']],
    ['echo $S', ['echo', 'sp', 'aced']],
    ['echo "$S"', ['echo', '  sp  aced  ']],
    ['echo a#b #comment', ['echo', 'a#b']],
    [`echo '#not' "#not" \\#not`, ['echo', '#not', '#not', '#not']],
    ['echo "multi\nline"', ['echo', 'multi\nline']],
    [`echo $'tab\\there' $'nl\\\\n'`, ['echo', 'tab\there', 'nl\\n']],
    ['echo "$?" $? $#', ['echo', '0', '0', '0']],
    [
      `echo --flag=value -o=json '-o' jsonpath='{.items[*].metadata.name}'`,
      ['echo', '--flag=value', '-o=json', '-o', 'jsonpath={.items[*].metadata.name}'],
    ],
    [
      'echo kubectl get pods -o jsonpath="{.items[*].metadata.name}"',
      ['echo', 'kubectl', 'get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}'],
    ],
    ['echo $V$V "$V"$V', ['echo', 'valval', 'valval']],
    ['echo x\\\ny', ['echo', 'xy']],
    ['echo a\\\n  b', ['echo', 'a', 'b']],
    ['echo "${V}_suffix" $V_suffix', ['echo', 'val_suffix']],
    ['echo "tab\tinside" a\tb', ['echo', 'tab\tinside', 'a', 'b']],
    [`echo "$"  '$' $ a$`, ['echo', '$', '$', '$', 'a$']],
    [`echo ""x"" ''y''`, ['echo', 'x', 'y']],
    [
      'kubectl set image deployment/nginx *=nginx:1.9',
      ['kubectl', 'set', 'image', 'deployment/nginx', '*=nginx:1.9'],
    ],
  ];
  for (const [text, expected] of table) it(JSON.stringify(text), () => expect(words(text)).toEqual(expected));
});

describe('script structure', () => {
  it('one command per line; blank lines and comments are skipped; lines are numbered', () => {
    const cmds = commands('# setup\n\nkubectl get pods\n   # indented comment\nsleep 5 # trailing\n\n');
    expect(cmds.map((c) => [c.line, c.source])).toEqual([
      [3, 'kubectl get pods'],
      [5, 'sleep 5 # trailing'],
    ]);
  });
  it('keeps continuation lines in the source', () => {
    expect(commands('kubectl get pods \\\n  -o wide\necho x').map((c) => [c.line, c.source])).toEqual([
      [1, 'kubectl get pods \\\n  -o wide'],
      [3, 'echo x'],
    ]);
  });
  it('a quoted string may span lines', () => {
    const [c] = commands(`kubectl patch deploy x -p '{\n  "spec": {"replicas": 2}\n}'\necho next`);
    expect(expandWords(c?.words ?? [], scope).at(-1)).toBe('{\n  "spec": {"replicas": 2}\n}');
  });
});

describe('here-documents', () => {
  const body = (text: string) => {
    const [c] = commands(text);
    const r = c?.redirects.find((x) => x.op === '<<');
    return r?.op === '<<' ? r.heredoc : undefined;
  };
  it('cat <<EOF > f.yaml', () => {
    const [c] = commands('cat <<EOF > f.yaml\napiVersion: apps/v1\nkind: Deployment\nEOF\necho after');
    expect(c?.redirects.map((r) => r.op)).toEqual(['<<', '>']);
    expect(c?.source).toBe('cat <<EOF > f.yaml\napiVersion: apps/v1\nkind: Deployment\nEOF');
  });
  it('cat > f.yaml <<EOF and kubectl apply -f - <<EOF', () => {
    expect(commands('cat > f.yaml <<EOF\na\nEOF').length).toBe(1);
    expect(body('kubectl apply -f - <<EOF\nkind: Deployment\nEOF')?.body).toEqual([
      { kind: 'text', text: 'kind: Deployment\n', quoted: true },
    ]);
  });
  it('<<\'EOF\' and <<"EOF" and <<\\EOF keep the body literal', () => {
    for (const d of ["'EOF'", '"EOF"', '\\EOF', 'E"O"F']) {
      const h = body(`cat <<${d}\nname: $NAME \\$x\nEOF`);
      expect([h?.quoted, h?.delimiter, h?.body]).toEqual([
        true,
        'EOF',
        [{ kind: 'text', text: 'name: $NAME \\$x\n', quoted: true }],
      ]);
    }
  });
  it('an unquoted body expands variables and \\$, \\\\, \\-newline', () => {
    const h = body('cat <<EOF\na: $V \\$V \\\\ "q" \'s\'\nb: x\\\ny\nEOF');
    expect(h?.quoted).toBe(false);
    expect(expandWords([h?.body ?? []], scope)).toEqual(['a: val $V \\ "q" \'s\'\nb: xy\n']);
  });
  it('<<-EOF strips leading tabs from the body and the delimiter', () => {
    expect(body('cat <<-END\n\t\tindented\n\tEND')?.body).toEqual([
      { kind: 'text', text: 'indented\n', quoted: true },
    ]);
  });
  it('the delimiter must be alone on its line', () => {
    expect(body('cat <<EOF\nEOF2\n EOF\nEOF')?.body).toEqual([
      { kind: 'text', text: 'EOF2\n EOF\n', quoted: true },
    ]);
  });
  it('two here-documents on one line are read in order', () => {
    const [c] = commands('cat <<A <<B\na\nA\nb\nB\necho x');
    expect(c?.redirects.map((r) => (r.op === '<<' ? r.heredoc.delimiter : r.op))).toEqual(['A', 'B']);
  });
});

describe('syntax errors', () => {
  const error = (text: string) => {
    const items = parseScript(text);
    const last = items[items.length - 1];
    return last?.kind === 'error'
      ? { line: last.line, message: last.message, commands: items.length - 1 }
      : undefined;
  };
  it('unterminated quotes report the line where the quote opened (bash)', () => {
    expect(error('echo ok\necho "abc\nmore\n')).toEqual({
      line: 2,
      message: 'unexpected EOF while looking for matching `"\'',
      commands: 1,
    });
    expect(error("echo 'abc")).toEqual({
      line: 1,
      message: "unexpected EOF while looking for matching `''",
      commands: 0,
    });
  });
  it('an unterminated here-document is an error at the last line', () => {
    expect(error('echo ok\ncat <<EOF\nabc\n')).toEqual({
      line: 3,
      message: "here-document at line 2 delimited by end-of-file (wanted `EOF')",
      commands: 1,
    });
  });
  it('pipes, lists and substitutions get a clear message', () => {
    const cases: [string, string][] = [
      ['echo a | cat', "'|'"],
      ['kubectl apply -f x && kubectl get pods', "'&&'"],
      ['a || b', "'||'"],
      ['a; b', "';'"],
      ['sleep 5 &', "'&'"],
      ['(cd x)', "'('"],
    ];
    for (const [text, op] of cases)
      expect(error(text)?.message).toMatch(
        new RegExp(`^${op.replace(/[|&()]/g, '\\$&')} is not supported in this shell`),
      );
    expect(error('echo $(date)')?.message).toBe(
      "command substitution '$(...)' is not supported in this shell",
    );
    expect(error('echo `date`')?.message).toBe('command substitution (`...`) is not supported in this shell');
    expect(error('cat <<< x')?.message).toMatch(/^here-strings/);
  });
  it('a redirection without a target', () => {
    expect(error('echo >')?.message).toBe("syntax error near unexpected token `newline'");
    expect(error('cat <<')?.message).toBe("syntax error near unexpected token `newline'");
  });
  it('parsing stops at the first error', () => expect(error('echo 1\necho |\necho 3')?.commands).toBe(1));
});

describe('needsMoreInput (for a `> ` continuation prompt)', () => {
  it('is true inside quotes, after a trailing backslash and inside an open here-document', () => {
    expect(needsMoreInput('echo "abc')).toBe(true);
    expect(needsMoreInput("echo 'abc")).toBe(true);
    expect(needsMoreInput('kubectl get pods \\')).toBe(true);
    expect(needsMoreInput('cat <<EOF > f.yaml\nkind: Deployment')).toBe(true);
  });
  it('is false for complete input and for other errors', () => {
    expect(needsMoreInput('kubectl get pods')).toBe(false);
    expect(needsMoreInput('echo "a"\\\\')).toBe(false);
    expect(needsMoreInput('cat <<EOF\nx\nEOF')).toBe(false);
    expect(needsMoreInput('echo a | cat')).toBe(false);
  });
});
