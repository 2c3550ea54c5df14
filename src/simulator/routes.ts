/** The endpoints of API.md over the simulator state. */
import type { CreditsSummary, Payment, PurchaseOptions, Subscription } from '../api/schemas.js';
import { dateOnly, iso } from './data.js';
import { MAX_CREDITS, MIN_CREDITS, PRO_TERM_DAYS, buyerState, priceList, quote, toMinor } from './pricing.js';
import { applyOutcome, invoicePdf, onBillingSaved, recheck, refresh, startInvoice, type Ctx } from './payments.js';
import { findOrg, listOrganisations } from './partners.js';
import { monthly, payments, transactions } from './lists.js';
import type { OrgState, Outcome, SimState } from './types.js';
import { HttpError, billingBody, grantBody, purchaseBody } from './validate.js';

export interface Reply {
  status: number;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

export interface RouteRequest {
  method: string;
  /** Segments after the base path, e.g. ['organisations', 'org_42', 'credits']. */
  segments: string[];
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface RouteEnv {
  state: SimState;
  now: number;
  viewer: { email: string; is_staff: boolean };
  monthlyAggregation: boolean;
  /** The viewer's time zone for calendar months ('' or absent: the runtime's). */
  timeZone?: string;
  runningBalance?: boolean;
  invoiceDelayMs: number;
}

const ok = (json: unknown, status = 200): Reply => ({ status, json });
const notFound = (what: string) => new HttpError(404, 'not_found', `${what} was not found.`);

export function route(env: RouteEnv, req: RouteRequest): Reply {
  const [root, orgId, ...rest] = req.segments;
  const ctx: Ctx = { state: env.state, now: env.now, viewerEmail: env.viewer.email, invoiceDelayMs: env.invoiceDelayMs };
  if (root === '__simulator' && orgId === 'gateway' && rest.length === 1) {
    allow(req, 'POST');
    const rec = findPayment(env.state, rest[0]!);
    const outcome = (req.body as { outcome?: unknown } | null)?.outcome;
    if (!['completed', 'pending', 'failed', 'cancelled'].includes(outcome as string))
      throw new HttpError(422, 'validation_failed', 'Unknown outcome.', { outcome: 'completed, pending, failed or cancelled' });
    applyOutcome(ctx, rec, outcome as Outcome);
    return ok(refresh(ctx, rec));
  }
  if (root === 'organisations' && !orgId) {
    allow(req, 'GET');
    return ok(listOrganisations(env.state, env.viewer, env.now, req.search));
  }
  if (root !== 'organisations' || !orgId) throw notFound('This route');
  const org = findOrg(env.state, orgId, env.now);
  if (!org) throw notFound(`Organisation ${orgId}`);
  const path = rest.join('/');
  const payment = /^payments\/([^/]+)(\/recheck|\/invoice|\/invoice\.pdf)?$/.exec(path);
  if (payment) return paymentRoute(ctx, req, org, payment[1]!, payment[2] ?? '');
  switch (path) {
    case 'credits':
      allow(req, 'GET');
      return ok({
        organisation: { id: org.id, name: org.name },
        available_credits: org.balance,
        currency: org.currency,
        cost_per_credit: org.cost_per_credit,
        viewer: { ...env.viewer },
      } satisfies CreditsSummary);
    case 'credits/monthly-usage':
      allow(req, 'GET');
      if (!env.monthlyAggregation) throw new HttpError(501, 'not_implemented', 'Monthly aggregation is not available.');
      return ok(monthly(org, env.now, req.search, env.timeZone));
    case 'credits/transactions':
      allow(req, 'GET');
      return ok(transactions(org, req.search, env.runningBalance !== false));
    case 'credits/grants':
      allow(req, 'POST');
      return grant(env, req, org);
    case 'subscription':
      allow(req, 'GET');
      return ok(subscription(org, env.now));
    case 'purchase-options':
      allow(req, 'GET');
      return ok(options(org, env.now));
    case 'purchases/quote': {
      allow(req, 'POST');
      const parsed = purchaseBody(req.body, proAvailable(org, env.now), false);
      if (parsed instanceof HttpError) throw parsed;
      return ok(quote(priceList(org.currency), parsed.input, buyerState(org.billing)));
    }
    case 'purchases':
      allow(req, 'POST');
      return idempotent(env, req, org, () => purchase(env, req, org));
    case 'payments': {
      allow(req, 'GET');
      return ok(payments(org.payments.map((r) => refresh(ctx, r)), req.search));
    }
    case 'billing-details':
      if (req.method === 'GET') {
        if (!org.billing) throw notFound('Billing details');
        return ok(org.billing);
      }
      allow(req, 'PUT');
      {
        const parsed = billingBody(req.body);
        if (parsed instanceof HttpError) throw parsed;
        org.billing = parsed;
        onBillingSaved(org);
        return ok(parsed);
      }
  }
  throw notFound('This route');
}

function allow(req: RouteRequest, method: string) {
  if (req.method !== method) throw new HttpError(405, 'method_not_allowed', `Use ${method} here.`, undefined, { allow: method });
}

function findPayment(state: SimState, id: string, org?: OrgState) {
  for (const o of org ? [org] : Object.values(state.orgs)) {
    const rec = o.payments.find((r) => r.payment.id === id);
    if (rec) return rec;
  }
  throw notFound(`Payment ${id}`);
}

function paymentRoute(ctx: Ctx, req: RouteRequest, org: OrgState, id: string, action: string): Reply {
  const rec = findPayment(ctx.state, id, org);
  refresh(ctx, rec);
  const p = rec.payment;
  if (action === '') {
    allow(req, 'GET');
  } else if (action === '/recheck') {
    allow(req, 'POST');
    recheck(ctx, rec);
  } else if (action === '/invoice') {
    allow(req, 'POST');
    if (p.status !== 'completed' || p.invoice.status === 'not_applicable')
      throw new HttpError(409, 'invoice_not_applicable', 'Only completed payments have invoices.');
    if (!org.billing) throw new HttpError(400, 'billing_details_required', 'Save billing details before generating an invoice.');
    if (p.invoice.status !== 'ready' && p.invoice.status !== 'generating') startInvoice(ctx, rec);
  } else {
    allow(req, 'GET');
    if (p.invoice.status !== 'ready' || !p.invoice.number) throw notFound('The invoice PDF');
    return {
      status: 200,
      bytes: invoicePdf(org, p),
      headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${p.invoice.number}.pdf"` },
    };
  }
  return ok(refresh(ctx, rec));
}

const expired = (org: OrgState, now: number) => org.expires_at !== null && org.expires_at < dateOnly(now);

/** Pro is for trial and pay-as-you-go organisations, and for renewing an expired Pro; never over an Enterprise plan. */
export const proAvailable = (org: OrgState, now: number) => (org.plan_type === 'pro' ? expired(org, now) : org.plan_type !== 'enterprise');

function subscription(org: OrgState, now: number): Subscription {
  return {
    plan_type: org.plan_type,
    status: expired(org, now) ? 'expired' : 'active',
    started_at: org.started_at,
    expires_at: org.expires_at,
    included_credits: org.included_credits,
  };
}

function options(org: OrgState, now: number): PurchaseOptions {
  const prices = priceList(org.currency);
  return {
    currency: org.currency,
    cost_per_credit: prices.cost_per_credit,
    min_credits: MIN_CREDITS,
    max_credits: MAX_CREDITS,
    pro: { available: proAvailable(org, now), price: prices.pro_price, included_credits: 0, term_days: PRO_TERM_DAYS },
    tax: prices.tax_rate
      ? { name: 'GST', rate: prices.tax_rate, gstin: org.billing?.tax_id ?? null, business_name: org.billing?.business_name ?? org.name }
      : null,
    gateway: org.currency === 'INR' ? 'razorpay' : 'payglocal',
    refund_policy_url: 'https://9pic.ai/refund-policy',
    enterprise_contact_url: 'https://9pic.ai/contact',
    fair_usage_url: 'https://9pic.ai/fair-usage-policy',
  };
}

function grant(env: RouteEnv, req: RouteRequest, org: OrgState): Reply {
  if (!env.viewer.is_staff) throw new HttpError(403, 'not_allowed', 'Only 9Pic staff can add credits.');
  return idempotent(env, req, org, () => {
    const parsed = grantBody(req.body);
    if (parsed instanceof HttpError) throw parsed;
    const t = {
      id: `txn_${++env.state.counters.txn}`,
      type: 'admin_grant',
      usage_kind: null,
      delta: parsed.credits,
      event: null,
      user_email: env.viewer.email,
      created_at: iso(env.now),
      payment_id: null,
      reason: parsed.reason,
    };
    org.transactions.unshift(t);
    org.balance += parsed.credits;
    return ok(t, 201);
  });
}

function purchase(env: RouteEnv, req: RouteRequest, org: OrgState): Reply {
  const parsed = purchaseBody(req.body, proAvailable(org, env.now), true);
  if (parsed instanceof HttpError) throw parsed;
  if (parsed.accept !== true)
    throw new HttpError(400, 'refund_policy_not_accepted', 'Accept the Refund Policy to continue.', { accept_refund_policy: 'Must be accepted' });
  const q = quote(priceList(org.currency), parsed.input, buyerState(org.billing));
  const n = ++env.state.counters.payment;
  const razorpay = org.currency === 'INR';
  const payment: Payment = {
    id: `pay_${n}`,
    status: 'pending',
    gateway: razorpay ? 'razorpay' : 'payglocal',
    kind: parsed.input.kind,
    credits: parsed.input.kind === 'custom' ? null : parsed.input.credits,
    remark: parsed.remark,
    amount: q.total,
    currency: org.currency,
    subtotal: q.subtotal,
    tax: q.tax,
    created_at: iso(env.now),
    completed_at: null,
    gateway_reference: null,
    invoice: { status: 'not_applicable', number: null },
  };
  org.payments.unshift({ org: org.id, payment, invoiceRequestedAt: null, pendingRechecks: null });
  const checkout = razorpay
    ? { gateway: 'razorpay', order_id: `order_sim_${n}`, key_id: 'rzp_test_sim', amount_minor: Number(toMinor(q.total)), currency: org.currency }
    : { gateway: 'payglocal', redirect_url: `https://sim.payglocal.in/checkout/${payment.id}` };
  return ok({ payment: structuredClone(payment), checkout }, 201);
}

const stable = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(stable).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`
  : JSON.stringify(v) ?? 'undefined';

/** Idempotency-Key: required; a repeat answers the first successful answer; a reuse with another body is a 409. */
function idempotent(env: RouteEnv, req: RouteRequest, org: OrgState, run: () => Reply): Reply {
  const key = req.headers.get('idempotency-key')?.trim();
  if (!key) throw new HttpError(400, 'idempotency_key_required', 'This request needs an Idempotency-Key header.');
  const scope = `${org.id} ${req.segments.slice(2).join('/')} ${key}`;
  const fingerprint = stable(req.body);
  const seen = env.state.idempotency.get(scope);
  if (seen) {
    if (seen.fingerprint !== fingerprint)
      throw new HttpError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
    return { status: seen.status, json: structuredClone(seen.body), headers: { 'idempotent-replayed': 'true' } };
  }
  const reply = run();
  if (reply.status < 300) env.state.idempotency.set(scope, { fingerprint, status: reply.status, body: structuredClone(reply.json) });
  return reply;
}
