import { expect } from '@open-wc/testing';
import { CreditsClient } from '../../src/api/client.js';
import * as S from '../../src/api/schemas.js';
import { harness, NOW } from './helpers.js';

describe('simulator: reads', () => {
  it('answers the credits summary with a request id and JSON', async () => {
    const { call } = harness();
    const { status, json, response } = await call('GET', 'org_42/credits');
    expect(status).to.equal(200);
    expect(response.headers.get('x-request-id')).to.match(/^req_\d+$/);
    expect(response.headers.get('content-type')).to.contain('application/json');
    expect(S.CreditsSummary.safeParse(json).success).to.equal(true);
    expect(json).to.deep.include({ available_credits: 12500, currency: 'INR', cost_per_credit: '1.50' });
    expect(json.organisation).to.deep.equal({ id: 'org_42', name: 'Mumbai Marathon Photos' });
  });

  it('seeds every organisation deterministically', async () => {
    const a = harness();
    const b = harness();
    expect(a.sim.organisations().map((o) => o.id)).to.deep.equal([
      'org_42', 'org_trial_us', 'org_expired', 'org_enterprise', 'org_payg', 'org_empty', 'org_big',
    ]);
    expect((await a.call('GET', 'org_42/credits/transactions?limit=100')).json).to.deep.equal(
      (await b.call('GET', 'org_42/credits/transactions?limit=100')).json,
    );
    const payg = (await a.call('GET', 'org_payg/credits')).json;
    expect(payg.available_credits).to.equal(-250);
    expect(payg.cost_per_credit).to.equal(null);
    const txns = a.sim.state.orgs.org_42!.transactions;
    expect(txns.reduce((s, t) => s + t.delta, 0)).to.equal(12500);
    expect(txns.length).to.be.within(2500, 3500);
    expect(txns.some((t) => t.type === 'promo_bonus')).to.equal(true);
    expect(txns.some((t) => t.event === null && t.user_email === null && t.delta < 0)).to.equal(true);
    const statuses = a.sim.state.orgs.org_42!.payments.map((r) => r.payment);
    for (const s of ['completed', 'pending', 'failed', 'abandoned']) expect(statuses.some((p) => p.status === s), s).to.equal(true);
    for (const s of ['ready', 'generating', 'not_generated', 'failed', 'not_applicable'])
      expect(statuses.some((p) => p.invoice.status === s), s).to.equal(true);
    // Waiting for billing details only where there are none (org_42 has them).
    expect(a.sim.state.orgs.org_trial_us!.payments.some((r) => r.payment.invoice.status === 'awaiting_billing_details')).to.equal(true);
    expect((await a.call('GET', 'org_empty/credits/transactions?direction=usage')).json).to.deep.equal({ data: [], next_cursor: null });
    expect((await a.call('GET', 'org_empty/payments')).json).to.deep.equal({ data: [], next_cursor: null });
  });

  it('paginates newest first with an opaque cursor and a null cursor at the end', async () => {
    const { call } = harness();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const { status, json } = await call('GET', `org_42/credits/transactions?direction=addition&limit=5${q}`);
      expect(status).to.equal(200);
      expect(json.data.length).to.be.at.most(5);
      seen.push(...json.data.map((t: S.Transaction) => t.created_at));
      cursor = json.next_cursor;
      pages++;
    } while (cursor && pages < 50);
    expect(cursor).to.equal(null);
    expect(seen.length).to.be.greaterThan(5);
    expect([...seen].sort().reverse()).to.deep.equal(seen);
    expect((await call('GET', 'org_42/credits/transactions?direction=usage')).json.data).to.have.length(25);
    expect((await call('GET', 'org_42/credits/transactions?direction=usage&limit=100')).json.data).to.have.length(100);
    for (const bad of ['0', '101', 'x']) expect((await call('GET', `org_42/credits/transactions?limit=${bad}`)).status).to.equal(422);
    expect((await call('GET', 'org_42/credits/transactions?cursor=garbage')).json.error.code).to.equal('invalid_cursor');
  });

  it('filters by direction, event and inclusive dates', async () => {
    const { call } = harness();
    const usage = (await call('GET', 'org_42/credits/transactions?direction=usage&limit=100')).json.data as S.Transaction[];
    expect(usage.every((t) => t.delta < 0)).to.equal(true);
    const additions = (await call('GET', 'org_42/credits/transactions?direction=addition&limit=100')).json.data as S.Transaction[];
    expect(additions.every((t) => t.delta > 0)).to.equal(true);
    const eventId = usage.find((t) => t.event)!.event!.id;
    const byEvent = (await call('GET', `org_42/credits/transactions?direction=usage&limit=100&event_id=${eventId}`)).json.data as S.Transaction[];
    expect(byEvent.length).to.be.greaterThan(0);
    expect(byEvent.every((t) => t.event?.id === eventId)).to.equal(true);
    const day = usage[3]!.created_at.slice(0, 10);
    const oneDay = (await call('GET', `org_42/credits/transactions?limit=100&from=${day}&to=${day}`)).json.data as S.Transaction[];
    expect(oneDay.length).to.be.greaterThan(0);
    expect(oneDay.every((t) => t.created_at.startsWith(day))).to.equal(true);
    expect((await call('GET', 'org_42/credits/transactions?direction=sideways')).status).to.equal(422);
  });

  it('sums monthly usage per calendar month, current month first; 501 without aggregation', async () => {
    const { call, sim } = harness();
    const { json } = await call('GET', 'org_42/credits/monthly-usage?months=4');
    expect(json.months.map((m: { month: string }) => m.month)).to.deep.equal(['2026-06', '2026-05', '2026-04', '2026-03']);
    const expected = sim.state.orgs.org_42!.transactions
      .filter((t) => t.delta < 0 && t.created_at.startsWith('2026-05'))
      .reduce((s, t) => s - t.delta, 0);
    expect(json.months[1].credits_used).to.equal(expected);
    expect(expected).to.be.greaterThan(0);
    sim.options.monthlyAggregation = false;
    expect((await call('GET', 'org_42/credits/monthly-usage')).status).to.equal(501);
  });

  it('answers subscriptions relative to the clock', async () => {
    const { call } = harness();
    expect((await call('GET', 'org_42/subscription')).json).to.deep.include({ plan_type: 'pro', status: 'active', expires_at: '2026-07-05' });
    expect((await call('GET', 'org_trial_us/subscription')).json).to.deep.include({ plan_type: 'trial', expires_at: '2026-06-25' });
    expect((await call('GET', 'org_expired/subscription')).json).to.deep.include({ plan_type: 'pro', status: 'expired', expires_at: '2026-06-10' });
    expect((await call('GET', 'org_enterprise/subscription')).json).to.deep.include({ plan_type: 'enterprise', expires_at: null });
  });

  it('prices purchase options per organisation', async () => {
    const { call } = harness();
    const inr = (await call('GET', 'org_42/purchase-options')).json;
    expect(inr).to.deep.equal({
      currency: 'INR', cost_per_credit: '1.50', min_credits: 1000, max_credits: 10000000,
      pro: { available: false, price: '10000.00', included_credits: 0, term_days: 365 },
      tax: { name: 'GST', rate: '0.18', gstin: '27AAPFU0939F1ZV', business_name: 'Mumbai Marathon Photos LLP' },
      gateway: 'razorpay', refund_policy_url: 'https://9pic.ai/refund-policy', enterprise_contact_url: 'https://9pic.ai/contact',
      fair_usage_url: 'https://9pic.ai/fair-usage-policy',
    });
    const usd = (await call('GET', 'org_trial_us/purchase-options')).json;
    expect(usd).to.deep.include({ currency: 'USD', cost_per_credit: '0.02', tax: null, gateway: 'payglocal' });
    expect(usd.pro).to.deep.include({ available: true, price: '200.00' });
    expect((await call('GET', 'org_expired/purchase-options')).json.pro.available).to.equal(true);
    const payg = (await call('GET', 'org_payg/purchase-options')).json;
    expect(payg.cost_per_credit).to.equal('1.50');
    expect(payg.tax).to.deep.equal({ name: 'GST', rate: '0.18', gstin: null, business_name: 'Chennai Photo Walks' });
  });

  it('404s unknown organisations, payments and routes with an error body', async () => {
    const { call } = harness();
    for (const path of ['org_nope/credits', 'org_42/payments/pay_nope', 'org_42/nothing-here']) {
      const { status, json, response } = await call('GET', path);
      expect(status, path).to.equal(404);
      expect(json.error.code).to.equal('not_found');
      expect(response.headers.get('x-request-id')).to.match(/^req_/);
    }
    expect((await call('POST', 'org_42/credits')).status).to.equal(405);
  });

  it('generates org_big quickly and pages through it', async () => {
    const { sim, call } = harness();
    const t0 = performance.now();
    const first = await call('GET', 'org_big/credits/transactions?direction=usage&limit=100');
    // A loose bound (CI machines are shared): generation is lazy and fast, not a multi-second stall.
    expect(performance.now() - t0).to.be.below(1500);
    expect(sim.state.orgs.org_big!.transactions).to.have.length(10500);
    const second = await call('GET', `org_big/credits/transactions?direction=usage&limit=100&cursor=${first.json.next_cursor}`);
    expect(second.json.data[0].id).to.not.equal(first.json.data[0].id);
    expect(second.json.data[0].created_at <= first.json.data[99].created_at).to.equal(true);
  });

  it('satisfies the schemas through the real CreditsClient', async () => {
    const { sim } = harness();
    const client = new CreditsClient({ apiBase: '/api', fetch: sim.fetch, retryDelay: () => 0 });
    expect((await client.getCredits('org_42')).available_credits).to.equal(12500);
    expect((await client.getMonthlyUsage('org_42', 4)).months).to.have.length(4);
    const page = await client.listTransactions('org_42', { direction: 'usage', limit: 10 });
    expect(page.data).to.have.length(10);
    await client.listTransactions('org_42', { direction: 'usage', limit: 10, cursor: page.next_cursor });
    await client.listTransactions('org_big', { direction: 'usage', limit: 100 });
    for (const org of sim.organisations()) {
      await client.getCredits(org.id);
      await client.getSubscription(org.id);
      await client.getPurchaseOptions(org.id);
      await client.listPayments(org.id, { limit: 100 });
      await client.listTransactions(org.id, { direction: 'addition', limit: 100 });
      await client.getBillingDetails(org.id);
    }
    expect(await client.getBillingDetails('org_trial_us')).to.equal(null);
    expect(NOW.toISOString()).to.equal('2026-06-15T10:00:00.000Z');
  });
});
