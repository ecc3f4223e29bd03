// A small lab for command tests: a simulation with exact timing, a Kubectl on it, files, and `run` that splits
// a command line like a shell (single/double quotes) and returns the output by stream.
import { Simulation } from '../../../src/engine/index';
import type { CommandResult } from '../../../src/kubectl/index';
import { Kubectl } from '../../../src/kubectl/index';

export interface Ran {
  stdout: string;
  stderr: string;
  /** Both streams in the order written. */
  all: string;
  exitCode: number;
  timedOut: boolean;
  result: CommandResult;
}

/** Splits `set image deploy/x 'a=b c'` into words (quotes removed, no expansion). */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === ' ') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/** Splits a result by stream. */
export function streams(result: CommandResult): Ran {
  const text = (s?: 'stdout' | 'stderr') =>
    result.chunks
      .filter((c) => s === undefined || c.stream === s)
      .map((c) => c.text)
      .join('');
  return {
    stdout: text('stdout'),
    stderr: text('stderr'),
    all: text(),
    exitCode: result.exitCode,
    timedOut: result.timedOut === true,
    result,
  };
}

export class Lab {
  readonly sim: Simulation;
  readonly kubectl: Kubectl;
  readonly files = new Map<string, string>();

  constructor(opts: { readyDelayMs?: number; realistic?: boolean; seed?: number } = {}) {
    this.sim = new Simulation({
      seed: opts.seed ?? 1,
      timing: opts.realistic
        ? { kind: 'realistic' }
        : { kind: 'fixed', readyDelayMs: opts.readyDelayMs ?? 5000 },
    });
    this.kubectl = new Kubectl({ sim: this.sim, readFile: (p) => this.files.get(p) });
  }

  /** Writes a file for `-f`. */
  file(path: string, text: string): this {
    this.files.set(path, text);
    return this;
  }

  /** Runs `kubectl <line>` to its end (watchers advance the simulation). */
  run(line: string, opts: { stdin?: string; timeoutMs?: number } = {}): Ran {
    const argv = words(line);
    if (argv[0] === 'kubectl') argv.shift();
    const ctx = opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {};
    return streams(this.kubectl.run(argv, opts.stdin, ctx));
  }

  /** Advances simulated time. */
  wait(ms: number): this {
    this.sim.advanceBy(ms);
    return this;
  }

  /** Names of the objects of a kind, in store order. */
  names(kind: 'Pod' | 'ReplicaSet' | 'Deployment'): string[] {
    return this.sim.list(kind).map((o) => o.metadata.name);
  }
}

/** The seed article's Deployment (3 × nginx:1.14.2, port 80). */
export const NGINX_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  # 设置期望副本数
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

/** A Deployment manifest with the given name, labels, replicas and image. */
export function deploymentYaml(
  name: string,
  opts: { replicas?: number; image?: string; labels?: Record<string, string> } = {},
): string {
  const labels = opts.labels ?? { app: name };
  const lines = (indent: string) =>
    Object.entries(labels)
      .map(([k, v]) => `${indent}${k}: ${v}`)
      .join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
${lines('    ')}
spec:
  replicas: ${opts.replicas ?? 1}
  selector:
    matchLabels:
${lines('      ')}
  template:
    metadata:
      labels:
${lines('        ')}
    spec:
      containers:
      - name: nginx
        image: ${opts.image ?? 'nginx:1.14.2'}
`;
}
