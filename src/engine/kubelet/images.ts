// The image registry model: which image references exist, how big they are and how their containers behave.
// Real tags of common images pull; unknown tags and repositories fail exactly as containerd reports it.

/** How a container started from an image behaves (simulated). */
export interface ImageBehaviour {
  /** Bytes reported by the kubelet after a pull (`Image size: … bytes`). */
  sizeBytes: number;
  /** ms after the process starts until it answers readiness probes (0 = at once). */
  warmupMs: number;
  /** false: the process never answers probes (a readiness probe always fails). */
  serves: boolean;
  /** The process exits on its own after this many ms (a crash or a finished command). */
  exitAfterMs?: number;
  exitCode?: number;
  /** ms the process needs to stop after SIGTERM; undefined = it ignores SIGTERM (killed at the grace period). */
  stopMs?: number;
}

export interface ParsedImage {
  /** `docker.io/library/nginx:1.14.2` — the fully qualified reference containerd reports. */
  full: string;
  /** `docker.io/library/nginx` */
  repository: string;
  tag: string;
}

export type PullResult =
  | { ok: true; behaviour: ImageBehaviour; full: string }
  | { ok: false; reason: 'ErrImagePull'; message: string }
  | { ok: false; reason: 'InvalidImageName'; message: string };

const MB = 1024 * 1024;

const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** nginx: the minor releases 1.14–1.29 with their real patch ranges, `-alpine` variants and the moving tags. */
function nginxTags(): string[] {
  const patches: Record<number, number> = {
    14: 2,
    15: 12,
    16: 1,
    17: 10,
    18: 0,
    19: 10,
    20: 2,
    21: 6,
    22: 1,
    23: 4,
    24: 0,
    25: 5,
    26: 3,
    27: 5,
    28: 0,
    29: 1,
  };
  const tags = ['latest', 'stable', 'mainline', 'alpine', 'stable-alpine', 'mainline-alpine', 'perl'];
  for (const [minor, max] of Object.entries(patches)) {
    tags.push(`1.${minor}`, `1.${minor}-alpine`, ...range(`1.${minor}.`, 0, max));
    for (const p of range(`1.${minor}.`, 0, max)) tags.push(`${p}-alpine`);
  }
  return tags;
}

interface Repo {
  tags: Set<string> | ((tag: string) => boolean);
  behaviour: (tag: string, command: string[] | undefined) => ImageBehaviour;
}

const webServer = (sizeMb: number, stopMs: number): ImageBehaviour => ({
  sizeBytes: Math.round(sizeMb * MB),
  warmupMs: 300,
  serves: true,
  stopMs,
});

/**
 * busybox has no long-running default command: without `command` it runs `sh`, which exits at once (status 0),
 * so a Deployment of plain busybox ends in CrashLoopBackOff. With `sleep …` it runs, and as PID 1 `sleep`
 * ignores SIGTERM, so deleting it takes the whole grace period.
 */
function busybox(command: string[] | undefined): ImageBehaviour {
  const cmd = (command ?? []).join(' ');
  if (/\bsleep\b/.test(cmd) || /\bhttpd\b/.test(cmd) || /while/.test(cmd))
    return { sizeBytes: Math.round(4.3 * MB), warmupMs: 0, serves: true };
  return {
    sizeBytes: Math.round(4.3 * MB),
    warmupMs: 0,
    serves: false,
    exitAfterMs: 50,
    exitCode: 0,
    stopMs: 0,
  };
}

const REPOS: Record<string, Repo> = {
  'docker.io/library/nginx': {
    tags: new Set(nginxTags()),
    behaviour: (tag) => webServer(tag.includes('alpine') ? 47 : 72, 400),
  },
  'docker.io/library/httpd': {
    tags: new Set(['latest', 'alpine', '2', '2.4', '2.4-alpine', ...range('2.4.', 57, 65)]),
    behaviour: (tag) => webServer(tag.includes('alpine') ? 60 : 148, 900),
  },
  'docker.io/library/busybox': {
    tags: new Set([
      'latest',
      'stable',
      'musl',
      'glibc',
      'uclibc',
      '1.35',
      '1.35.0',
      '1.36',
      '1.36.0',
      '1.36.1',
      '1.37',
      '1.37.0',
    ]),
    behaviour: (_tag, command) => busybox(command),
  },
  'docker.io/library/redis': {
    tags: new Set(['latest', 'alpine', '6', '6.2', '7', '7.0', '7.2', '7.4', '8', '8.0']),
    behaviour: () => ({ sizeBytes: 117 * MB, warmupMs: 200, serves: true, stopMs: 300 }),
  },
  'registry.k8s.io/pause': {
    tags: new Set(['3.9', '3.10']),
    behaviour: () => ({ sizeBytes: Math.round(0.7 * MB), warmupMs: 0, serves: true, stopMs: 10 }),
  },
  // The lab's sample application (also the image of the reference traces): every v<N> tag exists.
  'docker.io/library/web': {
    tags: (t) => /^v\d+$/.test(t) || t === 'latest',
    behaviour: () => webServer(25, 300),
  },
  // Teaching images, published under the lab's own namespace.
  'docker.io/rolloutlab/crashloop': {
    tags: new Set(['1.0', 'latest']),
    behaviour: () => ({
      sizeBytes: 12 * MB,
      warmupMs: 0,
      serves: false,
      exitAfterMs: 3000,
      exitCode: 1,
      stopMs: 100,
    }),
  },
  'docker.io/rolloutlab/never-ready': {
    tags: new Set(['1.0', 'latest']),
    behaviour: () => ({ sizeBytes: 20 * MB, warmupMs: 0, serves: false, stopMs: 200 }),
  },
  'docker.io/rolloutlab/slow-start': {
    tags: new Set(['1.0', 'latest']),
    behaviour: () => ({ sizeBytes: 1200 * MB, warmupMs: 20_000, serves: true, stopMs: 2000 }),
  },
};

/** The images the app's picker offers, by purpose. */
export const CATALOGUE = {
  good: [
    'nginx:1.14.2',
    'nginx:1.16.1',
    'nginx:1.23.1',
    'nginx:1.25.5',
    'nginx:latest',
    'httpd:2.4',
    'busybox:1.36',
  ],
  bad: ['nginx:1.231', 'nginx:1.23.l', 'ngnix:1.23.1'],
  teaching: ['rolloutlab/crashloop:1.0', 'rolloutlab/never-ready:1.0', 'rolloutlab/slow-start:1.0'],
} as const;

const REF =
  /^(?:([a-z0-9.-]+(?::\d+)?)\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** Parse an image reference like containerd (docker.io default registry, library/ for single names, :latest). */
export function parseImage(image: string): ParsedImage | { error: string } {
  const m = REF.exec(image);
  if (!m) {
    const why = /[A-Z]/.test(image) ? 'repository name must be lowercase' : 'invalid reference format';
    return {
      error: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format${why === 'invalid reference format' ? '' : `: ${why}`}`,
    };
  }
  let [, host, path] = m;
  const tag = m[3] ?? 'latest';
  // A first component without a dot or port is part of the path (docker.io implied), e.g. rolloutlab/crashloop.
  if (host && !host.includes('.') && !host.includes(':') && host !== 'localhost') {
    path = `${host}/${path}`;
    host = undefined;
  }
  const registry = host ?? 'docker.io';
  const repoPath = registry === 'docker.io' && !path!.includes('/') ? `library/${path}` : path!;
  const repository = `${registry}/${repoPath}`;
  return { full: m[4] ? `${repository}@${m[4]}` : `${repository}:${tag}`, repository, tag };
}

/** Try to pull an image: its behaviour, or the kubelet's error text. */
export function pullImage(image: string, command?: string[]): PullResult {
  const ref = parseImage(image);
  if ('error' in ref) return { ok: false, reason: 'InvalidImageName', message: ref.error };
  const repo = REPOS[ref.repository];
  const prefix = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  if (!repo) {
    return {
      ok: false,
      reason: 'ErrImagePull',
      message: `rpc error: code = Unknown desc = ${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
    };
  }
  const exists = typeof repo.tags === 'function' ? repo.tags(ref.tag) : repo.tags.has(ref.tag);
  if (!exists || ref.tag.includes('bad')) {
    return {
      ok: false,
      reason: 'ErrImagePull',
      message: `rpc error: code = NotFound desc = ${prefix}: ${ref.full}: not found`,
    };
  }
  return { ok: true, behaviour: repo.behaviour(ref.tag, command), full: ref.full };
}
