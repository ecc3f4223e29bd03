import { describe, expect, it } from 'vitest';
import { Shell, VirtualFs, formatStep, runScript, textOf } from '../../src/shell';
import type { CommandResult, KubectlRunContext, ShellHost } from '../../src/shell';

interface Call {
  argv: string[];
  stdin: string | undefined;
  ctx: KubectlRunContext;
}

/** A host whose kubectl records calls; `kubectl wait-forever` times out when given a deadline. */
function fakeHost(): ShellHost & { now: number; calls: Call[] } {
  const host = {
    now: 0,
    calls: [] as Call[],
    advance(ms: number) {
      host.now += ms;
    },
    kubectl: {
      run(argv: string[], stdin: string | undefined, ctx: KubectlRunContext): CommandResult {
        host.calls.push({ argv, stdin, ctx });
        if (argv[0] === 'fail') return { chunks: [{ stream: 'stderr', text: 'error: boom\n' }], exitCode: 1 };
        if (argv[0] === 'wait-forever') {
          if (ctx.timeoutMs === undefined) throw new Error('would hang');
          host.now += ctx.timeoutMs;
          return { chunks: [{ stream: 'stdout', text: 'Waiting...\n' }], exitCode: 0, timedOut: true };
        }
        return { chunks: [{ stream: 'stdout', text: `ran ${argv.join(' ')}\n` }], exitCode: 0 };
      },
    },
  };
  return host;
}

function run(script: string, host = fakeHost(), fs = new VirtualFs()) {
  const shell = new Shell(host, { name: 'demo.sh', fs });
  const steps = shell.run(script);
  return {
    host,
    fs,
    shell,
    steps,
    out: steps.map((s) => textOf(s.result)).join(''),
    codes: steps.map((s) => s.result.exitCode),
  };
}

describe('running scripts', () => {
  it('writes a here-document to a file and applies it through kubectl stdin', () => {
    const { host, fs, codes } = run(
      'cat <<EOF > nginx.yaml\nkind: Deployment\nEOF\nkubectl apply -f - <<EOF\nkind: Deployment\nEOF\nkubectl create -f nginx.yaml',
    );
    expect(codes).toEqual([0, 0, 0]);
    expect(fs.read('nginx.yaml')).toBe('kind: Deployment\n');
    expect(host.calls.map((c) => [c.argv, c.stdin])).toEqual([
      [['apply', '-f', '-'], 'kind: Deployment\n'],
      [['create', '-f', 'nginx.yaml'], undefined],
    ]);
    expect(host.calls[1]?.ctx.fs.read('nginx.yaml')).toBe('kind: Deployment\n');
    expect(host.calls[1]?.ctx.commandLine).toBe('kubectl create -f nginx.yaml');
  });
  it('answers unknown commands like bash (the seed typos)', () => {
    const { out, codes } = run(
      'kubecti rollout undo deployment/nginx-deployment\nkubeetl rollout undo deployment/nginx-deployment',
    );
    expect(out).toBe('kubecti: command not found\nkubeetl: command not found\n');
    expect(codes).toEqual([127, 127]);
  });
  it('object-prototype names are ordinary unknown commands', () => {
    expect(run('constructor\ntoString x').out).toBe(
      'constructor: command not found\ntoString: command not found\n',
    );
  });
  it('sleep advances simulated time; bad intervals are GNU errors', () => {
    const { host, out, codes } = run('sleep 30\nsleep 1m30s\nsleep 0.5 1\nsleep x\nsleep\nsleep -1');
    expect(host.now).toBe(30_000 + 90_000 + 1_500);
    expect(codes).toEqual([0, 0, 0, 1, 1, 1]);
    expect(out).toBe(
      "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n" +
        "sleep: missing operand\nTry 'sleep --help' for more information.\n" +
        "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n",
    );
  });
  it('timeout bounds long-running commands: 124 when the deadline passed', () => {
    const { host, codes, out } = run(
      'timeout 30s kubectl wait-forever\ntimeout 5 sleep 60\ntimeout 10 sleep 1',
    );
    expect(host.calls[0]?.ctx.timeoutMs).toBe(30_000);
    expect(codes).toEqual([124, 124, 0]);
    expect(out).toBe('Waiting...\n');
    expect(host.now).toBe(30_000 + 5_000 + 1_000);
  });
  it('timeout usage errors exit 125, unknown commands 127', () => {
    const { out, codes } = run('timeout x kubectl get pods\ntimeout 5\ntimeout 5 nosuch');
    expect(codes).toEqual([125, 125, 127]);
    expect(out).toBe(
      "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n" +
        "Try 'timeout --help' for more information.\n" +
        "timeout: failed to run command 'nosuch': No such file or directory\n",
    );
  });
  it('redirections: >, >>, 2>&1, 2>/dev/null, <', () => {
    const { fs, out } = run(
      'echo one > f\necho two >> f\nkubectl fail > log 2>&1\nkubectl fail 2>/dev/null\ncat < f\ncat < missing',
    );
    expect(fs.read('f')).toBe('one\ntwo\n');
    expect(fs.read('log')).toBe('error: boom\n');
    expect(out).toBe('one\ntwo\ndemo.sh: line 6: missing: No such file or directory\n');
  });
  it('variables, $? and assignments', () => {
    const { out } = run(
      'DEPLOY=nginx-deployment\nkubectl get deployment $DEPLOY\nkubectl fail\necho "status $?"\nexport X=1\necho $X',
    );
    expect(out).toBe('ran get deployment nginx-deployment\nerror: boom\nstatus 1\n1\n');
  });
  it('files: cat, ls, rm with coreutils messages', () => {
    const fs = new VirtualFs([
      ['a.yaml', 'A\n'],
      ['dir/b.yaml', 'B\n'],
    ]);
    const { out, codes } = run(
      'ls\nls dir\ncat a.yaml nope\nrm a.yaml\nrm a.yaml\nrm -f a.yaml\nls nope\ncat dir',
      fakeHost(),
      fs,
    );
    expect(out).toBe(
      'a.yaml\ndir\nb.yaml\nA\ncat: nope: No such file or directory\n' +
        "rm: cannot remove 'a.yaml': No such file or directory\n" +
        "ls: cannot access 'nope': No such file or directory\ncat: dir: Is a directory\n",
    );
    expect(codes).toEqual([0, 0, 1, 0, 1, 0, 2, 1]);
  });
  it('echo options', () => {
    expect(run('echo -n a\necho -e "x\\ty"\necho -x y\necho -e "a\\cb"').out).toBe('ax\ty\n-x y\na');
  });
  it('a syntax error stops the script with status 2', () => {
    const { steps, shell } = run('echo ok\necho a | cat\necho never');
    expect(steps.map((s) => [s.line, s.source, textOf(s.result), s.result.exitCode])).toEqual([
      [1, 'echo ok', 'ok\n', 0],
      [
        2,
        'echo a | cat',
        "demo.sh: line 2: '|' is not supported in this shell: write one command per line (no pipes, ';', '&&', '||' or '&')\n",
        2,
      ],
    ]);
    expect(shell.lastExit).toBe(2);
  });
  it('exit stops the session', () => {
    const { codes, shell } = run('echo a\nexit 3\necho b');
    expect(codes).toEqual([0, 3]);
    expect(shell.exited).toBe(true);
    expect(shell.run('echo c')).toEqual([]);
  });
  it('clear asks the terminal to clear', () => expect(run('clear').steps[0]?.result.clear).toBe(true));
  it('state persists across lines typed into one session', () => {
    const host = fakeHost();
    const shell = new Shell(host);
    shell.run('N=web');
    shell.run('cat > f <<EOF\nx\nEOF');
    expect(textOf(shell.run('echo $N; ')[0]?.result ?? { chunks: [], exitCode: 0 })).toMatch(/not supported/);
    expect(shell.run('cat f')[0]?.result.chunks).toEqual([{ stream: 'stdout', text: 'x\n' }]);
    expect(shell.run('echo $N')[0]?.result.chunks).toEqual([{ stream: 'stdout', text: 'web\n' }]);
  });
});

describe('transcripts', () => {
  it('runScript yields steps lazily and formats them with prompts', () => {
    const host = fakeHost();
    const gen = runScript('kubectl get pods\ncat <<EOF\nhi\nEOF', host);
    const first = gen.next();
    expect(first.done).toBe(false);
    expect(host.calls.length).toBe(1);
    if (!first.done) expect(formatStep(first.value)).toBe('$ kubectl get pods\nran get pods\n');
    const second = gen.next();
    if (!second.done) expect(formatStep(second.value)).toBe('$ cat <<EOF\n> hi\n> EOF\nhi\n');
    expect(gen.next()).toEqual({ done: true, value: { exitCode: 0, steps: 2 } });
  });
});
