import { expect } from '@open-wc/testing';
import { CreditsClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import * as S from '../../src/api/schemas.js';
import { createSimulatedGateway } from '../../src/simulator/gateway.js';
import { harness, newKey } from './helpers.js';

const buy = (h: ReturnType<typeof harness>, org: string, body: unknown, key: string | null = newKey()) =>
  h.call('POST', `${org}/purchases`, body, key ? { 'idempotency-key': key } : {});

describe('simulator: quotes and purchases', () => {
  it('quotes INR with 18% GST, half-up to the paisa', async () => {
    const h = harness();
    const q1000 = (await h.call('POST', 'org_42/purchases/quote', { kind: 'credits', credits: 1000 })).json;
    expect(q1000).to.deep.equal({
      currency: 'INR',
      lines: [{ label: 'Credits', quantity: 1000, unit_amount: '1.50', amount: '1500.00' }],
      subtotal: '1500.00',
      tax: {
        name: 'GST', rate: '0.18', amount: '270.00',
        // org_42's GSTIN starts 27, the seller's state: intra-state supply (contract 1.1).
        components: [{ name: 'CGST', rate: '0.09', amount: '135.00' }, { name: 'SGST', rate: '0.09', amount: '135.00' }],
        place_of_supply: '27-Maharashtra',
      },
      total: '1770.00',
    });
    const q1001 = (await h.call('POST', 'org_42/purchases/quote', { kind: 'credits', credits: 1001 })).json;
    expect([q1001.subtotal, q1001.tax.amount, q1001.total]).to.deep.equal(['1501.50', '270.27', '1771.77']);
    const pro = (await h.call('POST', 'org_trial_us/purchases/quote', { kind: 'pro_subscription', credits: 1000 })).json;
    expect(pro.lines.map((l: S.Quote['lines'][0]) => l.amount)).to.deep.equal(['200.00', '20.00']);
    const proInr = (await h.call('POST', 'org_expired/purchases/quote', { kind: 'pro_subscription', credits: 0 })).json;
    expect([proInr.subtotal, proInr.tax.amount, proInr.total]).to.deep.equal(['10000.00', '1800.00', '11800.00']);
    const custom = (await h.call('POST', 'org_42/purchases/quote', { kind: 'custom', amount: '0.05', remark: 'x' })).json;
    expect([custom.subtotal, custom.tax.amount, custom.total]).to.deep.equal(['0.05', '0.01', '0.06']);
  });

  it('quotes USD without tax', async () => {
    const h = harness();
    const q = (await h.call('POST', 'org_trial_us/purchases/quote', { kind: 'credits', credits: 1000 })).json;
    expect([q.subtotal, q.tax, q.total]).to.deep.equal(['20.00', null, '20.00']);
    const odd = (await h.call('POST', 'org_trial_us/purchases/quote', { kind: 'credits', credits: 1234567 })).json;
    expect(odd.total).to.equal('24691.34');
  });

  it('enforces min credits: 999 rejected, 1000 accepted; Pro allows 0', async () => {
    const h = harness();
    const r999 = await buy(h, 'org_trial_us', { kind: 'credits', credits: 999, accept_refund_policy: true });
    expect(r999.status).to.equal(400);
    expect(r999.json.error.code).to.equal('min_credits');
    expect(r999.json.error.fields.credits).to.be.a('string');
    expect((await buy(h, 'org_trial_us', { kind: 'credits', credits: 1000, accept_refund_policy: true })).status).to.equal(201);
    expect((await buy(h, 'org_trial_us', { kind: 'pro_subscription', credits: 0, accept_refund_policy: true })).status).to.equal(201);
    expect((await buy(h, 'org_trial_us', { kind: 'pro_subscription', credits: 500, accept_refund_policy: true })).json.error.code).to.equal('min_credits');
    expect((await buy(h, 'org_trial_us', { kind: 'credits', credits: 10_000_001, accept_refund_policy: true })).status).to.equal(400);
  });

  it('rejects Pro while subscribed, unaccepted refund policy, and malformed bodies', async () => {
    const h = harness();
    expect((await buy(h, 'org_42', { kind: 'pro_subscription', credits: 0, accept_refund_policy: true })).json.error.code).to.equal('already_subscribed');
    expect((await h.call('POST', 'org_42/purchases/quote', { kind: 'pro_subscription', credits: 0 })).json.error.code).to.equal('already_subscribed');
    expect((await buy(h, 'org_expired', { kind: 'pro_subscription', credits: 0, accept_refund_policy: true })).status).to.equal(201);
    expect((await buy(h, 'org_42', { kind: 'credits', credits: 1000, accept_refund_policy: false })).json.error.code).to.equal('refund_policy_not_accepted');
    expect((await buy(h, 'org_42', { kind: 'credits', credits: 1000 })).json.error.code).to.equal('refund_policy_not_accepted');
    for (const bad of [{ kind: 'gift', credits: 1 }, { kind: 'credits', credits: '1000' }, { kind: 'credits', credits: 10.5 }, [], 'nope{']) {
      const r = await buy(h, 'org_42', bad);
      expect(r.status, JSON.stringify(bad)).to.equal(422);
      expect(r.json.error.fields).to.be.an('object');
    }
  });

  it('validates custom payments: amount, remark 500 ok / 501 rejected, no credits added', async () => {
    const h = harness();
    const custom = (amount: string, remark?: string) => buy(h, 'org_42', { kind: 'custom', amount, remark, accept_refund_policy: true });
    for (const bad of ['0', '0.00', '-5', '1.234', 'abc', '']) expect((await custom(bad, 'fee')).json.error.code, bad).to.equal('invalid_amount');
    expect((await custom('10.00')).json.error.code).to.equal('remark_required');
    expect((await custom('10.00', '   ')).json.error.code).to.equal('remark_required');
    expect((await custom('10.00', 'a'.repeat(501))).json.error.code).to.equal('remark_too_long');
    const ok = await custom('2500.5', 'a'.repeat(500));
    expect(ok.status).to.equal(201);
    expect(ok.json.payment).to.deep.include({ kind: 'custom', credits: null, amount: '2950.59', subtotal: '2500.50', status: 'pending' });
    expect(ok.json.payment.remark).to.have.length(500);
    const before = h.sim.state.orgs.org_42!.balance;
    const txns = h.sim.state.orgs.org_42!.transactions.length;
    await h.sim.fetch(`/api/__simulator/gateway/${ok.json.payment.id}`, { method: 'POST', body: JSON.stringify({ outcome: 'completed' }) });
    const paid = (await h.call('GET', `org_42/payments/${ok.json.payment.id}`)).json;
    expect(paid.status).to.equal('completed');
    expect(h.sim.state.orgs.org_42!.balance).to.equal(before);
    expect(h.sim.state.orgs.org_42!.transactions.length).to.equal(txns);
  });

  it('creates a pending payment with a Razorpay or PayGlocal checkout', async () => {
    const h = harness();
    const inr = (await buy(h, 'org_42', { kind: 'credits', credits: 1000, accept_refund_policy: true })).json;
    expect(S.PurchaseResult.safeParse(inr).success).to.equal(true);
    expect(inr.payment).to.deep.include({
      status: 'pending', gateway: 'razorpay', kind: 'credits', credits: 1000, remark: null,
      amount: '1770.00', subtotal: '1500.00', currency: 'INR', completed_at: null, created_at: '2026-06-15T10:00:00Z',
    });
    expect(inr.payment.invoice).to.deep.equal({ status: 'not_applicable', number: null });
    expect(inr.checkout).to.deep.include({ gateway: 'razorpay', key_id: 'rzp_test_sim', amount_minor: 177000, currency: 'INR' });
    expect(inr.checkout.order_id).to.be.a('string');
    const usd = (await buy(h, 'org_trial_us', { kind: 'credits', credits: 1000, accept_refund_policy: true })).json;
    expect(usd.payment).to.deep.include({ gateway: 'payglocal', amount: '20.00', tax: null });
    expect(usd.checkout.gateway).to.equal('payglocal');
    expect(usd.checkout.redirect_url).to.match(/^https:\/\//);
  });

  it('requires an Idempotency-Key and answers a repeat with the first answer, once', async () => {
    const h = harness();
    const body = { kind: 'credits', credits: 2000, accept_refund_policy: true };
    expect((await buy(h, 'org_42', body, null)).json.error.code).to.equal('idempotency_key_required');
    const count = h.sim.state.orgs.org_42!.payments.length;
    const key = newKey();
    const a = await buy(h, 'org_42', body, key);
    const b = await buy(h, 'org_42', body, key);
    expect(a.status).to.equal(201);
    expect(b.status).to.equal(201);
    expect(b.json).to.deep.equal(a.json);
    expect(h.sim.state.orgs.org_42!.payments.length).to.equal(count + 1);
    expect((await buy(h, 'org_42', { ...body, credits: 3000 }, key)).status).to.equal(409);
    // A lost response: the server acted, the client retries with the same key.
    const lost = newKey();
    h.sim.failNext('POST /purchases', { mode: 'commit-then-network-error' });
    let error: unknown;
    try {
      await buy(h, 'org_42', body, lost);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(h.sim.state.orgs.org_42!.payments.length).to.equal(count + 2);
    const retry = await buy(h, 'org_42', body, lost);
    expect(retry.status).to.equal(201);
    expect(h.sim.state.orgs.org_42!.payments.length).to.equal(count + 2);
  });

  it('settles gateway outcomes through the simulated gateway adapter', async () => {
    const h = harness();
    const gateway = createSimulatedGateway(h.sim);
    const outcomeOf = async (outcome: 'completed' | 'failed' | 'cancelled' | 'pending', org = 'org_trial_us', credits = 1000) => {
      h.sim.setGatewayOutcome(outcome);
      const { payment, checkout } = (await buy(h, org, { kind: 'credits', credits, accept_refund_policy: true })).json;
      expect(await gateway.pay(checkout, { payment })).to.equal(outcome);
      return (await h.call('GET', `${org}/payments/${payment.id}`)).json as S.Payment;
    };
    const before = h.sim.state.orgs.org_trial_us!.balance;
    const done = await outcomeOf('completed');
    expect(done.status).to.equal('completed');
    expect(done.completed_at).to.equal('2026-06-15T10:00:00Z');
    expect(done.gateway_reference).to.be.a('string');
    expect(done.invoice.status).to.equal('awaiting_billing_details');
    expect(h.sim.state.orgs.org_trial_us!.balance).to.equal(before + 1000);
    const txn = h.sim.state.orgs.org_trial_us!.transactions[0]!;
    expect(txn).to.deep.include({ type: 'purchase', delta: 1000, payment_id: done.id });
    expect((await outcomeOf('failed')).status).to.equal('failed');
    expect((await outcomeOf('cancelled')).status).to.equal('abandoned');
    expect(h.sim.state.orgs.org_trial_us!.balance).to.equal(before + 1000);
    const inr = await outcomeOf('completed', 'org_42');
    expect(inr.invoice.status).to.equal('generating');
  });

  it('keeps a pending payment pending until the 2nd recheck, then completes it', async () => {
    const h = harness();
    const gateway = createSimulatedGateway(h.sim, { outcome: () => 'pending' });
    const { payment, checkout } = (await buy(h, 'org_42', { kind: 'credits', credits: 1000, accept_refund_policy: true })).json;
    await gateway.pay(checkout, { payment });
    const balance = h.sim.state.orgs.org_42!.balance;
    expect((await h.call('GET', `org_42/payments/${payment.id}`)).json.status).to.equal('pending');
    expect((await h.call('POST', `org_42/payments/${payment.id}/recheck`)).json.status).to.equal('pending');
    const second = (await h.call('POST', `org_42/payments/${payment.id}/recheck`)).json;
    expect(second.status).to.equal('completed');
    expect(h.sim.state.orgs.org_42!.balance).to.equal(balance + 1000);
    expect((await h.call('POST', `org_42/payments/${payment.id}/recheck`)).json.status).to.equal('completed');
    expect(h.sim.state.orgs.org_42!.balance).to.equal(balance + 1000);
  });

  it('switches the plan to Pro for 365 days when a Pro purchase completes', async () => {
    const h = harness();
    const gateway = createSimulatedGateway(h.sim);
    const { payment, checkout } = (await buy(h, 'org_expired', { kind: 'pro_subscription', credits: 0, accept_refund_policy: true })).json;
    await gateway.pay(checkout, { payment });
    expect((await h.call('GET', 'org_expired/subscription')).json).to.deep.include({
      plan_type: 'pro', status: 'active', started_at: '2026-06-15', expires_at: '2027-06-15',
    });
    expect((await h.call('GET', 'org_expired/purchase-options')).json.pro.available).to.equal(false);
  });

  it('round-trips purchases through the real CreditsClient', async () => {
    const h = harness();
    const client = new CreditsClient({ apiBase: '/api', fetch: h.sim.fetch, retryDelay: () => 0 });
    const q = await client.quote('org_42', { kind: 'credits', credits: 1001 });
    expect(q.total).to.equal('1771.77');
    const key = newKey();
    const r = await client.purchase('org_42', { kind: 'credits', credits: 1001, accept_refund_policy: true }, { idempotencyKey: key });
    expect(r.payment.amount).to.equal('1771.77');
    expect((await client.purchase('org_42', { kind: 'credits', credits: 1001, accept_refund_policy: true }, { idempotencyKey: key })).payment.id).to.equal(r.payment.id);
    expect((await client.recheckPayment('org_42', r.payment.id)).status).to.equal('pending');
    try {
      await client.purchase('org_42', { kind: 'credits', credits: 999, accept_refund_policy: true }, { idempotencyKey: newKey() });
      expect.fail('should reject');
    } catch (e) {
      expect(e).to.be.instanceOf(ApiError);
      expect((e as ApiError).code).to.equal('min_credits');
      expect((e as ApiError).requestId).to.match(/^req_/);
    }
  });
});
