/**
 * Issue 17, the guides: what the simulator must do by the two product guides
 * (points 2, 9 and 10). Each test failed on the simulator before the fix.
 */
import { expect } from '@open-wc/testing';
import { createSimulatedGateway } from '../../src/simulator/gateway.js';
import { harness, newKey } from '../simulator/helpers.js';

const buyPro = { kind: 'pro_subscription', credits: 0, accept_refund_policy: true };

describe('guides: the simulator', () => {
  it('(2) never offers Pro to the Enterprise organisation, and refuses it with 400 already_subscribed', async () => {
    const h = harness();
    expect((await h.call('GET', 'org_enterprise/purchase-options')).json.pro.available).to.equal(false);
    const answer = await h.call('POST', 'org_enterprise/purchases', buyPro, { 'idempotency-key': newKey() });
    expect(answer.status).to.equal(400);
    expect(answer.json.error.code).to.equal('already_subscribed');
    // Trial, pay-as-you-go and an expired Pro may still buy it.
    for (const org of ['org_trial_us', 'org_payg', 'org_expired']) expect((await h.call('GET', `${org}/purchase-options`)).json.pro.available, org).to.equal(true);
  });

  it('(10) Trial → Pro leaves Pro’s default 0 included credits, not the trial’s 500', async () => {
    const h = harness();
    expect((await h.call('GET', 'org_trial_us/subscription')).json.included_credits).to.equal(500);
    const { payment, checkout } = (await h.call('POST', 'org_trial_us/purchases', buyPro, { 'idempotency-key': newKey() })).json;
    await createSimulatedGateway(h.sim).pay(checkout, { payment });
    expect((await h.call('GET', 'org_trial_us/subscription')).json).to.deep.include({ plan_type: 'pro', status: 'active', included_credits: 0 });
  });

  it('(10) no seeded payment waits for billing details in an organisation that has them', async () => {
    const h = harness();
    for (const org of Object.values(h.sim.state.orgs)) {
      if (!org.billing) continue;
      const waiting = org.payments.filter((r) => r.payment.invoice.status === 'awaiting_billing_details').map((r) => r.payment.id);
      expect(waiting, org.id).to.deep.equal([]);
    }
    // The state is still seeded where it belongs: the trial without billing details.
    expect(h.sim.state.orgs.org_trial_us!.payments.some((r) => r.payment.invoice.status === 'awaiting_billing_details')).to.equal(true);
  });

  it('(10) an INR invoice PDF carries the GSTIN lines (9Pic’s, and the buyer’s or “unregistered”); a USD one none', async () => {
    const h = harness();
    const pdfText = async (org: string, id: string) => (await h.call('GET', `${org}/payments/${id}/invoice.pdf`)).json as string;
    const inr = h.sim.state.orgs.org_42!.payments.find((r) => r.payment.invoice.status === 'ready')!.payment;
    const text = await pdfText('org_42', inr.id);
    expect(text).to.match(/\(9Pic GSTIN 27AAHCN9126P1ZQ\)/);
    expect(text).to.contain('(Buyer GSTIN 27AAPFU0939F1ZV)');
    // An INR buyer without a GSTIN: the line says so.
    h.sim.state.orgs.org_42!.billing!.tax_id = null;
    expect(await pdfText('org_42', inr.id)).to.contain('(Buyer GSTIN unregistered)');
    // USD: no GST, no GSTIN line.
    const usd = h.sim.state.orgs.org_trial_us!.payments[0]!.payment;
    usd.invoice = { status: 'ready', number: '9P-2026-0999' };
    expect(await pdfText('org_trial_us', usd.id)).not.to.contain('GSTIN');
  });

  it('(9) monthly usage counts calendar months in the viewer’s time zone, not UTC', async () => {
    // A usage row at 20:00 UTC on the last day of a month is the next month in Kolkata (UTC+5:30).
    const count = async (timeZone: string) => {
      const h = harness({ timeZone });
      const org = h.sim.state.orgs.org_empty!;
      org.transactions = [
        { id: 'txn_a', type: 'usage', usage_kind: 'event_photo_indexing', delta: -100, event: null, user_email: null, created_at: '2026-05-31T20:00:00Z' },
        { id: 'txn_b', type: 'usage', usage_kind: 'event_photo_indexing', delta: -7, event: null, user_email: null, created_at: '2026-06-01T01:00:00Z' },
      ];
      return (await h.call('GET', 'org_empty/credits/monthly-usage?months=2')).json.months;
    };
    expect(await count('Asia/Kolkata')).to.deep.equal([
      { month: '2026-06', credits_used: 107 },
      { month: '2026-05', credits_used: 0 },
    ]);
    expect(await count('America/New_York')).to.deep.equal([
      { month: '2026-06', credits_used: 0 },
      { month: '2026-05', credits_used: 107 },
    ]);
  });
});
