// `npm run contract`: writes the HTTP contract, generated from the same zod
// schemas the client validates with, as JSON Schema and an OpenAPI 3.1 document
// (contract/), so a partner can implement a compatible backend.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const tmp = resolve('.tmp/contract-schemas.mjs');
await build({ entryPoints: ['scripts/contract-entry.ts'], bundle: true, platform: 'node', format: 'esm', outfile: tmp, logLevel: 'error' });
const { z, S } = await import(pathToFileURL(tmp).href);
rmSync(tmp);

const names = [
  'CreditsSummary', 'MonthlyUsage', 'Transaction', 'TransactionPage', 'GrantRequest', 'Subscription', 'PurchaseOptions',
  'PurchaseRequest', 'Quote', 'Payment', 'PaymentPage', 'Checkout', 'PurchaseResult', 'Address', 'BillingDetails', 'ErrorBody', 'OrganisationSummary', 'OrganisationPage',
];
const schemas = {};
for (const name of names) {
  const json = z.toJSONSchema(S[name], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  delete json.$schema;
  schemas[name] = json;
}
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (name, description = 'OK') => ({ description, content: { 'application/json': { schema: ref(name) } } });
const errors = {
  400: json('ErrorBody', 'A rule was broken (`error.code` says which)'),
  401: json('ErrorBody', 'Token missing or expired'),
  403: json('ErrorBody', 'Not allowed'),
  404: json('ErrorBody', 'Not found'),
  409: json('ErrorBody', 'Conflict'),
  422: json('ErrorBody', 'Field validation (`error.fields`)'),
  429: json('ErrorBody', 'Rate limited; honour Retry-After'),
};
const org = { name: 'org', in: 'path', required: true, schema: { type: 'string' } };
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const idem = { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', format: 'uuid' }, description: 'One per user intent; a repeat gets the first answer.' };
const q = (name, schema) => ({ name, in: 'query', required: false, schema });
const paging = [q('limit', { type: 'integer', minimum: 1, maximum: 100, default: 25 }), q('cursor', { type: 'string' })];
const op = (summary, params, responses, body) => ({ summary, parameters: params, ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } } : {}), responses: { ...responses, ...errors } });
const base = '/organisations/{org}';
const openapi = {
  openapi: '3.1.0',
  info: { title: '9Pic Credits API (as spoken by @9pic/credits-elements)', version: '0.1.0', description: 'Money is a decimal string in major units plus an ISO-4217 currency. Every response carries X-Request-Id.' },
  paths: {
    '/organisations': { get: op('Organisations the viewer manages (contract 1.1); 403 not_allowed for a viewer with one', [...paging, q('q', { type: 'string' }), q('sort', { enum: ['name', 'available_credits', 'expires_at'] })], { 200: json('OrganisationPage') }) },
    [`${base}/credits`]: { get: op('Credits summary', [org], { 200: json('CreditsSummary') }) },
    [`${base}/credits/monthly-usage`]: { get: op('Usage per calendar month, current first (404/501 when not aggregated)', [org, q('months', { type: 'integer', default: 4 })], { 200: json('MonthlyUsage') }) },
    [`${base}/credits/transactions`]: { get: op('Transactions, newest first', [org, q('direction', { enum: ['usage', 'addition'] }), ...paging, q('event_id', { type: 'string' }), q('from', { type: 'string', format: 'date' }), q('to', { type: 'string', format: 'date' })], { 200: json('TransactionPage') }) },
    [`${base}/credits/grants`]: { post: op('Staff grant', [org, idem], { 201: json('Transaction', 'Created') }, 'GrantRequest') },
    [`${base}/subscription`]: { get: op('Subscription', [org], { 200: json('Subscription') }) },
    [`${base}/purchase-options`]: { get: op('What the organisation may buy', [org], { 200: json('PurchaseOptions') }) },
    [`${base}/purchases/quote`]: { post: op('Quote (a purchase body without accept_refund_policy)', [org], { 200: json('Quote') }, 'PurchaseRequest') },
    [`${base}/purchases`]: { post: op('Purchase: creates a pending payment and a gateway checkout', [org, idem], { 201: json('PurchaseResult', 'Created') }, 'PurchaseRequest') },
    [`${base}/payments`]: { get: op('Payments, newest first', [org, ...paging], { 200: json('PaymentPage') }) },
    [`${base}/payments/{id}`]: { get: op('One payment', [org, id], { 200: json('Payment') }) },
    [`${base}/payments/{id}/recheck`]: { post: op('Ask the gateway again', [org, id], { 200: json('Payment') }) },
    [`${base}/payments/{id}/invoice`]: { post: op('Generate or retry the invoice', [org, id], { 200: json('Payment') }) },
    [`${base}/payments/{id}/invoice.pdf`]: { get: op('The invoice PDF (Content-Disposition: attachment; filename=…)', [org, id], { 200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } }) },
    [`${base}/billing-details`]: {
      get: op('Billing details (404 when none saved)', [org], { 200: json('BillingDetails') }),
      put: op('Save billing details', [org], { 200: json('BillingDetails') }, 'BillingDetails'),
    },
  },
  components: { schemas },
};
mkdirSync('contract', { recursive: true });
writeFileSync('contract/openapi.json', `${JSON.stringify(openapi, null, 2)}\n`);
writeFileSync('contract/schemas.json', `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: schemas }, null, 2)}\n`);
console.log(`Wrote contract/openapi.json and contract/schemas.json (${names.length} schemas, ${Object.keys(openapi.paths).length} paths).`);
