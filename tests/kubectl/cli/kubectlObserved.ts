// Client-side answers recorded from the real kubectl v1.32.5 binary (no cluster): argv after `kubectl`,
// exit code, stdout and stderr, byte for byte. Regenerate with the same binary; do not edit by hand.

export interface Observed {
  argv: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const OBSERVED: Observed[] = [
  {
    argv: ['rollut'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rollut" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['foo'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n',
  },
  {
    argv: ['hlp'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "hlp" for "kubectl"\n\nDid you mean this?\n\ttop\n\tcp\n',
  },
  {
    argv: ['ex'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "ex" for "kubectl"\n\nDid you mean this?\n\texpose\n\tset\n\texplain\n\tget\n\texec\n\tcp\n',
  },
  {
    argv: ['r'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "r" for "kubectl"\n\nDid you mean this?\n\trun\n\trollout\n\tcp\n\treplace\n',
  },
  {
    argv: ['a'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "a" for "kubectl"\n\nDid you mean this?\n\tautoscale\n\tattach\n\tcp\n\tauth\n\tapply\n\tannotate\n\tapi-versions\n\tapi-resources\n',
  },
  {
    argv: ['e'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "e" for "kubectl"\n\nDid you mean this?\n\texpose\n\tset\n\texplain\n\tget\n\tedit\n\texec\n\tcp\n\tevents\n',
  },
  {
    argv: ['Get'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "Get" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n',
  },
  {
    argv: ['GET'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "GET" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n',
  },
  {
    argv: ['alph'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "alph" for "kubectl"\n\nDid you mean this?\n\tauth\n',
  },
  {
    argv: ['optio'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "optio" for "kubectl"\n\nDid you mean this?\n\toptions\n',
  },
  {
    argv: ['rollout', 'staus', 'deployment/nginx-deployment'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "staus deployment/nginx-deployment"\nSee \'kubectl rollout -h\' for help and examples\n',
  },
  {
    argv: ['rollout', 'staus'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "staus"\nSee \'kubectl rollout -h\' for help and examples\n',
  },
  {
    argv: ['rollout', 'STATUS'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "STATUS"\nSee \'kubectl rollout -h\' for help and examples\n',
  },
  {
    argv: ['set', 'imag'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "imag"\nSee \'kubectl set -h\' for help and examples\n',
  },
  {
    argv: ['rollout', 'history', 'deployment/nginx-deployment', '--version=3'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --version\nSee 'kubectl rollout history --help' for usage.\n",
  },
  {
    argv: ['--foo', 'get'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['get', '--foo', '-h'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-wZ'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Z' in -Z\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-Z'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Z' in -Z\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['scale', 'deploy/x', '--replicas'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --replicas\nSee 'kubectl scale --help' for usage.\n",
  },
  {
    argv: ['scale', 'deploy/x', '--replicas=x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deploy/x', '--replicas='],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "" for "--replicas" flag: strconv.ParseInt: parsing "": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-o'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--output'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --output\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-n'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--watch=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-w=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=5'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=abc'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=5x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout='],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "" for "--timeout" flag: time: invalid duration ""\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=.s'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument ".s" for "--timeout" flag: time: invalid duration ".s"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=1.5.5s'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1.5.5s" for "--timeout" flag: time: missing unit in duration "1.5.5s"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=99999999999h'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "99999999999h" for "--timeout" flag: time: invalid duration "99999999999h"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'history', 'deploy/x', '--revision=99999999999999999999'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "99999999999999999999" for "--revision" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range\nSee \'kubectl rollout history --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'undo', 'deploy/x', '--to-revision=1.5'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1.5" for "--to-revision" flag: strconv.ParseInt: parsing "1.5": invalid syntax\nSee \'kubectl rollout undo --help\' for usage.\n',
  },
  {
    argv: ['-n', 'rollout', 'status'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: -n\n',
  },
  {
    argv: ['-n', 'x', 'rollut'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: -n\n',
  },
  {
    argv: ['-n', 'x', 'help'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: -n\n',
  },
  {
    argv: ['--help', 'rollout', 'status'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: --help\n',
  },
  {
    argv: ['--v=x', 'get'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "-v, --v" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['-v', 'x', 'get', 'pods'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "-v, --v" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['help', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl help --help' for usage.\n",
  },
  {
    argv: ['options', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nRun 'kubectl options' without flags.\n",
  },
  {
    argv: ['get', 'pods', '---foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: bad flag syntax: ---foo\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-='],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: '=' in -=\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--=x'],
    exitCode: 1,
    stdout: '',
    stderr: "error: bad flag syntax: --=x\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-Awlapp=x', '--sort-by'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --sort-by\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--no-headers='],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "" for "--no-headers" flag: strconv.ParseBool: parsing "": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '--Show-labels'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --Show-labels\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-v=abc'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '--chunk-size=1e3'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1e3" for "--chunk-size" flag: strconv.ParseInt: parsing "1e3": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-v=0x1'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "0x1" for "-v, --v" flag: strconv.ParseInt: parsing "0x1": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', '-f', 'a"b'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "a\\"b" for "-f, --filename" flag: parse error on line 1, column 2: bare " in non-quoted-field\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', '-f', '"a'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "\\"a" for "-f, --filename" flag: parse error on line 1, column 3: extraneous or missing " in quoted-field\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', '-f', '"a"b'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "\\"a\\"b" for "-f, --filename" flag: parse error on line 1, column 3: extraneous or missing " in quoted-field\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['scale', 'x', '--replicas=0x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "0x" for "--replicas" flag: strconv.ParseInt: parsing "0x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['create', 'deployment', 'x', '--image=a', '--replicas=3000000000'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "3000000000" for "-r, --replicas" flag: strconv.ParseInt: parsing "3000000000": value out of range\nSee \'kubectl create deployment --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-é'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Ã' in -é\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--help=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "-h, --help" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['create', 'deploy'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: required flag(s) "image" not set\n',
  },
  {
    argv: ['create', 'deployment', 'x'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: required flag(s) "image" not set\n',
  },
  { argv: ['scale'], exitCode: 1, stdout: '', stderr: 'error: required flag(s) "replicas" not set\n' },
  {
    argv: ['create', 'deployment', 'x', '--image=a,b', '--port'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --port\nSee 'kubectl create deployment --help' for usage.\n",
  },
  {
    argv: ['create', 'deployment', 'x', '--image=a', '-r'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'r' in -r\nSee 'kubectl create deployment --help' for usage.\n",
  },
  {
    argv: ['delete', 'x', '--grace-period'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --grace-period\nSee 'kubectl delete --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--raw'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --raw\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['scale', '--replicas=-1', 'x', '--current-replicas'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --current-replicas\nSee 'kubectl scale --help' for usage.\n",
  },
  {
    argv: ['get', '--record'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --record\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['rollout', 'status', 'x', '--record'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --record\nSee 'kubectl rollout status --help' for usage.\n",
  },
  {
    argv: ['create', 'deployment', 'x', '--record'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --record\nSee 'kubectl create deployment --help' for usage.\n",
  },
  {
    argv: ['delete', '-f', 'x', '--record'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --record\nSee 'kubectl delete --help' for usage.\n",
  },
  {
    argv: ['scale', 'x', '--record'],
    exitCode: 1,
    stdout: '',
    stderr:
      'Flag --record has been deprecated, --record will be removed in the future\nerror: required flag(s) "replicas" not set\n',
  },
  {
    argv: ['rollout', 'staus', '-n', 'x', 'deploy/y'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "staus deploy/y"\nSee \'kubectl rollout -h\' for help and examples\n',
  },
  {
    argv: ['rollout', 'status', '-h', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl rollout status --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-h=false', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['version', '--short'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --short\nSee 'kubectl version --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--v'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --v\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-xyz'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'x' in -xyz\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['-n'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['--namespace'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --namespace\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['lgs'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "lgs" for "kubectl"\n\nDid you mean this?\n\tlogs\n',
  },
  {
    argv: ['rolout', 'status'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rolout" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['rollouts'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rollouts" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['gett', 'pods'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n',
  },
  {
    argv: ['describ'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "describ" for "kubectl"\n\nDid you mean this?\n\tdescribe\n',
  },
  {
    argv: ['scal'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "scal" for "kubectl"\n\nDid you mean this?\n\tscale\n',
  },
  {
    argv: ['lable'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "lable" for "kubectl"\n\nDid you mean this?\n\tlabel\n',
  },
  {
    argv: ['anotate'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "anotate" for "kubectl"\n\nDid you mean this?\n\tannotate\n',
  },
  {
    argv: ['api-resource'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "api-resource" for "kubectl"\n\nDid you mean this?\n\tapi-resources\n',
  },
  {
    argv: ['versoin'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "versoin" for "kubectl"\n\nDid you mean this?\n\tversion\n',
  },
  {
    argv: ['explian'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "explian" for "kubectl"\n\nDid you mean this?\n\texplain\n',
  },
  {
    argv: ['delte'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "delte" for "kubectl"\n\nDid you mean this?\n\tdelete\n',
  },
  {
    argv: ['edti'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "edti" for "kubectl"\n\nDid you mean this?\n\tedit\n',
  },
  {
    argv: ['patc'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "patc" for "kubectl"\n\nDid you mean this?\n\tpatch\n',
  },
  {
    argv: ['crate'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "crate" for "kubectl"\n\nDid you mean this?\n\tcreate\n',
  },
  {
    argv: ['aply'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "aply" for "kubectl"\n\nDid you mean this?\n\tapply\n',
  },
  {
    argv: ['kubectl', 'get', 'pods'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "kubectl" for "kubectl"\n',
  },
  {
    argv: ['ku'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "ku" for "kubectl"\n\nDid you mean this?\n\trun\n\tcp\n\tkustomize\n',
  },
  {
    argv: ['x', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "x" for "kubectl"\n\nDid you mean this?\n\tcp\n',
  },
  {
    argv: [' '],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command " " for "kubectl"\n\nDid you mean this?\n\tcp\n',
  },
  {
    argv: ['get', 'pods', '-o', 'yaml', '--namespace'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['create', '-f', 'x', '--edit=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "--edit" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl create --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deploy/x', '--replicas=_1'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "_1" for "--replicas" flag: strconv.ParseInt: parsing "_1": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deploy/x', '--replicas=1__0'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1__0" for "--replicas" flag: strconv.ParseInt: parsing "1__0": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deploy/x', '--replicas=9223372036854775808'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "9223372036854775808" for "--replicas" flag: strconv.ParseInt: parsing "9223372036854775808": value out of range\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deploy/x', '--replicas=-9223372036854775809'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "-9223372036854775809" for "--replicas" flag: strconv.ParseInt: parsing "-9223372036854775809": value out of range\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=1é'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1é" for "--timeout" flag: time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=-'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "-" for "--timeout" flag: time: invalid duration "-"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--timeout=9223372037s'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "9223372037s" for "--timeout" flag: time: invalid duration "9223372037s"\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-L', 'a"b'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "a\\"b" for "-L, --label-columns" flag: parse error on line 1, column 2: bare " in non-quoted-field\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['help', 'get', '-x'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl help --help' for usage.\n",
  },
  {
    argv: ['rollout', 'undo', 'deployment/nginx-deployment', '--to-revision'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --to-revision\nSee 'kubectl rollout undo --help' for usage.\n",
  },
  {
    argv: ['rollout', 'undo', 'deployment/nginx-deployment', '--to-revision=x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "--to-revision" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl rollout undo --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'history', 'deployment/nginx-deployment', '--revision=two'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "two" for "--revision" flag: strconv.ParseInt: parsing "two": invalid syntax\nSee \'kubectl rollout history --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deployment/nginx-deployment', '-w=nope'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "nope" for "-w, --watch" flag: strconv.ParseBool: parsing "nope": invalid syntax\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['rollout', 'status', 'deployment/nginx-deployment', '--watch', '--timeout'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --timeout\nSee 'kubectl rollout status --help' for usage.\n",
  },
  {
    argv: ['rollout', 'pause', 'deployment/nginx-deployment', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl rollout pause --help' for usage.\n",
  },
  {
    argv: ['rollout', 'resume', 'deploy', 'nginx-deployment', '-x'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl rollout resume --help' for usage.\n",
  },
  {
    argv: ['rollout', 'restart', 'deployment/nginx-deployment', '--timeout=5s'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --timeout\nSee 'kubectl rollout restart --help' for usage.\n",
  },
  {
    argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.23.1', '--recrod'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --recrod\nSee 'kubectl set image --help' for usage.\n",
  },
  {
    argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.23.1', '-c', 'nginx'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'c' in -c\nSee 'kubectl set image --help' for usage.\n",
  },
  {
    argv: ['set', 'resources', 'deployment', 'nginx-deployment', '-c'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'c' in -c\nSee 'kubectl set resources --help' for usage.\n",
  },
  {
    argv: ['set', 'resources', 'deployment', 'nginx-deployment', '--limits'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --limits\nSee 'kubectl set resources --help' for usage.\n",
  },
  {
    argv: ['set', 'resources', 'deployment', 'nginx-deployment', '-c=nginx', '--limit=cpu=200m'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --limit\nSee 'kubectl set resources --help' for usage.\n",
  },
  {
    argv: ['set', 'resouces', 'deployment', 'nginx-deployment'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "resouces deployment nginx-deployment"\nSee \'kubectl set -h\' for help and examples\n',
  },
  {
    argv: ['scale', 'deployment/nginx-deployment', '--replicas=3.5'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "3.5" for "--replicas" flag: strconv.ParseInt: parsing "3.5": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deployment/nginx-deployment', '--current-replicas=x', '--replicas=3'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "--current-replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
  },
  {
    argv: ['scale', 'deployment/nginx-deployment', '--replica=3'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --replica\nSee 'kubectl scale --help' for usage.\n",
  },
  {
    argv: ['scale', 'deployment/nginx-deployment', '-r', '3'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'r' in -r\nSee 'kubectl scale --help' for usage.\n",
  },
  {
    argv: ['get', 'deployments', '-o'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--selector'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --selector\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '-l'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'l' in -l\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--show-labels=yes'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "yes" for "--show-labels" flag: strconv.ParseBool: parsing "yes": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '--watch-only=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "--watch-only" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '-w', '-o', 'wide', '--bogus'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'rs', '-L'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'L' in -L\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--sort-by'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --sort-by\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['describe', 'deployment', '--show-events=nah'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "nah" for "--show-events" flag: strconv.ParseBool: parsing "nah": invalid syntax\nSee \'kubectl describe --help\' for usage.\n',
  },
  {
    argv: ['describe', 'deployments', '-x'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl describe --help' for usage.\n",
  },
  {
    argv: ['delete', 'pod', 'x', '--grace-period=soon'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "soon" for "--grace-period" flag: strconv.ParseInt: parsing "soon": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
  },
  {
    argv: ['delete', 'pod', 'x', '--now=please'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "please" for "--now" flag: strconv.ParseBool: parsing "please": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
  },
  {
    argv: ['delete', 'pod', 'x', '--wait=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "--wait" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
  },
  {
    argv: ['delete', 'pod', 'x', '--force=yes'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "yes" for "--force" flag: strconv.ParseBool: parsing "yes": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
  },
  {
    argv: ['patch', 'deployment', 'x', '-p'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'p' in -p\nSee 'kubectl patch --help' for usage.\n",
  },
  {
    argv: ['patch', 'deployment', 'x', '--type'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --type\nSee 'kubectl patch --help' for usage.\n",
  },
  {
    argv: ['label', 'deployment', 'x', 'a=b', '--overwrite=sure'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "sure" for "--overwrite" flag: strconv.ParseBool: parsing "sure": invalid syntax\nSee \'kubectl label --help\' for usage.\n',
  },
  {
    argv: ['annotate', 'deployment', 'x', 'a=b', '--overwrite=sure'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "sure" for "--overwrite" flag: strconv.ParseBool: parsing "sure": invalid syntax\nSee \'kubectl annotate --help\' for usage.\n',
  },
  {
    argv: ['apply', '-f'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n",
  },
  {
    argv: ['apply', '--filename'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --filename\nSee 'kubectl apply --help' for usage.\n",
  },
  {
    argv: ['create', '-f'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'f' in -f\nSee 'kubectl create --help' for usage.\n",
  },
  {
    argv: ['create', 'deployment', 'web', '--image'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --image\nSee 'kubectl create deployment --help' for usage.\n",
  },
  {
    argv: ['create', 'deployment', 'web', '--image=nginx', '--replicas=three'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "three" for "-r, --replicas" flag: strconv.ParseInt: parsing "three": invalid syntax\nSee \'kubectl create deployment --help\' for usage.\n',
  },
  {
    argv: ['create', 'deployment', 'web', '--image=nginx', '--port=http'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "http" for "--port" flag: strconv.ParseInt: parsing "http": invalid syntax\nSee \'kubectl create deployment --help\' for usage.\n',
  },
  {
    argv: ['edit', 'deployment/x', '--output'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --output\nSee 'kubectl edit --help' for usage.\n",
  },
  {
    argv: ['explain', 'deployment', '--recursive=perhaps'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "perhaps" for "--recursive" flag: strconv.ParseBool: parsing "perhaps": invalid syntax\nSee \'kubectl explain --help\' for usage.\n',
  },
  {
    argv: ['api-resources', '--namespaced=perhaps'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "perhaps" for "--namespaced" flag: strconv.ParseBool: parsing "perhaps": invalid syntax\nSee \'kubectl api-resources --help\' for usage.\n',
  },
  {
    argv: ['api-resources', '--verbs'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --verbs\nSee 'kubectl api-resources --help' for usage.\n",
  },
  {
    argv: ['version', '--client=perhaps'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "perhaps" for "--client" flag: strconv.ParseBool: parsing "perhaps": invalid syntax\nSee \'kubectl version --help\' for usage.\n',
  },
  {
    argv: ['version', '--short'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --short\nSee 'kubectl version --help' for usage.\n",
  },
  {
    argv: ['version', '-c'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'c' in -c\nSee 'kubectl version --help' for usage.\n",
  },
  {
    argv: ['rollout', 'status', 'deployment/nginx-deployment', '--revision=-0x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "-0x" for "--revision" flag: strconv.ParseInt: parsing "-0x": invalid syntax\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['--namespace'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --namespace\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['--namespace=x', 'rollut'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: --namespace=x\n',
  },
  {
    argv: ['-v=3', 'rolout'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: -v=3\n',
  },
  {
    argv: ['-s', 'x', 'gett'],
    exitCode: 1,
    stdout: '',
    stderr: 'Error: flags cannot be placed before plugin name: -s\n',
  },
  {
    argv: ['--request-timeout', '5s', 'get', '-Q'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Q' in -Q\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--as-group'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: --as-group\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['get', 'pods', '--log-flush-frequency=x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "x" for "--log-flush-frequency" flag: parse error\nSee \'kubectl get --help\' for usage.\n',
  },
  {
    argv: ['get', 'pods', '--log-flush-frequency=1'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "1" for "--log-flush-frequency" flag: parse error\nSee \'kubectl get --help\' for usage.\n',
  },
  { argv: ['kubectl'], exitCode: 1, stdout: '', stderr: 'error: unknown command "kubectl" for "kubectl"\n' },
  {
    argv: ['kubectl', 'get'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "kubectl" for "kubectl"\n',
  },
  {
    argv: ['roll'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "roll" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['rollo'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rollo" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['rollout-status'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rollout-status" for "kubectl"\n',
  },
  {
    argv: ['set-image'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "set-image" for "kubectl"\n',
  },
  {
    argv: ['s'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "s" for "kubectl"\n\nDid you mean this?\n\tset\n\tscale\n\tcp\n',
  },
  {
    argv: ['st'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "st" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\tcp\n',
  },
  {
    argv: ['de'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: unknown command "de" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\tdelete\n\tdescribe\n\tcp\n\tdebug\n',
  },
  {
    argv: ['dele'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "dele" for "kubectl"\n\nDid you mean this?\n\tdelete\n',
  },
  {
    argv: ['rolllout'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rolllout" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['Rollout'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "Rollout" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['ROLLOUT', 'status'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "ROLLOUT" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['annotat'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "annotat" for "kubectl"\n\nDid you mean this?\n\tannotate\n',
  },
  {
    argv: ['labels'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "labels" for "kubectl"\n\nDid you mean this?\n\tlabel\n',
  },
  {
    argv: ['pods'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "pods" for "kubectl"\n\nDid you mean this?\n\tlogs\n',
  },
  {
    argv: ['deployment'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "deployment" for "kubectl"\n',
  },
  {
    argv: ['po'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "po" for "kubectl"\n\nDid you mean this?\n\ttop\n\tport-forward\n\tcp\n',
  },
  { argv: ['deploy'], exitCode: 1, stdout: '', stderr: 'error: unknown command "deploy" for "kubectl"\n' },
  {
    argv: ['explain', '-o'],
    exitCode: 1,
    stdout: '',
    stderr: "error: flag needs an argument: 'o' in -o\nSee 'kubectl explain --help' for usage.\n",
  },
  {
    argv: ['help', 'rollout', 'status', '--foo'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --foo\nSee 'kubectl help --help' for usage.\n",
  },
  {
    argv: ['help', '-x'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl help --help' for usage.\n",
  },
  {
    argv: ['-é', 'get'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Ã' in -é\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['rollut', '--'],
    exitCode: 1,
    stdout: '',
    stderr: 'error: unknown command "rollut" for "kubectl"\n\nDid you mean this?\n\trollout\n',
  },
  {
    argv: ['get', 'pods', '-wé'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Ã' in -é\nSee 'kubectl get --help' for usage.\n",
  },
  {
    argv: ['--é'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown flag: --é\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['-n', 'x', '-é'],
    exitCode: 1,
    stdout: '',
    stderr: "error: unknown shorthand flag: 'Ã' in -é\nSee 'kubectl --help' for usage.\n",
  },
  {
    argv: ['rollout', 'status', 'deploy/x', '--revision', '-1x'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "-1x" for "--revision" flag: strconv.ParseInt: parsing "-1x": invalid syntax\nSee \'kubectl rollout status --help\' for usage.\n',
  },
  {
    argv: ['set', 'image', 'deploy/x', '--record=maybe'],
    exitCode: 1,
    stdout: '',
    stderr:
      'error: invalid argument "maybe" for "--record" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl set image --help\' for usage.\n',
  },
];
