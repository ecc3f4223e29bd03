// Success output of every command: name-printer lines, tables, -o formats, label/annotate messages, apply's
// created/configured/unchanged, delete, describe by prefix, version, api-resources, explain, edit sessions.
import { describe, expect, it } from 'vitest';
import { Kubectl } from '../../../src/kubectl/index';
import type { KubectlRunner } from '../../../src/shell/index';
import { Shell, VirtualFs } from '../../../src/shell/index';
import { Lab, NGINX_DEPLOYMENT, deploymentYaml } from './harness';

function ready(): Lab {
  const lab = new Lab().file('nginx-deployment.yaml', NGINX_DEPLOYMENT);
  lab.run('create -f nginx-deployment.yaml');
  lab.wait(10_000);
  return lab;
}

describe('create / apply / delete', () => {
  it('create -f - reads standard input; several documents and Lists', () => {
    const lab = new Lab();
    const two = `${deploymentYaml('a')}---\n${deploymentYaml('b')}`;
    expect(lab.run('create -f -', { stdin: two }).stdout).toBe(
      'deployment.apps/a created\ndeployment.apps/b created\n',
    );
    const list = `apiVersion: v1\nkind: List\nitems:\n- ${deploymentYaml('c').trimEnd().split('\n').join('\n  ')}\n`;
    expect(lab.run('create -f -', { stdin: list }).stdout).toBe('deployment.apps/c created\n');
    expect(lab.run('get deploy -o name').stdout).toBe(
      'deployment.apps/a\ndeployment.apps/b\ndeployment.apps/c\n',
    );
  });

  it('create prints successes before the errors of other objects', () => {
    const lab = new Lab().file('a.yaml', deploymentYaml('a'));
    lab.run('create -f a.yaml');
    const r = lab.run('create -f -', { stdin: `${deploymentYaml('a')}---\n${deploymentYaml('z')}` });
    expect(r.all).toBe(
      'deployment.apps/z created\nError from server (AlreadyExists): error when creating "STDIN": deployments.apps "a" already exists\n',
    );
    expect(r.result.chunks.map((c) => c.stream)).toEqual(['stdout', 'stderr']);
  });

  it('--dry-run=client and server create nothing; -o yaml prints the object', () => {
    const lab = new Lab().file('a.yaml', deploymentYaml('a'));
    expect(lab.run('create -f a.yaml --dry-run=client').stdout).toBe('deployment.apps/a created (dry run)\n');
    expect(lab.run('create -f a.yaml --dry-run=server').stdout).toBe(
      'deployment.apps/a created (server dry run)\n',
    );
    expect(lab.names('Deployment')).toEqual([]);
    const y = lab.run('create -f a.yaml -o yaml').stdout;
    expect(y.startsWith('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n')).toBe(true);
    expect(y).toContain('  uid: ');
  });

  it('--save-config writes the last-applied annotation, so a later apply is "unchanged"', () => {
    const lab = new Lab().file('a.yaml', deploymentYaml('a'));
    lab.run('create -f a.yaml --save-config');
    expect(lab.run('apply -f a.yaml').stdout).toBe('deployment.apps/a unchanged\n');
  });

  it('apply: created, unchanged, configured; warning for objects made without apply', () => {
    const lab = new Lab()
      .file('a.yaml', deploymentYaml('a'))
      .file('a3.yaml', deploymentYaml('a', { replicas: 3 }));
    expect(lab.run('apply -f a.yaml').stdout).toBe('deployment.apps/a created\n');
    expect(lab.run('apply -f a.yaml').stdout).toBe('deployment.apps/a unchanged\n');
    expect(lab.run('apply -f a3.yaml').stdout).toBe('deployment.apps/a configured\n');
    expect(lab.sim.get('Deployment', 'default', 'a')).toMatchObject({ spec: { replicas: 3 } });
    lab.file('b.yaml', deploymentYaml('b')).file('b2.yaml', deploymentYaml('b', { replicas: 2 }));
    lab.run('create -f b.yaml');
    const r = lab.run('apply -f b2.yaml');
    expect(r.stderr).toBe(
      'Warning: resource deployments/b is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
    expect(r.stdout).toBe('deployment.apps/b configured\n');
  });

  it('delete: by name, -f, -l, --all, -o name, no matches', () => {
    const lab = new Lab()
      .file('a.yaml', deploymentYaml('a'))
      .file('b.yaml', deploymentYaml('b', { labels: { app: 'b', tier: 'x' } }));
    lab.run('create -f a.yaml');
    lab.run('create -f b.yaml');
    expect(lab.run('delete -f a.yaml').stdout).toBe('deployment.apps "a" deleted\n');
    expect(lab.run('delete -f a.yaml').stderr).toBe(
      'Error from server (NotFound): error when deleting "a.yaml": deployments.apps "a" not found\n',
    );
    expect(lab.run('delete deploy -l tier=y').stdout).toBe('No resources found\n');
    expect(lab.run('delete deploy -l tier=x -o name').stdout).toBe('deployment.apps/b\n');
    lab.run('create -f a.yaml');
    expect(lab.run('delete deploy --all --dry-run=client').stdout).toBe(
      'deployment.apps "a" deleted (dry run)\n',
    );
    expect(lab.run('delete deploy a --cascade=orphan').stdout).toBe('deployment.apps "a" deleted\n');
    expect(lab.names('ReplicaSet')).toHaveLength(1);
    const rs = lab.sim.list('ReplicaSet')[0];
    expect(rs?.metadata.ownerReferences ?? []).toEqual([]);
  });

  it('create deployment NAME --image', () => {
    const lab = new Lab();
    expect(lab.run('create deployment web --image=nginx:1.14.2 --replicas=2 --port=80').stdout).toBe(
      'deployment.apps/web created\n',
    );
    const d = lab.sim.get('Deployment', 'default', 'web');
    expect(d).toMatchObject({
      metadata: { labels: { app: 'web' } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: {
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
        },
      },
    });
    expect(lab.run('create deployment a b --image=x').stderr).toBe(
      "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
    );
  });
});

describe('label / annotate / scale / set / patch', () => {
  it('label messages: labeled, not labeled, unlabeled, label not found', () => {
    const lab = ready();
    const d = 'deploy nginx-deployment';
    expect(lab.run(`label ${d} tier=web`).stdout).toBe('deployment.apps/nginx-deployment labeled\n');
    expect(lab.run(`label ${d} tier=web`).stdout).toBe('deployment.apps/nginx-deployment not labeled\n');
    expect(lab.run(`label ${d} tier=api --overwrite`).stdout).toBe(
      'deployment.apps/nginx-deployment labeled\n',
    );
    expect(lab.run(`label ${d} tier-`).stdout).toBe('deployment.apps/nginx-deployment unlabeled\n');
    expect(lab.run(`label ${d} tier-`).stdout).toBe(
      'label "tier" not found.\ndeployment.apps/nginx-deployment not labeled\n',
    );
    expect(lab.run(`label ${d} --list`).stdout).toBe('app=nginx\n');
    expect(lab.run('label deploy --all --list').stdout).toBe(
      'Listing labels for Deployment.apps/nginx-deployment:\n app=nginx\n',
    );
  });

  it('annotate always says annotated; change-cause shows in rollout history', () => {
    const lab = ready();
    expect(
      lab.run('annotate deployment/nginx-deployment kubernetes.io/change-cause="first rollout"').stdout,
    ).toBe('deployment.apps/nginx-deployment annotated\n');
    expect(lab.run('annotate deployment/nginx-deployment kubernetes.io/change-cause-').stdout).toBe(
      'deployment.apps/nginx-deployment annotated\n',
    );
    lab.run('annotate deployment/nginx-deployment kubernetes.io/change-cause="first rollout"');
    // The annotation is copied to the newest ReplicaSet: annotate after the change, as the docs advise.
    lab.run('set image deployment/nginx-deployment nginx=nginx:1.16.1');
    lab.run('annotate deployment/nginx-deployment kubernetes.io/change-cause="image 1.16.1" --overwrite');
    lab.wait(30_000);
    expect(lab.run('rollout history deployment/nginx-deployment').stdout).toBe(
      'deployment.apps/nginx-deployment \nREVISION  CHANGE-CAUSE\n1         first rollout\n2         image 1.16.1\n\n',
    );
  });

  it('scale prints scaled (also without change), --record records it', () => {
    const lab = ready();
    expect(lab.run('scale deployment/nginx-deployment --replicas=5').stdout).toBe(
      'deployment.apps/nginx-deployment scaled\n',
    );
    expect(lab.run('scale deployment/nginx-deployment --replicas=5').stdout).toBe(
      'deployment.apps/nginx-deployment scaled\n',
    );
    expect(lab.run('scale --current-replicas=5 --replicas=2 deployment/nginx-deployment --record').all).toBe(
      'Flag --record has been deprecated, --record will be removed in the future\ndeployment.apps/nginx-deployment scaled\n',
    );
    const d = lab.sim.get('Deployment', 'default', 'nginx-deployment');
    expect(d?.metadata.annotations?.['kubernetes.io/change-cause']).toBe(
      'kubectl scale deployment/nginx-deployment --current-replicas=5 --replicas=2 --record=true',
    );
  });

  it('set image: same image prints nothing, * sets every container, --record', () => {
    const lab = ready();
    const same = lab.run('set image deployment/nginx-deployment nginx=nginx:1.14.2');
    expect(same.all).toBe('');
    expect(same.exitCode).toBe(0);
    expect(lab.run("set image deployment/nginx-deployment '*=nginx:1.16.1'").stdout).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
    expect(lab.run('set image deployment/nginx-deployment nginx=nginx:1.16.1 --record').stdout).toBe(
      'deployment.apps/nginx-deployment image updated\n',
    );
    const d = lab.sim.get('Deployment', 'default', 'nginx-deployment');
    expect(d?.metadata.annotations?.['kubernetes.io/change-cause']).toBe(
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1 --record=true',
    );
    expect(lab.run('set image deployment/nginx-deployment nginx=nginx:1.17 --dry-run=client').stdout).toBe(
      'deployment.apps/nginx-deployment image updated (dry run)\n',
    );
  });

  it('set resources: limits and requests, silent when nothing changes', () => {
    const lab = ready();
    const cmd = 'set resources deployment nginx-deployment --limits=cpu=0.5,memory=512Mi --requests=cpu=100m';
    expect(lab.run(cmd).stdout).toBe('deployment.apps/nginx-deployment resource requirements updated\n');
    expect(lab.run(cmd).all).toBe('');
    const c = lab.sim.get('Deployment', 'default', 'nginx-deployment');
    expect(c?.kind === 'Deployment' && c.spec.template.spec.containers[0]?.resources).toEqual({
      limits: { cpu: '500m', memory: '512Mi' },
      requests: { cpu: '100m' },
    });
  });

  it('patch: strategic (JSON or YAML text), merge, json; no change; -o name', () => {
    const lab = ready();
    const d = 'deployment nginx-deployment';
    expect(lab.run(`patch ${d} -p '{"spec":{"replicas":4}}'`).stdout).toBe(
      'deployment.apps/nginx-deployment patched\n',
    );
    expect(lab.run(`patch ${d} -p '{"spec":{"replicas":4}}'`).stdout).toBe(
      'deployment.apps/nginx-deployment patched (no change)\n',
    );
    expect(lab.run(`patch ${d} -p 'spec: {minReadySeconds: 5}'`).stdout).toBe(
      'deployment.apps/nginx-deployment patched\n',
    );
    expect(lab.run(`patch ${d} --type merge -p '{"spec":{"replicas":2}}' -o name`).stdout).toBe(
      'deployment.apps/nginx-deployment\n',
    );
    expect(
      lab.run(
        `patch ${d} --type=json -p '[{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:1.23.1"}]'`,
      ).stdout,
    ).toBe('deployment.apps/nginx-deployment patched\n');
    expect(lab.sim.get('Deployment', 'default', 'nginx-deployment')).toMatchObject({
      spec: {
        replicas: 2,
        minReadySeconds: 5,
        template: { spec: { containers: [{ image: 'nginx:1.23.1' }] } },
      },
    });
  });
});

describe('get variants', () => {
  it('several types: kind-prefixed names and a blank line between tables; --no-headers drops both', () => {
    const lab = ready();
    const out = lab.run('get deploy,rs').stdout;
    const rs = lab.names('ReplicaSet')[0] as string;
    expect(out).toBe(
      'NAME                               READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'deployment.apps/nginx-deployment   3/3     3            3           10s\n' +
        '\n' +
        `NAME${' '.repeat(`replicaset.apps/${rs}`.length - 1)}DESIRED   CURRENT   READY   AGE\n` +
        `replicaset.apps/${rs}   3         3         3       10s\n`,
    );
    expect(
      lab
        .run('get deploy,rs --no-headers')
        .stdout.split('\n')
        .filter((l) => l === ''),
    ).toHaveLength(1);
  });

  it('No resources found (namespace, -A), --ignore-not-found', () => {
    const lab = new Lab();
    expect(lab.run('get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(lab.run('get pods -n kube-system').stderr).toBe('No resources found in kube-system namespace.\n');
    expect(lab.run('get pods -A').stderr).toBe('No resources found\n');
    const r = lab.run('get deploy nope --ignore-not-found');
    expect(r.all).toBe('');
    expect(r.exitCode).toBe(0);
  });

  it('-o json: one object, or a List', () => {
    const lab = ready();
    const one = JSON.parse(lab.run('get deploy nginx-deployment -o json').stdout) as { kind: string };
    expect(one.kind).toBe('Deployment');
    const list = lab.run('get deploy -o json').stdout;
    expect(list.startsWith('{\n    "apiVersion": "v1",\n    "items": [\n')).toBe(true);
    expect(
      list.endsWith(
        '    ],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
      ),
    ).toBe(true);
    expect(
      lab.run('get deploy -o yaml').stdout.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n'),
    ).toBe(true);
  });

  it('-l, -L, -o wide, -A, --sort-by', () => {
    const lab = ready();
    expect(lab.run('get deploy -l app=other').stderr).toBe('No resources found in default namespace.\n');
    expect(lab.run('get deploy -L app').stdout).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE   APP\nnginx-deployment   3/3     3            3           10s   nginx\n',
    );
    expect(lab.run('get deploy -o wide').stdout.split('\n')[0]).toMatch(/AGE +CONTAINERS +IMAGES +SELECTOR$/);
    expect(lab.run('get deploy -A').stdout.split('\n')[1]).toMatch(/^default +nginx-deployment +3\/3/);
    lab.run('scale deploy nginx-deployment --replicas=1');
    const names = lab
      .run('get pods --sort-by=.metadata.name --no-headers')
      .stdout.trim()
      .split('\n')
      .map((l) => l.split(' ')[0]);
    expect(names).toEqual([...names].sort());
    expect(lab.run('get pods --sort-by=.spec.nope').stderr).toBe(
      'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n',
    );
  });

  it('jsonpath and jsonpath-as-json', () => {
    const lab = ready();
    expect(
      lab.run("get deployment nginx-deployment -o jsonpath='{.spec.template.spec.containers[*].image}'")
        .stdout,
    ).toBe('nginx:1.14.2');
    expect(lab.run("get deployment nginx-deployment -o jsonpath-as-json='{.spec.replicas}'").stdout).toBe(
      '[\n    3\n]\n',
    );
  });
});

describe('describe', () => {
  it('by name prefix when the exact name does not exist; all of a type separated by blank lines', () => {
    const lab = ready();
    lab.file('web.yaml', deploymentYaml('web'));
    lab.run('create -f web.yaml');
    const prefix = lab.run('describe deployment nginx');
    expect(prefix.stdout.startsWith('Name:                   nginx-deployment\n')).toBe(true);
    expect(prefix.stdout.endsWith('\n\n')).toBe(true);
    const all = lab.run('describe deployments').stdout;
    expect(all.match(/^Name: /gm)).toHaveLength(2);
    expect(all).toContain('\n\n\nName:                   web\n');
    expect(lab.run('describe deployment zzz').stderr).toBe(
      'Error from server (NotFound): deployments.apps "zzz" not found\n',
    );
    expect(lab.run('describe rs -l app=none').stderr).toBe('No resources found in default namespace.\n');
  });

  it('pods and nodes', () => {
    const lab = ready();
    expect(lab.run(`describe pod ${lab.names('Pod')[0]}`).stdout).toMatch(/^Name: +nginx-deployment-/);
    expect(lab.run('describe node node-1').stdout).toMatch(/^Name: +node-1\n/);
  });
});

describe('version, api-resources, explain', () => {
  it('version', () => {
    const lab = new Lab();
    expect(lab.run('version').stdout).toBe(
      'Client Version: v1.35.0\nKustomize Version: v5.7.1\nServer Version: v1.35.0\n',
    );
    expect(lab.run('version --client').stdout).toBe('Client Version: v1.35.0\nKustomize Version: v5.7.1\n');
    const json = JSON.parse(lab.run('version -o json').stdout) as { serverVersion: { gitVersion: string } };
    expect(json.serverVersion.gitVersion).toBe('v1.35.0');
    expect(lab.run('version -o yaml --client').stdout.endsWith('kustomizeVersion: v5.7.1\n\n')).toBe(true);
    expect(lab.run('version -o foo').stderr).toBe("error: --output must be 'yaml' or 'json'\n");
  });

  it('api-resources', () => {
    const lab = new Lab();
    expect(lab.run('api-resources').stdout).toBe(
      'NAME          SHORTNAMES   APIVERSION   NAMESPACED   KIND\n' +
        'events        ev           v1           true         Event\n' +
        'nodes         no           v1           false        Node\n' +
        'pods          po           v1           true         Pod\n' +
        'deployments   deploy       apps/v1      true         Deployment\n' +
        'replicasets   rs           apps/v1      true         ReplicaSet\n',
    );
    expect(lab.run('api-resources -o name --api-group=apps').stdout).toBe(
      'deployments.apps\nreplicasets.apps\n',
    );
  });

  it('explain a type and a field', () => {
    const lab = new Lab();
    const d = lab.run('explain deployment').stdout;
    expect(d.startsWith('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nDESCRIPTION:\n')).toBe(
      true,
    );
    expect(d).toContain('\nFIELDS:\n  apiVersion\t<string>\n');
    const f = lab.run('explain deployment.spec.strategy.rollingUpdate.maxSurge').stdout;
    expect(f).toContain('FIELD: maxSurge <IntOrString>\n');
    expect(lab.run('explain deployment.spec.nope').stderr).toBe('error: field "nope" does not exist\n');
    expect(lab.run('explain deploymnt').stderr).toBe(
      'error: the server doesn\'t have a resource type "deploymnt"\n',
    );
  });
});

describe('edit', () => {
  it('in a script: a clear error; in the app: an edit session', () => {
    const lab = ready();
    const r = lab.run('edit deployment/nginx-deployment');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^error: kubectl edit opens an interactive editor/);
    expect(lab.run('edit deployment/nope').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );

    const t = lab.kubectl.editTarget(['deployment/nginx-deployment']);
    if (!t.ok) throw new Error('expected a session');
    expect(
      t.session.yaml.startsWith(
        "# Please edit the object below. Lines beginning with a '#' will be ignored,\n",
      ),
    ).toBe(true);
    expect(t.session.save(t.session.yaml).result.chunks).toEqual([
      { stream: 'stderr', text: 'Edit cancelled, no changes made.\n' },
    ]);
    const bad = t.session.save(t.session.yaml.replace('  replicas: 3', '  replicas: -1'));
    expect(bad.result.chunks).toEqual([
      {
        stream: 'stderr',
        text: 'The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
      },
    ]);
    expect(bad.reopen).toContain(
      '# deployments.apps "nginx-deployment" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\n',
    );
    const ok = t.session.save(t.session.yaml.replace('image: nginx:1.14.2', 'image: nginx:1.23.1'));
    expect(ok.result.chunks).toEqual([
      { stream: 'stdout', text: 'deployment.apps/nginx-deployment edited\n' },
    ]);
    expect(ok.reopen).toBeUndefined();
  });
});

describe('entry point', () => {
  it('reads files through the per-call fs (the shell) and honours the default namespace', () => {
    const lab = new Lab();
    const k = new Kubectl({ sim: lab.sim, namespace: 'kube-system' });
    const fs = {
      read: (p: string) => (p === 'x/a.yaml' ? deploymentYaml('a') : undefined),
      list: (d?: string) => (d === 'x' ? ['x/a.yaml', 'x/notes.txt'] : []),
    };
    expect(k.run(['create', '-f', 'x/'], undefined, { fs }).chunks).toEqual([
      { stream: 'stdout', text: 'deployment.apps/a created\n' },
    ]);
    expect(lab.sim.get('Deployment', 'kube-system', 'a')).toBeDefined();
    expect(k.run(['get', 'deploy', '-o', 'name'], undefined, {}).chunks).toEqual([
      { stream: 'stdout', text: 'deployment.apps/a\n' },
    ]);
  });

  it("is the shell's kubectl runner", () => {
    const lab = new Lab();
    const runner: KubectlRunner = new Kubectl({ sim: lab.sim });
    const fs = new VirtualFs([['web.yaml', deploymentYaml('web')]]);
    const r = runner.run(['create', '-f', 'web.yaml'], undefined, {
      fs,
      commandLine: 'kubectl create -f web.yaml',
    });
    expect(r.chunks).toEqual([{ stream: 'stdout', text: 'deployment.apps/web created\n' }]);
  });

  it('runs scripts through the shell: heredoc into -f -, sleep, timeout around a watch', () => {
    const lab = new Lab();
    const shell = new Shell({
      kubectl: new Kubectl({ sim: lab.sim }),
      advance: (ms) => lab.sim.advanceBy(ms),
    });
    const script = `kubectl apply -f - <<EOF\n${deploymentYaml('web', { replicas: 2 })}EOF\nsleep 10\nkubectl get deploy web\nkubectl set image deploy/web nginx=nginx:nope\ntimeout 20s kubectl rollout status deploy/web\necho $?\n`;
    const steps = [...shell.steps(script)];
    const out = steps.map((s) => s.result.chunks.map((c) => c.text).join(''));
    expect(out[0]).toBe('deployment.apps/web created\n');
    expect(out[2]).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    2/2     2            2           10s\n',
    );
    expect(out[4]).toBe(
      'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...\n',
    );
    expect(steps[4]?.result.exitCode).toBe(124);
    expect(out[5]).toBe('124\n');
    expect(lab.sim.now).toBe(30_000);
  });

  it('help and usage come from the parser; unsimulated flags are refused', () => {
    const lab = new Lab();
    const help = lab.run('rollout -h');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('status');
    expect(lab.run('apply -k dir').stderr).toBe('error: --kustomize is not simulated in Rollout Lab\n');
  });
});
