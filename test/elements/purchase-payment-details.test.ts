import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/usage-table/define.js';
import '../../src/elements/credits-area/define.js';
import type { UsageTable } from '../../src/elements/usage-table/usage-table.js';
import { $, mountInProvider, requestsTo } from '../support.js';

const mountHistory = (direction = 'addition') =>
  mountInProvider<UsageTable>(html`<usage-table direction=${direction}></usage-table>`, { organisation: 'org_42' });
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const loaded = (el: UsageTable) => waitUntil(() => rows(el).length > 0, 'rows never appeared');
const paymentButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-payment]')];

describe('Purchase History → payment details', () => {
  it('a purchase that carries a payment_id opens that payment in the Details sheet: id, amounts, invoice number; Escape returns focus', async () => {
    const { el, sim } = await mountHistory();
    await loaded(el);
    const org = sim.state.orgs.org_42!;
    const purchase = org.transactions.find((t) => t.payment_id && org.payments.find((r) => r.payment.id === t.payment_id)!.payment.invoice.number)!;
    const payment = org.payments.find((r) => r.payment.id === purchase.payment_id)!.payment;
    const opener = paymentButtons(el).find((b) => b.dataset.payment === payment.id)!;
    expect(opener, 'Details on the purchase row').to.exist;
    expect(opener.closest('[role="row"]')!.textContent).to.include('Purchase');
    opener.focus();
    opener.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
    await waitUntil(() => dialog.open, 'the sheet never opened');
    expect(dialog.matches(':modal')).to.equal(true);
    await waitUntil(() => dialog.textContent!.includes(payment.invoice.number!), 'the invoice number never appeared');
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    for (const part of [payment.id, 'Completed', 'Credits Purchase', 'Subtotal', 'Total', payment.gateway_reference!, payment.invoice.number!]) expect(text).to.include(part);
    expect(requestsTo(sim, 'GET', `/payments/${payment.id}`)).to.have.length(1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.shadowRoot!.activeElement === opener, 'focus never returned to the purchase');
  });

  it('offers Details only on rows with a payment (not on grants, free credits, refunds) and never in Credit Usage', async () => {
    const { el, sim } = await mountHistory();
    await loaded(el);
    const withPayment = sim.state.orgs.org_42!.transactions.filter((t) => t.delta > 0 && t.payment_id).length;
    expect(withPayment).to.be.greaterThan(0);
    expect(paymentButtons(el)).to.have.length(withPayment);
    for (const row of rows(el)) {
      const text = row.textContent!;
      if (/Admin Grant|Free Credits|Refund/.test(text)) expect(row.querySelector('button[data-payment]'), text).to.equal(null);
    }
    const usage = await mountHistory('usage');
    await loaded(usage.el);
    expect(paymentButtons(usage.el)).to.have.length(0);
  });

  it('shows a payment that cannot be loaded as an error with the request id and Retry, then the payment', async () => {
    const { el, sim } = await mountHistory();
    await loaded(el);
    const opener = paymentButtons(el)[0]!;
    sim.failNext(`GET /payments/${opener.dataset.payment}`, { status: 404 });
    opener.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
    await waitUntil(() => dialog.querySelector('.error-panel'), 'no error panel');
    expect(dialog.textContent).to.include('Payment could not be loaded.');
    expect(dialog.textContent).to.include('Request ID');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Retry')!.click();
    await waitUntil(() => dialog.querySelector('.record'), 'the payment never loaded after Retry');
    expect(dialog.textContent).to.include(opener.dataset.payment!);
  });

  it('in <credits-area>, the Purchase History of the Credits tab opens the same sheet', async () => {
    const { el } = await mountInProvider<HTMLElement>(html`<credits-area></credits-area>`, { organisation: 'org_42' });
    const history = () => [...el.shadowRoot!.querySelectorAll<UsageTable>('usage-table')].find((t) => t.direction === 'addition');
    await waitUntil(history, 'no Purchase History in the area');
    const table = history()!;
    await waitUntil(() => paymentButtons(table).length > 0, 'no payment Details in the area history');
    paymentButtons(table)[0]!.click();
    const dialog = $<HTMLDialogElement>(table, 'dialog.sheet');
    await waitUntil(() => dialog.open && dialog.querySelector('.record'), 'the sheet never showed the payment');
  });
});
