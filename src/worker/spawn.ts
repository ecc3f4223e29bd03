// How the app starts its simulation worker: a module worker Vite bundles as a separate file. The offline
// single-file build swaps this module for spawn.inline.ts (vite.offline.config.ts), because a page opened from
// file:// may not load a worker file — and Chromium refuses a *module* worker from a blob: URL there.

/** Start the simulation worker. */
export function spawnSimulationWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
}
