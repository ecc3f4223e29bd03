// The shell's virtual filesystem: a flat map from path to text (directories exist only as path prefixes).

/** Read access, as kubectl gets it for `-f file`. */
export interface ReadonlyFs {
  read(path: string): string | undefined;
  exists(path: string): boolean;
  /** Paths of the files directly or indirectly below a directory (sorted). */
  list(dir?: string): string[];
}

/** Normalises `./a.yaml`, `a//b` and trailing slashes so that one file has one key. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/** An in-memory filesystem. Snapshot it with `entries()`; restore by passing them to the constructor. */
export class VirtualFs implements ReadonlyFs {
  private readonly files = new Map<string, string>();

  constructor(initial?: Iterable<readonly [string, string]>) {
    for (const [path, text] of initial ?? []) this.write(path, text);
  }

  read(path: string): string | undefined {
    return this.files.get(normalizePath(path));
  }

  exists(path: string): boolean {
    return this.files.has(normalizePath(path));
  }

  /** True when `path` names a directory, i.e. some file lives below it. */
  isDirectory(path: string): boolean {
    const dir = normalizePath(path);
    if (dir === '' || dir === '/') return true;
    return [...this.files.keys()].some((k) => k.startsWith(`${dir}/`));
  }

  list(dir = ''): string[] {
    const d = normalizePath(dir);
    const prefix = d === '' ? '' : d === '/' ? '/' : `${d}/`;
    return [...this.files.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  write(path: string, text: string): void {
    this.files.set(normalizePath(path), text);
  }

  append(path: string, text: string): void {
    this.write(path, (this.read(path) ?? '') + text);
  }

  remove(path: string): boolean {
    return this.files.delete(normalizePath(path));
  }

  /** All files as [path, text] pairs, sorted by path. */
  entries(): [string, string][] {
    return [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
