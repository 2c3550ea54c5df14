/**
 * The sandbox's simulated backend, loaded on demand (a chunk of its own): one simulator for
 * the page, and its gateway, which settles payments through the simulator's own fetch.
 */
import { createSimulatedGateway, createSimulator } from '../simulator/index.js';
import { SANDBOX_API_BASE } from './index.js';

let sim: ReturnType<typeof createSimulator> | undefined;

export function sandboxBackend() {
  sim ??= createSimulator({ basePath: SANDBOX_API_BASE, latency: [80, 240] });
  return { fetch: sim.fetch, gateway: createSimulatedGateway(sim) };
}
