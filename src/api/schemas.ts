/**
 * The HTTP contract (shared/API.md) in executable form. Every response the
 * client receives is parsed with one of these before anything else sees it;
 * the TypeScript types of the whole library are inferred from them.
 * One module per resource (schemas/), so a bundle keeps only the schemas it parses with.
 */
export * from './schemas/base.js';
export * from './schemas/records.js';
export * from './schemas/credits.js';
export * from './schemas/transactions.js';
export * from './schemas/subscription.js';
export * from './schemas/payments.js';
export * from './schemas/organisations.js';
