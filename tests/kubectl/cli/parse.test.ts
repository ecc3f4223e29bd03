import { describe, expect, it } from 'vitest';
import { parseKubectl, textOf } from '../../../src/kubectl/cli';
import type { CliOutcome, ParsedCommand } from '../../../src/kubectl/cli';
import { OBSERVED } from './kubectlObserved';

function done(argv: string[]) {
  const r = parseKubectl(argv);
  if (r.kind !== 'done') throw new Error(`expected finished output for ${argv.join(' ')}`);
  return {
    exitCode: r.result.exitCode,
    stdout: textOf(r.result, 'stdout'),
    stderr: textOf(r.result, 'stderr'),
  };
}

function run(argv: string[]): ParsedCommand {
  const r: CliOutcome = parseKubectl(argv);
  if (r.kind !== 'run') throw new Error(`expected a command for ${argv.join(' ')}: ${textOf(r.result)}`);
  return r.command;
}

describe('parseKubectl against real kubectl 1.32 client-side answers', () => {
  it('has a recorded table', () => expect(OBSERVED.length).toBeGreaterThan(150));
  for (const o of OBSERVED) {
    it(`kubectl ${o.argv.join(' ')}`, () => {
      expect(done(o.argv)).toEqual({ exitCode: o.exitCode, stdout: o.stdout, stderr: o.stderr });
    });
  }
});

describe('the seed article typos', () => {
  it('kubectl rollout staus → unknown command of the rollout group', () => {
    expect(done(['rollout', 'staus', 'deployment/nginx-deployment'])).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: `error: unknown command "staus deployment/nginx-deployment"\nSee 'kubectl rollout -h' for help and examples\n`,
    });
  });
  it('rollout history --version=3 → unknown flag', () => {
    expect(done(['rollout', 'history', 'deployment/nginx-deployment', '--version=3']).stderr).toBe(
      "error: unknown flag: --version\nSee 'kubectl rollout history --help' for usage.\n",
    );
  });
  it('rollout pause with an extra argument parses (the builder rejects it later)', () => {
    const c = run(['rollout', 'pause', 'deployment/nginx-deployment', 'nginx=nginx:1.231']);
    expect(c.commandPath).toEqual(['rollout', 'pause']);
    expect(c.args).toEqual(['deployment/nginx-deployment', 'nginx=nginx:1.231']);
  });
  it('suggests rollout for rollut', () => {
    expect(done(['rollut']).stderr).toBe(
      'error: unknown command "rollut" for "kubectl"\n\nDid you mean this?\n\trollout\n',
    );
  });
});

describe('parsed commands', () => {
  it('resolves the command path, positional args and typed flags', () => {
    const c = run(['-n', 'prod', 'rollout', 'status', 'deployment/web', '--timeout=1m30s', '-w=false']);
    expect(c.commandPath).toEqual(['rollout', 'status']);
    expect(c.args).toEqual(['deployment/web']);
    expect(c.flags).toMatchObject({ namespace: 'prod', timeout: 90_000, watch: false, revision: 0 });
    expect([...c.flagsSet].sort()).toEqual(['namespace', 'timeout', 'watch']);
  });
  it('keeps defaults for flags not given', () => {
    const c = run(['get', 'pods']);
    expect(c.flags).toMatchObject({
      watch: false,
      output: '',
      'no-headers': false,
      'chunk-size': 500,
      selector: '',
    });
    expect(c.flagsSet.size).toBe(0);
  });
  it('parses shorthand clusters and attached values', () => {
    const c = run(['get', 'pods', '-Awlapp=nginx', '-ojsonpath={.items[*].metadata.name}']);
    expect(c.flags).toMatchObject({
      'all-namespaces': true,
      watch: true,
      selector: 'app=nginx',
      output: 'jsonpath={.items[*].metadata.name}',
    });
  });
  it('accumulates -f and splits it as CSV', () => {
    expect(run(['apply', '-f', 'a.yaml,b.yaml', '-f', 'c.yaml']).flags.filename).toEqual([
      'a.yaml',
      'b.yaml',
      'c.yaml',
    ]);
  });
  it('reads ints in Go base 0 (octal, hex, underscores)', () => {
    expect(run(['scale', 'deploy/x', '--replicas=010']).flags.replicas).toBe(8);
    expect(run(['scale', 'deploy/x', '--replicas=0x10']).flags.replicas).toBe(16);
    expect(run(['scale', 'deploy/x', '--replicas=1_000']).flags.replicas).toBe(1000);
  });
  it('applies NoOptDefVal: bare --dry-run is "unchanged", bare --cascade "background"', () => {
    expect(run(['apply', '-f', 'x', '--dry-run']).flags['dry-run']).toBe('unchanged');
    expect(run(['delete', 'pod', 'x', '--cascade']).flags.cascade).toBe('background');
  });
  it('treats everything after -- as positional', () => {
    const c = run(['get', '--', '-x', '--foo']);
    expect(c.args).toEqual(['-x', '--foo']);
    expect(c.argsLenAtDash).toBe(0);
  });
  it('normalises underscores in flag names', () => {
    expect(run(['get', 'pods', '--show_labels']).flags['show-labels']).toBe(true);
  });
  it('prints the --record deprecation before running', () => {
    const c = run(['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.23.1', '--record']);
    expect(c.preamble.map((p) => p.text)).toEqual([
      'Flag --record has been deprecated, --record will be removed in the future\n',
    ]);
    expect(c.flags.record).toBe(true);
  });
  it('builds the change-cause like kubectl', () => {
    expect(run(['set', 'image', 'deployment/nginx', 'nginx=nginx:1.16.1', '--record']).changeCause).toBe(
      'kubectl set image deployment/nginx nginx=nginx:1.16.1 --record=true',
    );
    expect(run(['create', '-f', 'nginx-deployment.yaml', '--record']).changeCause).toBe(
      'kubectl create --filename=nginx-deployment.yaml --record=true',
    );
    expect(
      run(['-n', 'default', 'set', 'image', '-f=d.yaml', 'nginx=nginx:1.16', '--record=true']).changeCause,
    ).toBe('kubectl set image nginx=nginx:1.16 --namespace=default --filename=d.yaml --record=true');
  });
  it('hides classified flag values in the change-cause', () => {
    expect(run(['scale', 'deploy/x', '--replicas=2', '--token=s3cret', '--record']).changeCause).toBe(
      'kubectl scale deploy/x --replicas=2 --token=CLASSIFIED --record=true',
    );
  });
  it('resolves aliases (create deploy)', () => {
    const c = run(['create', 'deploy', 'web', '--image=nginx:1.14.2', '-r', '3']);
    expect(c.commandPath).toEqual(['create', 'deployment']);
    expect(c.flags).toMatchObject({ image: ['nginx:1.14.2'], replicas: 3 });
  });
  it('lists hidden flags the simulation ignores', () => {
    expect(run(['get', 'pods', '--chunk-size=10']).ignoredFlagsSet).toEqual(['chunk-size']);
  });
});

describe('help and groups', () => {
  it('-h prints the help on stdout, exit 0, even after other flags', () => {
    const r = done(['rollout', 'status', '-n', 'x', '-h']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Follow the latest rollout/);
    expect(r.stderr).toBe('');
  });
  it('a flag error wins over -h', () => {
    expect(done(['get', '--foo', '-h']).stderr).toBe(
      "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
    );
  });
  it('rollout alone prints its help on stdout and exits 1; set prints on stderr', () => {
    const r = done(['rollout']);
    expect([r.exitCode, r.stdout.length > 0, r.stderr]).toEqual([1, true, '']);
    const s = done(['set']);
    expect([s.exitCode, s.stdout, s.stderr.includes('Available Commands:')]).toEqual([1, '', true]);
  });
  it('kubectl with no arguments prints the root help, exit 0', () => {
    const r = done([]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Deploy Commands:\n  rollout');
  });
  it('help <command> and unknown help topics', () => {
    expect(done(['help', 'rollout', 'undo']).stdout).toMatch(/^Go back to the previous revision/);
    const u = done(['help', 'rollut']);
    expect(u.exitCode).toBe(0);
    expect(u.stderr).toMatch(/^Unknown help topic \[`rollut`\]\n\n\nBasic Commands \(Beginner\):/);
  });
  it('kubectl options lists the global flags', () => {
    const r = done(['options']);
    expect(r.stdout).toMatch(/^The following options can be passed to any command:\n\n {4}--as='':\n\t/);
    expect(r.stdout).toContain("    -n, --namespace='':\n\t");
  });
  it('real commands outside the simulation are recognised, not run', () => {
    const r = done(['logs', 'nginx']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      "error: kubectl logs is not simulated in Rollout Lab\nSee 'kubectl --help' for the commands it simulates.\n",
    );
  });
});
