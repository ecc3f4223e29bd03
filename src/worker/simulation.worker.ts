// The module worker entry: receives commands, runs the SimulationHost, posts frames. Nothing else lives here.
import { SimulationHost } from './host';
import type { Command, WorkerMessage } from './protocol';

/** The parts of DedicatedWorkerGlobalScope used here (the project's lib list is the DOM one). */
interface WorkerScope {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Command>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const host = new SimulationHost((msg, transfer) => scope.postMessage(msg, transfer ?? []));
scope.onmessage = (event) => host.handle(event.data);
