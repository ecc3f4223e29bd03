// The offline build's worker: inlined into the page as a classic (IIFE) worker started from a blob: URL, so
// the single HTML file works from a USB stick (file://) with no network.
import SimulationWorker from './simulation.worker.ts?worker&inline';

/** Start the simulation worker. */
export function spawnSimulationWorker(): Worker {
  return new SimulationWorker({ name: 'simulation' });
}
