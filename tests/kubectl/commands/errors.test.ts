// Every kubectl error a learner can provoke, with the exact text and exit code (texts checked against kubectl
// 1.32 run against a fake API server, and upstream source).
import { describe, expect, it } from 'vitest';
import { Lab, NGINX_DEPLOYMENT, deploymentYaml } from './harness';

/** nginx-deployment created and rolled out (revision 1). */
function nginxLab(): Lab {
  const lab = new Lab().file('nginx-deployment.yaml', NGINX_DEPLOYMENT);
  expect(lab.run('create -f nginx-deployment.yaml').exitCode).toBe(0);
  lab.wait(10_000);
  return lab;
}

const INVALID_ONE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: -1
  selector:
    matchLabels:
      app: broken
  template:
    metadata:
      labels:
        app: broken
    spec:
      containers:
      - name: nginx
        image: nginx
`;

const INVALID_MANY = INVALID_ONE.replace('        app: broken\n    spec', '        app: other\n    spec');

describe('resource arguments', () => {
  const cases: [string, string][] = [
    ['get deploymnt', 'error: the server doesn\'t have a resource type "deploymnt"\n'],
    ['get deploymnt.apps/x', 'error: the server doesn\'t have a resource type "deploymnt"\n'],
    ['get deploy nope', 'Error from server (NotFound): deployments.apps "nope" not found\n'],
    ['get deploy/', 'error: arguments in resource/name form must have a single resource and name\n'],
    ['get deploy/a/b', 'error: arguments in resource/name form may not have more than one slash\n'],
    [
      'get deploy deploy/x',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    ],
    ['delete deploy', 'error: resource(s) were provided, but no name was specified\n'],
    ['delete pods --all nginx', 'error: name cannot be provided when a selector is specified\n'],
    [
      'delete',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    ],
    ['rollout status', 'error: required resource not specified\n'],
    ['rollout undo', 'error: required resource not specified\n'],
    ['rollout pause', 'error: required resource not specified\n'],
    ['rollout history deploy/x --revision=-1', 'error: revision must be a positive integer: -1\n'],
    ['rollout status rs/x', 'Error from server (NotFound): replicasets.apps "x" not found\n'],
    ['create -f missing.yaml', 'error: the path "missing.yaml" does not exist\n'],
    ['create', 'error: must specify one of -f and -k\n'],
    ['apply', 'error: must specify one of -f and -k\n'],
    [
      'describe',
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    ],
  ];
  for (const [line, stderr] of cases) {
    it(line, () => {
      const r = new Lab().run(line);
      expect(r.stderr).toBe(stderr);
      expect(r.stdout).toBe('');
      expect(r.exitCode).toBe(1);
    });
  }

  it('get without a type prints the hint and a usage error', () => {
    const r = new Lab().run('get');
    expect(r.stderr).toBe(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it('several missing objects are reported one per line', () => {
    const r = new Lab().run('get deploy a b');
    expect(r.stderr).toBe(
      'Error from server (NotFound): deployments.apps "a" not found\nError from server (NotFound): deployments.apps "b" not found\n',
    );
  });

  it('unknown commands and flags come from the command line parser', () => {
    const lab = new Lab();
    const cmd = lab.run('rollout statsu deploy/x');
    expect(cmd.stderr).toBe(
      `error: unknown command "statsu deploy/x"\nSee 'kubectl rollout -h' for help and examples\n`,
    );
    expect(cmd.exitCode).toBe(1);
    const flag = lab.run('get pods --foo');
    expect(flag.stderr).toBe("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
    expect(flag.exitCode).toBe(1);
  });
});

describe('create and apply errors', () => {
  it('AlreadyExists names the file', () => {
    const lab = nginxLab();
    const r = lab.run('create -f nginx-deployment.yaml');
    expect(r.stderr).toBe(
      'Error from server (AlreadyExists): error when creating "nginx-deployment.yaml": deployments.apps "nginx-deployment" already exists\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('one validation error prints on one line', () => {
    const r = new Lab().file('broken.yaml', INVALID_ONE).run('create -f broken.yaml');
    expect(r.stderr).toBe(
      'The Deployment "broken" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it('several validation errors print as a list after "invalid: "', () => {
    const r = new Lab().file('broken.yaml', INVALID_MANY).run('create -f broken.yaml');
    expect(r.stderr).toBe(
      'The Deployment "broken" is invalid: \n' +
        '* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n' +
        '* spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`\n',
    );
  });

  it('unknown fields fail strict validation, and are dropped with --validate=false', () => {
    const lab = new Lab().file('typo.yaml', deploymentYaml('typo').replace('  replicas: 1', '  replicaz: 1'));
    const strict = lab.run('create -f typo.yaml');
    expect(strict.stderr).toBe(
      'Error from server (BadRequest): error when creating "typo.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicaz"\n',
    );
    const warn = lab.run('create -f typo.yaml --validate=warn');
    expect(warn.stderr).toBe('Warning: unknown field "spec.replicaz"\n');
    expect(warn.stdout).toBe('deployment.apps/typo created\n');
    expect(lab.run('create -f typo.yaml --validate=foo').stderr).toBe(
      'error: invalid - validate option "foo"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  it('manifests without kind or with unknown kinds', () => {
    const lab = new Lab()
      .file('nokind.yaml', 'apiVersion: apps/v1\nmetadata:\n  name: nokind\n')
      .file('foo.yaml', 'apiVersion: apps/v1\nkind: Foo\nmetadata:\n  name: foo\n')
      .file('noapi.yaml', 'kind: Deployment\nmetadata:\n  name: noapi\n')
      .file('empty.yaml', '# nothing\n');
    expect(lab.run('create -f nokind.yaml').stderr).toBe(
      `error: unable to decode "nokind.yaml": Object 'Kind' is missing in '{"apiVersion":"apps/v1","metadata":{"name":"nokind"}}'\n`,
    );
    expect(lab.run('create -f foo.yaml').stderr).toBe(
      'error: resource mapping not found for name: "foo" namespace: "" from "foo.yaml": no matches for kind "Foo" in version "apps/v1"\nensure CRDs are installed first\n',
    );
    expect(lab.run('create -f noapi.yaml').stderr).toBe(
      'error: resource mapping not found for name: "noapi" namespace: "" from "noapi.yaml": no matches for kind "Deployment" in version ""\nensure CRDs are installed first\n',
    );
    expect(lab.run('create -f empty.yaml').stderr).toBe('error: no objects passed to create\n');
  });

  it('YAML syntax errors name the file', () => {
    const lab = new Lab().file(
      'bad.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bad\nspec:\n  replicas: [\n',
    );
    const r = lab.run('create -f bad.yaml');
    expect(
      r.stderr.startsWith('error: error parsing bad.yaml: error converting YAML to JSON: yaml: line '),
    ).toBe(true);
    expect(r.exitCode).toBe(1);
  });

  it('the namespace in a file must match an explicit -n', () => {
    const lab = new Lab().file(
      'ns.yaml',
      deploymentYaml('x').replace('  name: x\n', '  name: x\n  namespace: kube-system\n'),
    );
    expect(lab.run('create -f ns.yaml -n default').stderr).toBe(
      `error: the namespace from the provided object "kube-system" does not match the namespace "default". You must pass '--namespace=kube-system' to perform this operation.\n`,
    );
  });
});

describe('rollout errors', () => {
  it('already paused, not paused, paused undo and paused restart', () => {
    const lab = nginxLab();
    lab.run('set image deployment/nginx-deployment nginx=nginx:1.16.1');
    lab.wait(30_000);
    expect(lab.run('rollout resume deployment/nginx-deployment').stderr).toBe(
      'error: deployments.apps "nginx-deployment" is not paused\n',
    );
    expect(lab.run('rollout pause deployment/nginx-deployment').stdout).toBe(
      'deployment.apps/nginx-deployment paused\n',
    );
    const again = lab.run('rollout pause deployment/nginx-deployment');
    expect(again.stderr).toBe('error: deployments.apps "nginx-deployment" is already paused\n');
    expect(again.exitCode).toBe(1);
    expect(lab.run('rollout undo deployment/nginx-deployment').stderr).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    );
    expect(lab.run('rollout restart deployment/nginx-deployment').stderr).toBe(
      `error: deployments.apps "nginx-deployment" can't restart paused deployment (run rollout resume first)\n`,
    );
  });

  it('undo without history, to a missing revision, and a skipped rollback', () => {
    const lab = nginxLab();
    expect(lab.run('rollout undo deployment/nginx-deployment').stderr).toBe(
      'error: no rollout history found for deployment "nginx-deployment"\n',
    );
    expect(lab.run('rollout undo deployment/nginx-deployment --to-revision=7').stderr).toBe(
      'error: unable to find specified revision 7 in history\n',
    );
    expect(lab.run('rollout undo deployment/nginx-deployment --to-revision=-1').stderr).toBe(
      'error: unable to find specified revision -1 in history\n',
    );
    const skipped = lab.run('rollout undo deployment/nginx-deployment --to-revision=1');
    expect(skipped.stdout).toBe(
      'deployment.apps/nginx-deployment skipped rollback (current template already matches revision 1)\n',
    );
    expect(skipped.exitCode).toBe(0);
  });

  it('a second restart within the same second is refused', () => {
    const lab = nginxLab();
    expect(lab.run('rollout restart deployment/nginx-deployment').stdout).toBe(
      'deployment.apps/nginx-deployment restarted\n',
    );
    expect(lab.run('rollout restart deployment/nginx-deployment').stderr).toBe(
      'error: failed to create patch for nginx-deployment: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    );
    lab.wait(1000);
    expect(lab.run('rollout restart deployment/nginx-deployment').exitCode).toBe(0);
  });

  it('unsupported kinds', () => {
    const lab = nginxLab();
    const rs = lab.names('ReplicaSet')[0] as string;
    expect(lab.run(`rollout pause rs/${rs}`).stderr).toBe(
      `error: replicasets.apps "${rs}" pausing is not supported\n`,
    );
    expect(lab.run(`rollout history rs/${rs}`).stderr).toBe(
      'error: no history viewer has been implemented for "ReplicaSet.apps"\n',
    );
    expect(lab.run(`rollout status rs/${rs}`).stderr).toBe(
      'error: no status viewer has been implemented for ReplicaSet.apps\n',
    );
    expect(lab.run(`rollout undo rs/${rs}`).stderr).toBe(
      'error: no rollbacker has been implemented for "ReplicaSet.apps"\n',
    );
  });

  it('rollout status --revision must match the running revision', () => {
    const lab = nginxLab();
    expect(lab.run('rollout status deployment/nginx-deployment --revision=2').stderr).toBe(
      'error: desired revision (2) is different from the running revision (1)\n',
    );
  });
});

describe('set, scale, label, annotate, patch errors', () => {
  it('set image: unknown container, bad pairs, no update', () => {
    const lab = nginxLab();
    expect(lab.run('set image deployment/nginx-deployment foo=bar').stderr).toBe(
      'error: unable to find container named "foo"\n',
    );
    expect(lab.run('set image deployment/nginx-deployment').stderr).toBe(
      'error: at least one image update is required\n',
    );
    expect(lab.run('set image deployment/nginx-deployment nginx=a deploy').stderr).toBe(
      'error: all resources must be specified before image changes: deploy\n',
    );
    expect(lab.run('set image deployment/nginx-deployment *=a nginx=b').stderr).toBe(
      'error: all containers are already specified by *, but saw more than one container_name=container_image pairs\n',
    );
  });

  it('set resources: no update, bad syntax, bad quantity, unknown container', () => {
    const lab = nginxLab();
    expect(lab.run('set resources deployment nginx-deployment').stderr).toBe(
      'error: you must specify an update to requests or limits (in the form of --requests/--limits)\n',
    );
    expect(lab.run('set resources deployment nginx-deployment --limits=cpu').stderr).toBe(
      'error: Invalid argument syntax cpu, expected <resource>=<value>\n',
    );
    expect(lab.run('set resources deployment nginx-deployment --limits=cpu=abc').stderr).toBe(
      "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n",
    );
    expect(lab.run('set resources deployment nginx-deployment -c foo --limits=cpu=1').stderr).toBe(
      'error: unable to find container named foo\n',
    );
  });

  it('scale: negative replicas, precondition mismatches, missing objects', () => {
    const lab = nginxLab();
    expect(lab.run('scale deployment/nginx-deployment --replicas=-1').stderr).toBe(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    );
    expect(lab.run('scale deployment/nginx-deployment --current-replicas=2 --replicas=5').stderr).toBe(
      'error: Expected replicas to be 2, was 3\n',
    );
    expect(lab.run('scale deployment/nginx-deployment --resource-version=1 --replicas=5').stderr).toMatch(
      /^error: Expected resource version to be 1, was \d+\n$/,
    );
    expect(lab.run('scale deploy nope --replicas=2').stderr).toBe(
      'error: no objects passed to scale deployments.apps "nope" not found\n',
    );
    expect(lab.run('scale deploy -l app=zz --replicas=2').stderr).toBe('error: no objects passed to scale\n');
  });

  it('label: overwrite rules, bad specs, both add and remove', () => {
    const lab = nginxLab();
    expect(lab.run('label deploy nginx-deployment app=web').stderr).toBe(
      "error: 'app' already has a value (nginx), and --overwrite is false\n",
    );
    lab.run('label deploy nginx-deployment tier=a');
    expect(lab.run('label deploy nginx-deployment app=x tier=b').stderr).toBe(
      "'app' already has a value (nginx), and --overwrite is false\n'tier' already has a value (a), and --overwrite is false\n",
    );
    expect(lab.run('label deploy nginx-deployment a=b=c').stderr).toBe('error: invalid label spec: a=b=c\n');
    expect(lab.run('label deploy nginx-deployment x=1 x-').stderr).toBe(
      'error: can not both modify and remove a label in the same command\n',
    );
    expect(lab.run('label deploy nginx-deployment').stderr).toBe(
      'error: at least one label update is required\n',
    );
    expect(lab.run('label deploy nginx-deployment b=1 deploy').stderr).toBe(
      'error: all resources must be specified before label changes: deploy\n',
    );
    expect(lab.run("label deploy nginx-deployment 'a=b c'").stderr).toBe(
      `error: invalid label value: "a=b c": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n`,
    );
  });

  it('annotate: overwrite rules (change-cause excepted)', () => {
    const lab = nginxLab();
    lab.run('annotate deploy nginx-deployment a=b');
    expect(lab.run('annotate deploy nginx-deployment a=c').stderr).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'a' already has a value (b)\n",
    );
    expect(lab.run('annotate deploy nginx-deployment x=1 x-').stderr).toBe(
      'error: can not both modify and remove the following annotation(s) in the same command: x\n',
    );
    lab.run('annotate deploy nginx-deployment kubernetes.io/change-cause=one');
    expect(lab.run('annotate deploy nginx-deployment kubernetes.io/change-cause=two').stdout).toBe(
      'deployment.apps/nginx-deployment annotated\n',
    );
  });

  it('patch: types, missing patch, malformed patch text, server rejections', () => {
    const lab = nginxLab();
    expect(lab.run("patch deploy nginx-deployment --type=foo -p '{}'").stderr).toBe(
      'error: --type must be one of [json merge strategic], not "foo"\n',
    );
    expect(lab.run('patch deploy nginx-deployment').stderr).toBe(
      'error: must specify --patch or --patch-file containing the contents of the patch\n',
    );
    expect(lab.run("patch deploy nginx-deployment -p 'a: b: c'").stderr).toBe(
      'error: unable to parse "a: b: c": yaml: mapping values are not allowed in this context\n',
    );
    expect(
      lab.run(
        `patch deploy nginx-deployment --type=json -p '[{"op":"replace","path":"/spec/replicas","value":-2}]'`,
      ).stderr,
    ).toBe(
      'The Deployment "nginx-deployment" is invalid: spec.replicas: Invalid value: -2: must be greater than or equal to 0\n',
    );
    expect(lab.run(`patch deploy nope -p '{"a":1}'`).stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });
});

describe('output format errors', () => {
  it('unknown -o, jsonpath syntax, missing template, --show-labels with yaml', () => {
    const lab = nginxLab();
    expect(lab.run('get deploy -o foo').stderr).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
    expect(lab.run('scale deploy nginx-deployment --replicas=3 -o foo').stderr).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    );
    expect(lab.run("get deploy -o 'jsonpath={.items[0].metadata.name'").stderr).toBe(
      'error: error parsing jsonpath {.items[0].metadata.name, unclosed action\n',
    );
    expect(lab.run('get deploy -o jsonpath').stderr).toBe(
      'error: template format specified but no template given\n',
    );
    expect(lab.run('get pods --show-labels -o yaml').stderr).toBe(
      'error: --show-labels option cannot be used with yaml printer\n',
    );
    expect(lab.run('get pods --output-watch-events').stderr).toBe(
      'error: --output-watch-events option can only be used with --watch or --watch-only\n',
    );
  });

  it('unsupported field selectors, invalid label selectors', () => {
    const lab = nginxLab();
    expect(lab.run('get pods --field-selector=foo=bar').stderr).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
    );
    expect(lab.run('get deploy --field-selector=spec.replicas=3').stderr).toBe(
      'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
    );
    expect(
      lab.run('get pods --field-selector=status.phase=Running --no-headers').stdout.split('\n'),
    ).toHaveLength(4);
    expect(lab.run("get pods -l 'app in nginx'").stderr).toMatch(
      /^Error from server \(BadRequest\): Unable to find "\/v1, Resource=pods" that match label selector "app in nginx", field selector "": unable to parse requirement: /,
    );
  });

  it('delete: -o other than name, --now with --grace-period, bad --cascade', () => {
    const lab = nginxLab();
    expect(lab.run('delete deploy nginx-deployment -o yaml').stderr).toBe(
      "error: unexpected -o output mode: yaml. We only support '-o name'\n",
    );
    expect(lab.run('delete pod a --now --grace-period=3').stderr).toBe(
      'error: --now and --grace-period cannot be specified together\n',
    );
    expect(lab.run('delete deploy x --cascade=bad').stderr).toBe(
      'error: invalid cascade value (bad). Must be "background", "foreground", or "orphan"\n',
    );
    expect(lab.run('delete pod a --force --grace-period=5').stderr).toBe(
      'error: --force and --grace-period greater than 0 cannot be specified together\n',
    );
  });
});
