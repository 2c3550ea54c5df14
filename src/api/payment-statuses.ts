/**
 * The payment statuses of the contract, in a module of their own without zod: the simulator imports
 * it, and the simulator module must load from a CDN with no bare imports (README, "Use the simulator").
 */
export const PAYMENT_STATUSES = ['completed', 'pending', 'failed', 'abandoned'] as const;
