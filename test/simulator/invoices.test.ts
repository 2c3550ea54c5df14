import { expect } from '@open-wc/testing';
import { CreditsClient } from '../../src/api/client.js';
import type * as S from '../../src/api/schemas.js';
import { createSimulatedGateway } from '../../src/simulator/gateway.js';
import { harness, newKey } from './helpers.js';

const DETAILS = {
  business_name: 'Boston Running Club Inc',
  billing_email: 'billing@bostonrunning.org',
  phone: null,
  tax_id: null,
  address: { line1: '1 Boylston St', line2: null, city: 'Boston', state: 'MA', postal_code: '02116', country: 'US' },
  shipping_address: null,
};

async function completedPayment(h: ReturnType<typeof harness>, org: string) {
  const { payment, checkout } = (await h.call('POST', `${org}/purchases`, { kind: 'credits', credits: 1000, accept_refund_policy: true }, { 'idempotency-key': newKey() })).json;
  await createSimulatedGateway(h.sim).pay(checkout, { payment });
  return payment.id as string;
}

describe('simulator: invoices and billing details', () => {
  it('generates an invoice that becomes ready after invoiceDelayMs by the clock', async () => {
    const h = harness({ invoiceDelayMs: 1500 });
    const id = await completedPayment(h, 'org_42');
    const get = async () => (await h.call('GET', `org_42/payments/${id}`)).json as S.Payment;
    expect((await get()).invoice).to.deep.equal({ status: 'generating', number: null });
    expect((await h.call('GET', `org_42/payments/${id}/invoice.pdf`)).status).to.equal(404);
    h.clock.now = new Date(h.clock.now.getTime() + 1499);
    expect((await get()).invoice.status).to.equal('generating');
    h.clock.now = new Date(h.clock.now.getTime() + 1);
    const ready = (await get()).invoice;
    expect(ready.status).to.equal('ready');
    expect(ready.number).to.match(/^9P-2026-\d{4}$/);
    const pdf = await h.call('GET', `org_42/payments/${id}/invoice.pdf`);
    expect(pdf.status).to.equal(200);
    expect(pdf.response.headers.get('content-type')).to.equal('application/pdf');
    expect(pdf.response.headers.get('content-disposition')).to.equal(`attachment; filename="${ready.number}.pdf"`);
    expect(pdf.json.startsWith('%PDF-1.4')).to.equal(true);
    expect(pdf.json.trimEnd().endsWith('%%EOF')).to.equal(true);
    // Asking again for a ready invoice changes nothing.
    expect((await h.call('POST', `org_42/payments/${id}/invoice`)).json.invoice).to.deep.equal(ready);
  });

  it('downloads a ready seeded invoice through the real client', async () => {
    const h = harness();
    const client = new CreditsClient({ apiBase: '/api', fetch: h.sim.fetch, retryDelay: () => 0 });
    const ready = h.sim.state.orgs.org_42!.payments.find((r) => r.payment.invoice.status === 'ready')!.payment;
    const file = await client.downloadInvoice('org_42', ready.id);
    expect(file.filename).to.equal(`${ready.invoice.number}.pdf`);
    expect(new TextDecoder().decode(await file.blob.arrayBuffer()).slice(0, 8)).to.equal('%PDF-1.4');
  });

  it('fails a generation on request and retries it', async () => {
    const h = harness({ invoiceDelayMs: 100 });
    const id = await completedPayment(h, 'org_42');
    h.sim.failNext(`INVOICE /payments/${id}`);
    h.clock.now = new Date(h.clock.now.getTime() + 100);
    expect((await h.call('GET', `org_42/payments/${id}`)).json.invoice).to.deep.equal({ status: 'failed', number: null });
    const retry = await h.call('POST', `org_42/payments/${id}/invoice`);
    expect(retry.status).to.equal(200);
    expect(retry.json.invoice.status).to.equal('generating');
    h.clock.now = new Date(h.clock.now.getTime() + 100);
    expect((await h.call('GET', `org_42/payments?limit=100`)).json.data.find((p: S.Payment) => p.id === id).invoice.status).to.equal('ready');
  });

  it('needs billing details to generate; saving them unblocks awaiting invoices', async () => {
    const h = harness({ invoiceDelayMs: 10 });
    const id = await completedPayment(h, 'org_trial_us');
    expect((await h.call('GET', `org_trial_us/payments/${id}`)).json.invoice.status).to.equal('awaiting_billing_details');
    const denied = await h.call('POST', `org_trial_us/payments/${id}/invoice`);
    expect(denied.status).to.equal(400);
    expect(denied.json.error.code).to.equal('billing_details_required');
    expect((await h.call('GET', 'org_trial_us/billing-details')).status).to.equal(404);
    const saved = await h.call('PUT', 'org_trial_us/billing-details', DETAILS);
    expect(saved.status).to.equal(200);
    expect(saved.json).to.deep.equal(DETAILS);
    expect((await h.call('GET', 'org_trial_us/billing-details')).json).to.deep.equal(DETAILS);
    expect((await h.call('GET', `org_trial_us/payments/${id}`)).json.invoice.status).to.equal('not_generated');
    expect((await h.call('POST', `org_trial_us/payments/${id}/invoice`)).json.invoice.status).to.equal('generating');
    h.clock.now = new Date(h.clock.now.getTime() + 10);
    expect((await h.call('GET', `org_trial_us/payments/${id}`)).json.invoice.status).to.equal('ready');
    const pending = h.sim.state.orgs.org_42!.payments.find((r) => r.payment.status === 'pending')!.payment;
    expect((await h.call('POST', `org_42/payments/${pending.id}/invoice`)).status).to.equal(409);
  });

  it('answers 422 with fields for invalid billing details', async () => {
    const h = harness();
    const put = (body: unknown) => h.call('PUT', 'org_42/billing-details', body);
    const empty = await put({ address: {} });
    expect(empty.status).to.equal(422);
    expect(Object.keys(empty.json.error.fields)).to.include.members([
      'business_name', 'billing_email', 'address.line1', 'address.city', 'address.postal_code', 'address.country',
    ]);
    expect((await put({ ...DETAILS, billing_email: 'not-an-email' })).json.error.fields).to.have.keys('billing_email');
    expect((await put({ ...DETAILS, address: { ...DETAILS.address, country: 'USA' } })).json.error.fields).to.have.keys('address.country');
    expect((await put({ ...DETAILS, address: undefined })).json.error.fields).to.have.keys('address');
    const inAddr = { ...DETAILS.address, country: 'IN', city: 'Mumbai', state: 'Maharashtra', postal_code: '400020' };
    for (const bad of ['27AAPFU0939F1Z', '27AAPFU0939F1ZVX', '27AAPFU0939F0ZV', 'AAAPFU0939F1ZV1', '27AAPFU0939F1YV'])
      expect((await put({ ...DETAILS, tax_id: bad, address: inAddr })).json.error.fields, bad).to.have.keys('tax_id');
    const ok = await put({ ...DETAILS, tax_id: '27AAPFU0939F1ZV', address: inAddr });
    expect(ok.status).to.equal(200);
    expect((await h.call('GET', 'org_42/purchase-options')).json.tax.business_name).to.equal('Boston Running Club Inc');
    // A non-Indian tax id is not a GSTIN.
    expect((await put({ ...DETAILS, tax_id: 'EIN 12-3456789' })).status).to.equal(200);
    expect((await put('not json{')).status).to.equal(422);
  });
});
