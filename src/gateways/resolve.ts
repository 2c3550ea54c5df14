/**
 * Which adapter pays a checkout: the host's (the provider's `gateways`, by
 * name, else one that pays any gateway such as the simulated one) first, else
 * a built-in one, loaded on demand as its own chunk (never in the sandbox).
 */
import type { GatewayAdapter } from '../core/gateway.js';

export class MissingGatewayError extends Error {
  override readonly name = 'MissingGatewayError';
  constructor(readonly gateway: string) {
    super(`No payment gateway adapter for "${gateway}".`);
  }
}

export async function resolveGateway(name: string, provided: readonly GatewayAdapter[], options: { builtIns?: boolean } = {}): Promise<GatewayAdapter> {
  const own = provided.find((adapter) => adapter.name === name) ?? provided.find((adapter) => adapter.anyGateway);
  if (own) return own;
  if (options.builtIns === false) throw new MissingGatewayError(name);
  if (name === 'razorpay') return (await import('./razorpay.js')).razorpay;
  if (name === 'payglocal') return (await import('./payglocal.js')).payglocal;
  throw new MissingGatewayError(name);
}
