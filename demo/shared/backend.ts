/**
 * The simulated 9Pic backend for the host demos, in the browser through msw,
 * with a demo token (hosts pass a tokenProvider) and the simulated gateway
 * under the real gateways' names.
 */
import { setupWorker } from 'msw/browser';
import { createSimulator, createSimulatedGateway } from '../../src/simulator/index.js';
import { simulatorHandlers } from '../../src/simulator/msw.js';
import type { GatewayAdapter } from '../../src/core/gateway.js';

export const DEMO_TOKEN = 'demo-token';

export async function startBackend() {
  const sim = createSimulator({ latency: [80, 200], token: DEMO_TOKEN });
  const worker = setupWorker(...simulatorHandlers(sim));
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
  const gateways: GatewayAdapter[] = ['razorpay', 'payglocal'].map((name) =>
    createSimulatedGateway(sim, { name, fetch: (input, init) => globalThis.fetch(input, init) }),
  );
  // A host's auth: the library asks, never stores.
  const tokenProvider = async () => DEMO_TOKEN;
  Object.assign(window, { sim });
  return { sim, gateways, tokenProvider };
}
