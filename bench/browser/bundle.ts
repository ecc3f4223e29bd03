// Bundle sizes of the production build: the JavaScript the page loads before it can run (the entry script and
// the chunks index.html preloads) and the simulation worker, raw and gzipped with node:zlib (default level).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes. */
export interface BundleSizes {
  initialJs: { files: string[]; raw: number; gzip: number };
  worker: { files: string[]; raw: number; gzip: number };
  css: { files: string[]; raw: number; gzip: number };
}

/** Sizes of some files of the build (paths relative to `dist`). */
export function measure(dist: string, files: string[]): { files: string[]; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

/** Read dist/index.html for its scripts and preloads; the worker is every `*worker*.js` asset. */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\.?\//, ''));
  const initial = [
    ...refs(/<script[^>]+src="([^"]+\.js)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  return {
    initialJs: measure(dist, [...new Set(initial)]),
    worker: measure(
      dist,
      assets.filter((f) => /worker/i.test(f) && f.endsWith('.js')),
    ),
    css: measure(dist, refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
  };
}
