import type { Checkout, Payment } from '../api/schemas.js';

/** What a payment gateway's browser flow ended with. */
export type GatewayOutcome = 'completed' | 'pending' | 'failed' | 'cancelled';

/**
 * A payment gateway's browser flow. The library ships Razorpay and PayGlocal
 * adapters; hosts may replace them (and the simulator ships its own).
 */
export interface GatewayAdapter {
  /** Matches `checkout.gateway` (e.g. 'razorpay', 'payglocal'). */
  name: string;
  /** Pays a checkout of any gateway (the simulated gateway does): used when no adapter has the checkout's name. */
  anyGateway?: boolean;
  pay(checkout: Checkout, options: { signal?: AbortSignal; payment: Payment }): Promise<GatewayOutcome>;
}

/**
 * The key under which a simulator's `fetch` carries its simulated gateway: a provider given
 * `fetch = sim.fetch` pays through that simulator too (no built-in gateway runs).
 */
export const SIMULATED_GATEWAY: unique symbol = Symbol.for('@9pic/credits-elements:simulated-gateway') as never;

/** The simulated gateway a fetch carries (see SIMULATED_GATEWAY), if any. */
export function gatewayOfFetch(fetch: typeof globalThis.fetch | undefined): GatewayAdapter | undefined {
  return (fetch as { [SIMULATED_GATEWAY]?: GatewayAdapter } | undefined)?.[SIMULATED_GATEWAY];
}
