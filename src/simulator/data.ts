/**
 * The seeded organisations. Every date is relative to `now`, so the scenarios
 * (Pro expiring in 20 days, an expired plan, …) hold whenever it runs.
 */
import type { BillingDetails, Payment, Transaction } from '../api/schemas.js';
import { buyerState, gstSplit, priceList, quote, type QuoteInput } from './pricing.js';
import { int, mulberry32, pick, type Rng } from './rng.js';
import type { OrgState, PaymentRecord, SimState } from './types.js';

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const EVENT_NAMES = [
  'Mumbai Marathon 2026', 'City 10K 2026', 'Pune Half Marathon', 'Bandra Night Run', 'Thane Hill Climb',
  'Goa River Marathon', 'Nashik Vineyard Run', 'Powai Lake 5K', 'Juhu Beach Sprint', 'Lonavala Trail Ultra',
  'Navi Mumbai Half', 'Kolhapur Heritage Run', 'Marine Drive 10K', 'Aarey Forest Trail', 'Worli Sea Face Run',
  'Satara Hill Half Marathon', 'Nagpur Winter Run', 'Vasai Virar Marathon', 'Mahalaxmi Race Course 5K',
  'Sahyadri Monsoon Trail', 'Borivali National Park Run', 'Colaba Heritage Walk', 'Kalyan Dombivli 10K',
  'Malabar Hill Climb', 'Alibaug Coastal Run',
];
const EMAILS = ['ops@example.com', 'priya@mumbaimarathonphotos.in', 'rahul@mumbaimarathonphotos.in', 'studio@example.com'];

export interface Seeder {
  rng: Rng;
  now: number;
  state: SimState;
}

export function txn(s: Seeder, t: Omit<Transaction, 'id'>): Transaction {
  return { id: `txn_${++s.state.counters.txn}`, ...t };
}

function usage(s: Seeder, at: number, event: { id: string; name: string } | null, emails: readonly string[]): Transaction {
  const rotation = s.rng() < 0.12;
  return txn(s, {
    type: 'usage',
    usage_kind: rotation ? 'ai_image_rotation' : 'event_photo_indexing',
    delta: rotation ? -int(s.rng, 1, 30) : -int(s.rng, 5, 320),
    event: s.rng() < 0.06 ? null : event,
    user_email: s.rng() < 0.1 ? null : pick(s.rng, emails),
    created_at: iso(at),
  });
}

export interface PaymentSeed {
  currency: string;
  input: QuoteInput;
  status: Payment['status'];
  at: number;
  invoice?: Payment['invoice']['status'];
  remark?: string;
}

export function makePayment(s: Seeder, org: string, p: PaymentSeed): PaymentRecord {
  const q = quote(priceList(p.currency), p.input);
  const n = ++s.state.counters.payment;
  const completed = p.status === 'completed';
  const invoiceStatus = p.invoice ?? (completed ? 'ready' : 'not_applicable');
  const razorpay = p.currency === 'INR';
  const payment: Payment = {
    id: `pay_${n}`,
    status: p.status,
    gateway: razorpay ? 'razorpay' : 'payglocal',
    kind: p.input.kind,
    credits: p.input.kind === 'custom' ? null : p.input.credits,
    remark: p.input.kind === 'custom' ? (p.remark ?? 'Custom payment') : null,
    amount: q.total,
    currency: p.currency,
    subtotal: q.subtotal,
    tax: q.tax,
    created_at: iso(p.at - 120_000),
    completed_at: completed ? iso(p.at) : null,
    gateway_reference: completed || p.status === 'failed' ? gatewayRef(s.rng, razorpay) : null,
    invoice: {
      status: invoiceStatus,
      number: invoiceStatus === 'ready' ? invoiceNumber(s.state, p.at) : null,
    },
  };
  return { org, payment, invoiceRequestedAt: invoiceStatus === 'generating' ? s.now : null, pendingRechecks: p.status === 'pending' ? 0 : null };
}

export function gatewayRef(rng: Rng, razorpay: boolean): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < 14; i++) id += pick(rng, chars.split(''));
  return razorpay ? `pay_${id}` : `gl_${id}`;
}

export function invoiceNumber(state: SimState, at: number): string {
  return `9P-${new Date(at).getUTCFullYear()}-${String(++state.counters.invoice).padStart(4, '0')}`;
}

function billing(name: string, over: Partial<BillingDetails> = {}): BillingDetails {
  return {
    business_name: name,
    billing_email: 'accounts@example.com',
    phone: '+91 22 5555 0100',
    tax_id: null,
    address: { line1: '12 Marine Drive', line2: null, city: 'Mumbai', state: 'Maharashtra', postal_code: '400020', country: 'IN' },
    shipping_address: null,
    ...over,
  };
}

const sortNewest = (list: Transaction[]) =>
  list.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : idNum(b.id) - idNum(a.id)));
export const idNum = (id: string) => Number(id.replace(/\D/g, '')) || 0;

function org(base: Omit<OrgState, 'transactions' | 'payments' | 'balance' | 'billing'> & Partial<OrgState>): OrgState {
  return { balance: 0, billing: null, transactions: [], payments: [], ...base };
}

/** Seeds the whole state. `bigOrgTransactions` usage rows of org_big are generated on first access. */
export function seedState(seed: number, nowMs: number, bigOrgTransactions: number): SimState {
  const state: SimState = {
    orgs: {},
    idempotency: new Map(),
    invoiceFailures: new Set(),
    counters: { txn: 900, payment: 70, invoice: 40, order: 0 },
  };
  const s: Seeder = { rng: mulberry32(seed), now: nowMs, state };
  const today = Date.UTC(new Date(nowMs).getUTCFullYear(), new Date(nowMs).getUTCMonth(), new Date(nowMs).getUTCDate());
  const add = (o: OrgState) => (state.orgs[o.id] = o);

  add(seedOrg42(s, today));

  // Boston Running Club: USD trial, no billing details, a few rows.
  const us = add(org({ id: 'org_trial_us', name: 'Boston Running Club', currency: 'USD', plan_type: 'trial',
    started_at: dateOnly(today - 20 * DAY), expires_at: dateOnly(today + 10 * DAY), included_credits: 500, cost_per_credit: '0.02' }));
  const boston = { id: 'evt_301', name: 'Boston Spring 5K 2026' };
  const usEmails = ['coach@bostonrunning.org'];
  us.transactions.push(txn(s, { type: 'free_credits', usage_kind: null, delta: 500, event: null, user_email: null, created_at: iso(today - 20 * DAY + 3600_000) }));
  for (let i = 0; i < 6; i++) us.transactions.push(usage(s, today - (15 - i) * DAY + 7200_000, boston, usEmails));
  const usPaid = makePayment(s, us.id, { currency: 'USD', input: { kind: 'credits', credits: 2000 }, status: 'completed', at: nowMs - 4 * DAY, invoice: 'awaiting_billing_details' });
  us.transactions.push(txn(s, { type: 'purchase', usage_kind: null, delta: 2000, event: null, user_email: usEmails[0]!, created_at: usPaid.payment.completed_at!, payment_id: usPaid.payment.id }));
  us.payments.push(
    usPaid,
    makePayment(s, us.id, { currency: 'USD', input: { kind: 'credits', credits: 1000 }, status: 'abandoned', at: nowMs - 6 * DAY }),
    makePayment(s, us.id, { currency: 'USD', input: { kind: 'pro_subscription', credits: 0 }, status: 'failed', at: nowMs - 8 * DAY }),
  );

  // Delhi Cyclists: Pro expired 5 days ago.
  const delhi = add(org({ id: 'org_expired', name: 'Delhi Cyclists', currency: 'INR', plan_type: 'pro',
    started_at: dateOnly(today - 370 * DAY), expires_at: dateOnly(today - 5 * DAY), included_credits: 0, cost_per_credit: '1.50',
    billing: billing('Delhi Cyclists Club', { billing_email: 'treasurer@delhicyclists.in', phone: null,
      address: { line1: '4 Lodhi Road', line2: null, city: 'New Delhi', state: 'Delhi', postal_code: '110003', country: 'IN' } }) }));
  const delhiPro = makePayment(s, delhi.id, { currency: 'INR', input: { kind: 'pro_subscription', credits: 5000 }, status: 'completed', at: today - 370 * DAY + 3600_000 });
  delhi.payments.push(delhiPro);
  delhi.transactions.push(txn(s, { type: 'purchase', usage_kind: null, delta: 5000, event: null, user_email: 'treasurer@delhicyclists.in', created_at: delhiPro.payment.completed_at!, payment_id: delhiPro.payment.id }));
  for (let i = 0; i < 8; i++) delhi.transactions.push(usage(s, today - (300 - i * 30) * DAY, { id: 'evt_410', name: 'Delhi Gran Fondo' }, ['treasurer@delhicyclists.in']));

  // Global Races Inc: USD enterprise, no expiry.
  const ent = add(org({ id: 'org_enterprise', name: 'Global Races Inc', currency: 'USD', plan_type: 'enterprise',
    started_at: dateOnly(today - 700 * DAY), expires_at: null, included_credits: 0, cost_per_credit: '0.02',
    billing: billing('Global Races Inc', { billing_email: 'ap@globalraces.com', phone: '+1 617 555 0199', tax_id: 'US-EIN-12-3456789',
      address: { line1: '100 Federal Street', line2: 'Floor 12', city: 'Boston', state: 'MA', postal_code: '02110', country: 'US' } }) }));
  ent.transactions.push(txn(s, { type: 'admin_grant', usage_kind: null, delta: 250_000, event: null, user_email: 'staff@9pic.ai', created_at: iso(today - 90 * DAY) }));
  for (let i = 0; i < 40; i++) ent.transactions.push(usage(s, today - (80 - i * 2) * DAY, { id: `evt_5${i % 4}0`, name: pick(s.rng, ['Boston Marathon 2026', 'Chicago 10K 2026', 'NYC Half 2026', 'Berlin City Run 2026']) }, ['races@globalraces.com']));

  // Chennai Photo Walks: payg, overdrawn, pricing not configured.
  const payg = add(org({ id: 'org_payg', name: 'Chennai Photo Walks', currency: 'INR', plan_type: 'payg',
    started_at: dateOnly(today - 60 * DAY), expires_at: null, included_credits: 0, cost_per_credit: null }));
  payg.transactions.push(txn(s, { type: 'free_credits', usage_kind: null, delta: 1000, event: null, user_email: null, created_at: iso(today - 60 * DAY) }));
  for (const [d, delta] of [[40, -600], [20, -450], [3, -200]] as const)
    payg.transactions.push(txn(s, { type: 'usage', usage_kind: 'event_photo_indexing', delta, event: { id: 'evt_620', name: 'Mylapore Heritage Walk' }, user_email: 'walks@chennaiphoto.in', created_at: iso(today - d * DAY) }));

  add(org({ id: 'org_empty', name: 'New Organiser', currency: 'INR', plan_type: 'trial',
    started_at: dateOnly(today), expires_at: dateOnly(today + 14 * DAY), included_credits: 0, cost_per_credit: '1.50' }));

  add(bigOrg(seed, nowMs, bigOrgTransactions, state));

  for (const o of Object.values(state.orgs)) {
    if (o.id === 'org_big') continue;
    sortNewest(o.transactions);
    o.payments.sort((a, b) => (a.payment.created_at < b.payment.created_at ? 1 : -1));
    o.balance = o.transactions.reduce((sum, t) => sum + t.delta, 0);
    // GST split by the place of supply, as at purchase (the billing details seeded with the organisation).
    for (const { payment } of o.payments) if (payment.tax) payment.tax = gstSplit(payment.subtotal, payment.tax, buyerState(o.billing));
  }
  return state;
}

function bigOrg(seed: number, nowMs: number, count: number, state: SimState): OrgState {
  const o = org({ id: 'org_big', name: 'Stress Test Org', currency: 'INR', plan_type: 'payg',
    started_at: dateOnly(nowMs - 400 * DAY), expires_at: null, included_credits: 0, cost_per_credit: '1.50', balance: 5000 });
  let list: Transaction[] | null = null;
  Object.defineProperty(o, 'transactions', {
    enumerable: true,
    get() {
      if (!list) {
        const rng = mulberry32(seed + 7);
        const events = Array.from({ length: 60 }, (_, i) => ({ id: `evt_big_${i}`, name: `Stress Event ${i + 1}` }));
        list = new Array<Transaction>(count);
        // Newest first, one every ~50 minutes going back.
        for (let i = 0; i < count; i++) {
          list[i] = {
            id: `txn_big_${count - i}`,
            type: 'usage',
            usage_kind: rng() < 0.1 ? 'ai_image_rotation' : 'event_photo_indexing',
            delta: -(1 + Math.floor(rng() * 200)),
            event: rng() < 0.05 ? null : events[Math.floor(i / 180) % 60]!,
            user_email: rng() < 0.1 ? null : 'load@stress.test',
            created_at: iso(nowMs - 60_000 - i * 3_000_000),
          };
        }
      }
      return list;
    },
    set(v: Transaction[]) {
      list = v;
    },
  });
  void state;
  return o;
}

function seedOrg42(s: Seeder, today: number): OrgState {
  const o = org({ id: 'org_42', name: 'Mumbai Marathon Photos', currency: 'INR', plan_type: 'pro',
    started_at: dateOnly(today - 345 * DAY), expires_at: dateOnly(today + 20 * DAY), included_credits: 0, cost_per_credit: '1.50',
    billing: billing('Mumbai Marathon Photos LLP', { tax_id: '27AAPFU0939F1ZV' }) });
  const { rng, now } = s;
  const events = EVENT_NAMES.map((name, i) => ({ id: `evt_${i + 7}`, name, day: 240 - Math.floor((i * 236) / EVENT_NAMES.length) }));
  let used = 0;
  for (const ev of events) {
    const rows = int(rng, 100, 130);
    for (let i = 0; i < rows; i++) {
      const at = Math.min(now - 60_000, today - ev.day * DAY + int(rng, 6, 96) * 3600_000 + int(rng, 0, 3599) * 1000);
      const t = usage(s, at, { id: ev.id, name: ev.name }, EMAILS);
      used -= t.delta;
      o.transactions.push(t);
    }
  }
  const extra = (type: string, delta: number, day: number, email: string | null) =>
    o.transactions.push(txn(s, { type, usage_kind: null, delta, event: null, user_email: email, created_at: iso(today - day * DAY + 11 * 3600_000) }));
  extra('admin_grant', 500, 120, 'staff@9pic.ai');
  extra('refund', 200, 75, null);
  extra('promo_bonus', 250, 30, null);
  // Purchases in 5,000-credit packs fund the usage; free credits absorb the rest, so balance = Σ deltas = 12,500.
  const needed = 12_500 + used - 950;
  const packs = Math.floor((needed - 1000) / 5000);
  extra('free_credits', needed - packs * 5000, 245, null);
  o.payments.push(makePayment(s, o.id, { currency: 'INR', input: { kind: 'pro_subscription', credits: 0 }, status: 'completed', at: today - 345 * DAY + 10 * 3600_000 }));
  // No 'awaiting_billing_details' here: this organisation has billing details (org_trial_us has that state).
  const invoiceStates = ['ready', 'ready', 'failed', 'ready', 'not_generated', 'ready', 'ready', 'ready'] as const;
  for (let i = 0; i < 8; i++) {
    const credits = (Math.floor(packs / 8) + (i < packs % 8 ? 1 : 0)) * 5000;
    const at = today - (238 - i * 30) * DAY + 9 * 3600_000;
    const rec = makePayment(s, o.id, { currency: 'INR', input: { kind: 'credits', credits }, status: 'completed', at, invoice: invoiceStates[i] });
    o.payments.push(rec);
    o.transactions.push(txn(s, { type: 'purchase', usage_kind: null, delta: credits, event: null, user_email: 'owner@example.com', created_at: rec.payment.completed_at!, payment_id: rec.payment.id }));
  }
  o.payments.push(
    makePayment(s, o.id, { currency: 'INR', input: { kind: 'custom', amount: '2500.00' }, remark: 'Custom watermark setup fee', status: 'completed', at: now - 600_000, invoice: 'generating' }),
    makePayment(s, o.id, { currency: 'INR', input: { kind: 'credits', credits: 10000 }, status: 'abandoned', at: now - 10 * DAY }),
    makePayment(s, o.id, { currency: 'INR', input: { kind: 'credits', credits: 2000 }, status: 'failed', at: now - 3 * DAY }),
    makePayment(s, o.id, { currency: 'INR', input: { kind: 'credits', credits: 5000 }, status: 'pending', at: now - 2 * 3600_000 }),
  );
  return o;
}
