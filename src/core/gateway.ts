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
  pay(checkout: Checkout, options: { signal?: AbortSignal; payment: Payment }): Promise<GatewayOutcome>;
}
