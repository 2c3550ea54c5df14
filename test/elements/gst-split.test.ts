/** GST done properly (issue 19): the split under the GST line wherever tax is shown, computed by the simulator per API.md. */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements/payments-list/define.js';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import type { Payment, Quote } from '../../src/api/schemas.js';
import { Decimal } from '../../src/money/decimal.js';
import { createSimulator } from '../../src/simulator/index.js';
import { $, mountInProvider } from '../support.js';
import { harness, newKey } from '../simulator/helpers.js';
import { mountWizard, payButton, press, toPayment, waitForOutcome } from './wizard-helpers.js';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
/** Each term and its value of the description lists under `root`, as "term: value". */
const pairs = (root: Element) => [...root.querySelectorAll('dt')].map((dt) => `${text(dt).trim()}: ${text(dt.nextElementSibling!).trim()}`);
const sum = (parts: { amount: string }[]) => parts.reduce((s, p) => s.plus(p.amount), Decimal.ZERO);

describe('GST split (contract 1.1)', () => {
  it('the simulator splits GST by the buyer: GSTIN starting 27 → CGST 9% + SGST 9%, another state → IGST 18%, with the place of supply', async () => {
    const { call, sim } = harness();
    const intra: Quote = (await call('POST', 'org_42/purchases/quote', { kind: 'credits', credits: 1001 })).json;
    expect(intra.tax!.components!.map((c) => [c.name, c.rate])).to.deep.equal([['CGST', '0.09'], ['SGST', '0.09']]);
    expect(intra.tax!.place_of_supply).to.equal('27-Maharashtra');
    expect(sum(intra.tax!.components!).equals(intra.tax!.amount)).to.equal(true);
    // Delhi Cyclists: billing address in Delhi, no GSTIN → inter-state.
    const inter: Quote = (await call('POST', 'org_expired/purchases/quote', { kind: 'credits', credits: 1000 })).json;
    expect(inter.tax!.components).to.deep.equal([{ name: 'IGST', rate: '0.18', amount: inter.tax!.amount }]);
    expect(inter.tax!.place_of_supply).to.equal('07-Delhi');
    // A Karnataka GSTIN → IGST; USD has no tax at all.
    sim.state.orgs.org_42!.billing!.tax_id = '29AAACI1195H1ZI';
    const karnataka: Quote = (await call('POST', 'org_42/purchases/quote', { kind: 'credits', credits: 1000 })).json;
    expect(karnataka.tax!.components!.map((c) => c.name)).to.deep.equal(['IGST']);
    expect(karnataka.tax!.place_of_supply).to.equal('29-Karnataka');
    expect((await call('POST', 'org_trial_us/purchases/quote', { kind: 'credits', credits: 1000 })).json.tax).to.equal(null);
    // Payments carry the split too, seeded and new.
    const seeded: Payment = sim.state.orgs.org_42!.payments.find((r) => r.payment.tax)!.payment;
    expect(seeded.tax!.components!.map((c) => c.name)).to.deep.equal(['CGST', 'SGST']);
    const made = await call('POST', 'org_expired/purchases', { kind: 'credits', credits: 2000, accept_refund_policy: true }, { 'idempotency-key': newKey() });
    expect(made.json.payment.tax.components[0].name).to.equal('IGST');
  });

  it('the components always sum exactly to the GST amount (any credits, any custom amount, either state)', async () => {
    const { call, sim } = harness();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 1000, max: 5_000_000 }).map((credits) => ({ kind: 'credits', credits })),
          fc.integer({ min: 1, max: 99_999_999 }).map((paise) => ({ kind: 'custom', amount: (paise / 100).toFixed(2), remark: 'x' })),
        ),
        fc.constantFrom('27AAPFU0939F1ZV', '29AAACI1195H1ZI'),
        async (body, gstin) => {
          sim.state.orgs.org_42!.billing!.tax_id = gstin;
          const q: Quote = (await call('POST', 'org_42/purchases/quote', body)).json;
          return sum(q.tax!.components!).equals(q.tax!.amount);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the simulator's invoice PDF lists the components and the place of supply", async () => {
    const { call, sim } = harness();
    const ready = sim.state.orgs.org_42!.payments.find((r) => r.payment.invoice.status === 'ready' && r.payment.tax)!.payment;
    const pdf = await call('GET', `org_42/payments/${ready.id}/invoice.pdf`);
    const body = await pdf.response.text();
    const [cgst, sgst] = ready.tax!.components!;
    expect(body).to.include(`CGST 9% INR ${cgst!.amount}`).and.include(`SGST 9% INR ${sgst!.amount}`);
    expect(body).to.include('Place of supply 27-Maharashtra').and.include('Buyer GSTIN 27AAPFU0939F1ZV');
  });

  it('wizard Review and the success screen show the split under the GST line; the components add up to it', async () => {
    const { el } = await mountWizard({ plan: 'credits' });
    await toPayment(el, { credits: '5000' });
    await press(el, 'Back');
    await waitUntil(() => el.shadowRoot!.querySelector('table.summary tr.tax-component'), 'no split on Review');
    const rows = [...el.shadowRoot!.querySelectorAll('table.summary tr.tax-component')].map(text);
    expect(rows).to.deep.equal([' CGST (9%) ₹675.00 ', ' SGST (9%) ₹675.00 ', ' Place of supply 27-Maharashtra ']);
    expect(text($(el, 'table.summary')).includes('GST (18%)')).to.equal(true);
    await expect(el).to.be.accessible();
    await press(el, 'Continue to payment');
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    expect(pairs($(el, '[data-outcome="completed"]'))).to.include.members([
      'GST (18%): ₹1,350.00',
      'CGST (9%): ₹675.00',
      'SGST (9%): ₹675.00',
      'Place of supply: 27-Maharashtra',
    ]);
  });

  it('the payment Details sheet shows the split; components that do not sum to the GST amount are not shown', async () => {
    const sim = createSimulator();
    const payments = sim.state.orgs.org_42!.payments.map((r) => r.payment);
    const good = payments.find((p) => p.status === 'completed' && p.tax)!;
    const bad = payments.filter((p) => p.status === 'completed' && p.tax)[1]!;
    bad.tax = { ...bad.tax!, components: [{ name: 'CGST', rate: '0.09', amount: '1.00' }, { name: 'SGST', rate: '0.09', amount: '1.00' }] };
    const { el } = await mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, { sim });
    await waitUntil(() => el.shadowRoot!.querySelector(`tr[data-payment="${good.id}"]`), 'rows');
    const open = async (id: string) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payment="${id}"] button[data-action="details"]`)!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
      await waitUntil(() => dialog.open && text(dialog).includes(id), `the sheet of ${id}`);
      return dialog;
    };
    let dialog = await open(good.id);
    const [cgst, sgst] = good.tax!.components!;
    const money = (amount: string) => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(Number(amount));
    expect(pairs(dialog)).to.include.members([`CGST (9%): ${money(cgst!.amount)}`, `SGST (9%): ${money(sgst!.amount)}`, 'Place of supply: 27-Maharashtra']);
    await expect(el).to.be.accessible();
    const closed = oneEvent(dialog, 'close');
    dialog.close();
    await closed;
    dialog = await open(bad.id);
    expect(pairs(dialog).some((p) => p.startsWith('GST (18%)'))).to.equal(true);
    expect(text(dialog)).not.to.include('CGST');
  });
});
