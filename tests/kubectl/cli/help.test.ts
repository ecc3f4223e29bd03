import { describe, expect, it } from 'vitest';
import { commandAt, helpText, kubectlRoot } from '../../../src/kubectl/cli';
import type { Command } from '../../../src/kubectl/cli';

function simulated(cmd: Command): Command[] {
  const own = cmd.spec.kind === 'command' || cmd.spec.kind === 'group' ? [cmd] : [];
  return [...own, ...cmd.children.flatMap(simulated)];
}

const GLOBAL_TIP =
  'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

describe('help texts', () => {
  const commands = simulated(kubectlRoot());
  it('covers every simulated command', () => {
    expect(commands.map((c) => c.path.join(' '))).toEqual(
      expect.arrayContaining([
        'get',
        'describe',
        'create',
        'create deployment',
        'apply',
        'delete',
        'edit',
        'patch',
        'label',
        'annotate',
        'scale',
        'set',
        'set image',
        'set resources',
        'rollout',
        'rollout status',
        'rollout history',
        'rollout undo',
        'rollout pause',
        'rollout resume',
        'rollout restart',
        'version',
        'api-resources',
        'explain',
      ]),
    );
  });
  for (const cmd of commands) {
    it(`${cmd.commandPath} --help is kubectl-shaped`, () => {
      const text = helpText(cmd);
      expect(text.endsWith(GLOBAL_TIP)).toBe(true);
      expect(text).toContain(`\n\nUsage:\n  kubectl ${cmd.spec.use ?? ''} [options]\n\n`);
      expect(text).not.toMatch(/\n\n\n/);
      if (cmd.spec.examples) expect(text).toMatch(/\n\nExamples:\n {2}# /);
      for (const f of cmd.localFlags.filter((f) => !f.hidden && !f.deprecated)) {
        const name = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
        expect(text).toContain(`\n    ${name}=`);
      }
      for (const f of cmd.localFlags.filter((f) => f.hidden || f.deprecated))
        expect(text).not.toContain(`--${f.name}=`);
    });
  }
  it('rollout status lists its flags with kubectl defaults', () => {
    const text = helpText(commandAt(['rollout', 'status'])!);
    expect(text).toContain('    -f, --filename=[]:\n\t');
    expect(text).toContain('    --revision=0:\n\t');
    expect(text).toContain('    --timeout=0s:\n\t');
    expect(text).toContain('    -w, --watch=true:\n\t');
    expect(text).toContain("    -l, --selector='':\n\t");
  });
  it('group help lists the subcommands padded like cobra', () => {
    const text = helpText(commandAt(['rollout'])!);
    expect(text).toContain('Available Commands:\n  history       ');
    expect(text).toContain(
      'Use "kubectl rollout <command> --help" for more information about a given command.\n',
    );
  });
  it('create deployment shows its alias', () =>
    expect(helpText(commandAt(['create', 'deployment'])!)).toContain('Aliases:\ndeployment, deploy\n\n'));
  it("examples use the seed article's commands", () => {
    const all = commands.map(helpText).join('\n');
    for (const cmd of [
      'kubectl rollout status deployment/nginx-deployment',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.23.1',
      'kubectl rollout history deployment/nginx-deployment --revision=3',
      'kubectl rollout undo deployment/nginx-deployment --to-revision=2',
      'kubectl rollout pause deployment/nginx-deployment',
      'kubectl set resources deployment nginx-deployment -c=nginx --limits=cpu=200m,memory=512Mi',
      'kubectl create -f nginx-deployment.yaml',
    ])
      expect(all).toContain(cmd);
  });
  it('root help groups the simulated commands and ends like kubectl', () => {
    const text = helpText(kubectlRoot());
    expect(text).toContain('Basic Commands (Intermediate):\n  explain         ');
    expect(text).toContain('Other Commands:\n  api-resources   ');
    expect(text).not.toContain('  logs ');
    expect(text).toContain(
      '\n\nUsage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n',
    );
  });
});
