/**
 * Which adapter pays a checkout: the host's (the provider's `gateways`, by
 * name) first, else a built-in one, loaded on demand as its own chunk.
 */
import type { GatewayAdapter } from '../core/gateway.js';

export class MissingGatewayError extends Error {
  override readonly name = 'MissingGatewayError';
  constructor(readonly gateway: string) {
    super(`No payment gateway adapter for "${gateway}".`);
  }
}

export async function resolveGateway(name: string, provided: readonly GatewayAdapter[]): Promise<GatewayAdapter> {
  const own = provided.find((adapter) => adapter.name === name);
  if (own) return own;
  if (name === 'razorpay') return (await import('./razorpay.js')).razorpay;
  if (name === 'payglocal') return (await import('./payglocal.js')).payglocal;
  throw new MissingGatewayError(name);
}
