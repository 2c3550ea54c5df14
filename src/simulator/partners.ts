/**
 * `GET /organisations` (contract 1.1): which organisations a viewer manages.
 * The seeded partner manages the six seeded organisations (not the stress
 * org); the stress partner manages 10,000 generated ones, each a real
 * organisation once anything reads it; 9Pic staff see every seeded one;
 * anyone else manages one organisation and gets `403 not_allowed`.
 */
import type { OrganisationSummary } from '../api/schemas.js';
import { DAY, dateOnly } from './data.js';
import { mulberry32 } from './rng.js';
import type { OrgState, SimState } from './types.js';
import { HttpError, encodeCursor, pageParams } from './validate.js';

/** A partner portal's account manager: six organisations of every kind (Pro, trial, expired, enterprise, overdrawn, new). */
export const PARTNER_VIEWER = Object.freeze({ email: 'accounts@racepartners.in', is_staff: false });
/** A partner with 10,000 organisations (`org_p00001` … `org_p10000`), for the virtualised list. */
export const STRESS_PARTNER_VIEWER = Object.freeze({ email: 'stress@partners.test', is_staff: false });
export const STRESS_ORGANISATIONS = 10_000;

const PARTNER_ORGS = ['org_42', 'org_trial_us', 'org_expired', 'org_enterprise', 'org_payg', 'org_empty'];
const STRESS_ID = /^org_p(\d{5})$/;

const CITIES = ['Agra', 'Ahmedabad', 'Bengaluru', 'Bhopal', 'Chandigarh', 'Chennai', 'Coimbatore', 'Dehradun', 'Goa', 'Guwahati',
  'Hyderabad', 'Indore', 'Jaipur', 'Kochi', 'Kolkata', 'Lucknow', 'Madurai', 'Mangaluru', 'Mumbai', 'Mysuru',
  'Nagpur', 'Nashik', 'Patna', 'Puducherry', 'Pune', 'Raipur', 'Ranchi', 'Shillong', 'Surat', 'Thiruvananthapuram',
  'Udaipur', 'Vadodara', 'Varanasi', 'Visakhapatnam', 'Boston', 'Chicago', 'Denver', 'Portland', 'Austin', 'Seattle'];
const KINDS = ['Runners', 'Marathon Photos', 'Cycling Club', 'Trail Series', 'Triathlon Club', 'Road Racers', 'Half Marathon',
  'Photo Walks', 'Swim Club', 'Sports Photography', 'Ultra Runners', 'Night Run', 'Fun Run', 'Hill Climb', 'Duathlon'];
const PLANS = ['pro', 'pro', 'payg', 'trial', 'enterprise'] as const;

/** The generated organisation number `n` (1-based) of the stress partner. Deterministic: the same every run. */
function stressOrg(n: number, today: number): OrgState {
  const rng = mulberry32(n * 2654435761);
  const plan = PLANS[Math.floor(rng() * PLANS.length)]!;
  const usd = rng() < 0.2;
  const roll = rng();
  // Mostly healthy balances; some low, a few overdrawn.
  const balance = roll < 0.05 ? -Math.floor(rng() * 800) - 1 : roll < 0.2 ? Math.floor(rng() * 1000) : 1000 + Math.floor(rng() * 200_000);
  const expiry = plan === 'pro' ? today + (Math.floor(rng() * 420) - 40) * DAY : plan === 'trial' ? today + Math.floor(rng() * 30) * DAY : null;
  return {
    id: `org_p${String(n).padStart(5, '0')}`,
    name: `${CITIES[n % CITIES.length]} ${KINDS[Math.floor(n / CITIES.length) % KINDS.length]} ${n}`,
    currency: usd ? 'USD' : 'INR',
    plan_type: plan,
    started_at: dateOnly(today - 200 * DAY),
    expires_at: expiry === null ? null : dateOnly(expiry),
    included_credits: 0,
    cost_per_credit: usd ? '0.02' : '1.50',
    balance,
    billing: null,
    transactions: [],
    payments: [],
  };
}

const startOfDay = (now: number) => Math.floor(now / DAY) * DAY;

/** The organisation `id`: a seeded one, or one of the stress partner's (made real on first read). */
export function findOrg(state: SimState, id: string, now: number): OrgState | undefined {
  const known = state.orgs[id];
  if (known) return known;
  const m = STRESS_ID.exec(id);
  const n = m ? Number(m[1]) : 0;
  if (n < 1 || n > STRESS_ORGANISATIONS) return undefined;
  return (state.orgs[id] = stressOrg(n, startOfDay(now)));
}

const summary = (o: OrgState): OrganisationSummary => ({
  id: o.id,
  name: o.name,
  available_credits: o.balance,
  currency: o.currency,
  plan_type: o.plan_type,
  expires_at: o.expires_at,
  cost_per_credit: o.cost_per_credit,
});

/** The stress partner's organisations not yet made real, generated once per state and day. */
const generated = new WeakMap<SimState, { today: number; orgs: OrgState[]; rank: Map<string, number> }>();

/** The stress partner's organisations, and each one's place by name (names never change, so that order is computed once). */
function stressOrgs(state: SimState, now: number): { list: OrganisationSummary[]; rank: Map<string, number> } {
  const today = startOfDay(now);
  let cache = generated.get(state);
  if (cache?.today !== today) {
    const orgs = Array.from({ length: STRESS_ORGANISATIONS }, (_, i) => stressOrg(i + 1, today));
    generated.set(state, (cache = { today, orgs, rank: nameRank(orgs) }));
  }
  // An organisation that was read (and maybe bought credits) answers with its live state.
  return { list: cache.orgs.map((o) => summary(state.orgs[o.id] ?? o)), rank: cache.rank };
}

function managed(state: SimState, viewer: { email: string; is_staff: boolean }, now: number): { list: OrganisationSummary[]; rank: Map<string, number> } | null {
  if (viewer.email === STRESS_PARTNER_VIEWER.email) return stressOrgs(state, now);
  const list =
    viewer.email === PARTNER_VIEWER.email ? PARTNER_ORGS.map((id) => summary(state.orgs[id]!))
    : viewer.is_staff ? Object.values(state.orgs).filter((o) => !STRESS_ID.test(o.id)).map(summary)
    : null;
  return list && { list, rank: nameRank(list) };
}

const SORTS = ['name', 'available_credits', 'expires_at'];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Each organisation's place by name (ties by id). */
function nameRank(orgs: readonly { id: string; name: string }[]): Map<string, number> {
  const sorted = [...orgs].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((o, i) => [o.id, i]));
}

/** `GET /organisations?q=&sort=&limit=&cursor=`: name A–Z, lowest balance first, or soonest expiry first (none last). */
export function listOrganisations(state: SimState, viewer: { email: string; is_staff: boolean }, now: number, search: URLSearchParams) {
  const found = managed(state, viewer, now);
  if (!found) throw new HttpError(403, 'not_allowed', 'You manage only one organisation.');
  const sort = search.get('sort') || 'name';
  if (!SORTS.includes(sort)) throw new HttpError(422, 'validation_failed', 'Unknown sort.', { sort: 'Must be name, available_credits or expires_at' });
  const q = (search.get('q') ?? '').trim().toLowerCase();
  const { list: all, rank } = found;
  const byName = (a: OrganisationSummary, b: OrganisationSummary) => rank.get(a.id)! - rank.get(b.id)!;
  const list = q ? all.filter((o) => o.name.toLowerCase().includes(q) || o.id.toLowerCase().includes(q)) : all;
  list.sort(
    sort === 'available_credits'
      ? (a, b) => a.available_credits - b.available_credits || byName(a, b)
      : sort === 'expires_at'
        ? (a, b) => (a.expires_at === b.expires_at ? byName(a, b) : a.expires_at === null ? 1 : b.expires_at === null ? -1 : a.expires_at < b.expires_at ? -1 : 1)
        : byName,
  );
  const params = pageParams(search);
  if (params instanceof HttpError) throw params;
  let start = 0;
  if (params.after !== null) {
    const i = list.findIndex((o) => o.id === params.after);
    if (i < 0) throw new HttpError(400, 'invalid_cursor', 'The page cursor is not valid.', { cursor: 'Invalid cursor' });
    start = i + 1;
  }
  const data = list.slice(start, start + params.limit);
  const more = start + params.limit < list.length;
  return { data, next_cursor: more && data.length ? encodeCursor(data[data.length - 1]!.id) : null };
}
