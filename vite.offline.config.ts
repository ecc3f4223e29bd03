import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import base from './vite.config';

// `npm run build:offline` → dist-offline/index.html: one self-contained file (scripts, styles, the simulation
// worker inlined) that works when opened with file:// and no network. The worker is spawned from an inlined
// classic script (format 'iife'), since Chromium refuses a module worker from a blob: URL on a file:// page.
export default mergeConfig(
  base,
  defineConfig({
    plugins: [viteSingleFile()],
    worker: { format: 'iife' },
    resolve: {
      alias: [
        {
          find: /^\.\/spawn$/,
          replacement: fileURLToPath(new URL('./src/worker/spawn.inline.ts', import.meta.url)),
        },
      ],
    },
    build: { outDir: 'dist-offline', emptyOutDir: true, assetsInlineLimit: 100_000_000, cssCodeSplit: false },
  }),
);
