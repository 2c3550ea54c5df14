/**
 * The simulated payment gateway adapter (matches the elements' GatewayAdapter
 * shape structurally). It decides an outcome and tells the simulator through
 * `POST {basePath}/__simulator/gateway/{paymentId}`, as a real gateway's
 * webhook would, then returns the outcome.
 */
import type { Checkout, Payment } from '../api/schemas.js';
import type { Outcome } from './types.js';

export interface SimulatedGatewayOptions {
  name?: string;
  /** Decides the outcome; default: `sim.options.gatewayOutcome` (set by `sim.setGatewayOutcome`). */
  outcome?: () => Outcome | Promise<Outcome>;
  /**
   * Default: `sim.fetch`. Required when only the options are given: the gateway never falls back
   * to the global `fetch` (it could post to a real server under the same base path).
   */
  fetch?: typeof fetch;
}

export interface SimulatedGateway {
  name: string;
  /** It stands in for every gateway (Razorpay, PayGlocal, …). */
  anyGateway: true;
  pay(checkout: Checkout, ctx: { signal?: AbortSignal; payment: Payment }): Promise<Outcome>;
}

/** What the gateway reads of a simulator (structurally; a `Simulator` is one, without this file importing it). */
export interface SimulatedGatewayHost {
  options: { basePath: string; gatewayOutcome?: Outcome };
  fetch?: typeof fetch;
}

export function createSimulatedGateway(
  sim: SimulatedGatewayHost,
  opts: SimulatedGatewayOptions = {},
): SimulatedGateway {
  const doFetch = opts.fetch ?? sim.fetch;
  if (!doFetch) throw new TypeError('createSimulatedGateway(sim) needs the simulator itself (or { fetch }): it settles payments through the simulator, never through the global fetch.');
  return {
    name: opts.name ?? 'simulator',
    anyGateway: true,
    async pay(_checkout, { signal, payment }) {
      signal?.throwIfAborted();
      const outcome = opts.outcome ? await opts.outcome() : (sim.options.gatewayOutcome ?? 'completed');
      signal?.throwIfAborted();
      const base = sim.options.basePath.replace(/\/+$/, '');
      const response = await doFetch(`${base}/__simulator/gateway/${encodeURIComponent(payment.id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome }),
        signal,
      });
      if (!response.ok) throw new Error(`The simulated gateway could not settle ${payment.id} (${response.status})`);
      return outcome;
    },
  };
}
