/**
 * One function per endpoint of the HTTP contract (shared/API.md), each over a {@link Transport}:
 * a bundle keeps only the functions it calls and the schemas they parse with. One module per
 * resource (endpoints/), so each chunk of the CDN build carries only its own; the invoice PDF
 * is in invoice.ts, with the file-name cleaning only it needs.
 */
export type { Transport } from './transport.js';
export * from './endpoints/credits.js';
export * from './endpoints/transactions.js';
export * from './endpoints/subscription.js';
export * from './endpoints/payments.js';
export * from './endpoints/organisations.js';
