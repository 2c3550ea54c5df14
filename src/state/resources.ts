/**
 * What the elements read: one definition per resource, with the tags that invalidate it.
 * One module per resource (resources/), so a bundle, and each chunk of the CDN build,
 * carries only the endpoints and schemas of what it reads.
 */
export * from './resources/credits.js';
export * from './resources/transactions.js';
export * from './resources/subscription.js';
export * from './resources/payments.js';
export * from './resources/organisations.js';
