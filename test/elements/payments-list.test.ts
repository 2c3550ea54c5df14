import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/payments-list/define.js';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import { actionsFor, type PaymentAction } from '../../src/elements/payments-list/payment-rules.js';
import { INVOICE_STATUSES, PAYMENT_STATUSES, type Payment } from '../../src/api/schemas.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

const mount = (options: Parameters<typeof mountInProvider>[1] = {}) => mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, options);

const seeded = (sim: Simulator, org: string, test: (p: Payment) => boolean) => sim.state.orgs[org]!.payments.find((r) => test(r.payment))!.payment;

function row(el: PaymentsList, id: string): HTMLTableRowElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[data-payment]')].find((r) => r.dataset.payment === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}
const rowActions = (el: PaymentsList, id: string) => [...row(el, id).querySelectorAll<HTMLButtonElement>('button[data-action]')].map((b) => b.dataset.action);
const rowButton = (el: PaymentsList, id: string, action: PaymentAction) => row(el, id).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const loaded = (el: PaymentsList) => waitUntil(() => el.shadowRoot!.querySelectorAll('tr[data-payment]').length > 0, 'rows never appeared');

/** Stops the anchor click of a download and records what would have been saved. */
function captureDownloads() {
  const saved: { filename: string; href: string; blob?: Blob }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push({ filename: this.download, href: this.href });
    else original.call(this);
  };
  return { saved, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

describe('actionsFor: the guide\'s action table', () => {
  const invoiceActions: Record<string, PaymentAction | undefined> = {
    ready: 'invoice',
    generating: undefined,
    not_generated: 'generate-invoice',
    awaiting_billing_details: 'configure-billing',
    failed: 'retry-invoice',
    not_applicable: undefined,
    something_new: undefined,
  };
  for (const status of [...PAYMENT_STATUSES, 'refunded_later']) {
    for (const invoice of [...INVOICE_STATUSES, 'something_new']) {
      const expected: PaymentAction[] = ['details'];
      if (status === 'pending' || status === 'abandoned') expected.push('recheck');
      const invoiceAction = status === 'completed' ? invoiceActions[invoice] : undefined;
      if (invoiceAction) expected.push(invoiceAction);
      it(`${status} × invoice ${invoice} → ${expected.join(', ')}`, () => {
        expect(actionsFor({ status, invoice: { status: invoice, number: null } })).to.deep.equal(expected);
      });
    }
  }
});

runCommonSuite({
  name: '<payments-list>',
  template: html`<payments-list></payments-list>`,
  load: 'GET /payments',
  title: 'Payment transactions',
  data: { organisation: 'org_42', text: 'pay_83' },
  empty: { organisation: 'org_empty', text: 'No payments yet' },
  switchTo: { organisation: 'org_trial_us', text: 'pay_84' },
  stale: ['pay_83', '₹'],
  error: 'Payments could not be loaded.',
  skeletons: 6,
  busy: 'table',
});

describe('<payments-list>', () => {
  it('shows every seeded row with its status, gateway, amount and actions', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const text = shadowText(el);
    for (const label of ['Completed', 'Pending', 'Failed', 'Abandoned', 'Razorpay', '₹']) expect(text).to.include(label);
    for (const { payment } of sim.state.orgs.org_42!.payments) {
      const expected = actionsFor(payment);
      expect(rowActions(el, payment.id), payment.id).to.deep.equal(expected);
    }
    expect(requestsTo(sim, 'GET', '/payments')).to.have.length(1);
    const generating = seeded(sim, 'org_42', (p) => p.invoice.status === 'generating');
    expect(row(el, generating.id).textContent).to.include('Generating invoice…');
  });

  it('gives unknown statuses a neutral badge, humanised, the raw value in its title (#17.18)', async () => {
    const sim = createSimulator();
    sim.state.orgs.org_42!.payments[0]!.payment.status = 'partially_refunded';
    const { el } = await mount({ sim });
    await waitForText(el, 'Partially refunded');
    const badge = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.badge')].find((b) => b.textContent === 'Partially refunded')!;
    expect(badge.getAttribute('data-tone')).to.equal('neutral');
    expect(badge.title).to.equal('partially_refunded');
    expect(shadowText(el)).not.to.include('partially_refunded');
  });

  it('with no payments yet, offers Purchase Credits', async () => {
    const { el } = await mount({ organisation: 'org_empty' });
    await waitForText(el, 'No payments yet');
    let target = '';
    el.addEventListener('credits-navigate', (e) => {
      target = e.detail.target;
      e.preventDefault();
    });
    button(el, 'Purchase Credits').click();
    expect(target).to.equal('purchase');
  });

  it('pages through the cursor API with Load more', async () => {
    const sim = createSimulator();
    const list = sim.state.orgs.org_42!.payments;
    const template = list[list.length - 1]!;
    for (let i = 0; i < 20; i++) list.push({ ...template, payment: { ...template.payment, id: `pay_old_${i}`, invoice: { ...template.payment.invoice } } });
    const { el } = await mount({ sim });
    await loaded(el);
    expect(el.shadowRoot!.querySelectorAll('tr[data-payment]')).to.have.length(25);
    button(el, 'Load more').click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tr[data-payment]').length === list.length);
    expect(() => button(el, 'Load more')).to.throw();
    expect(requestsTo(sim, 'GET', '/payments')[1]!.search).to.include('cursor=');
  });

  it('rechecks a pending payment in place: busy while asking, completed on the 2nd recheck, balance refreshed', async () => {
    const { el, sim } = await mount({ latency: 60 });
    await loaded(el);
    const pending = seeded(sim, 'org_42', (p) => p.status === 'pending');
    const recheck = rowButton(el, pending.id, 'recheck');
    recheck.click();
    await el.updateComplete;
    // Busy, it stays focusable: aria-disabled, never `disabled` (#22.3).
    expect(recheck.getAttribute('aria-disabled')).to.equal('true');
    expect(recheck.disabled).to.equal(false);
    expect(recheck.getAttribute('aria-busy')).to.equal('true');
    recheck.click(); // a double click asks once
    await waitUntil(() => rowButton(el, pending.id, 'recheck').getAttribute('aria-disabled') === 'false');
    expect(requestsTo(sim, 'POST', `/payments/${pending.id}/recheck`)).to.have.length(1);
    await waitForText(el, `Payment ${pending.id} is still pending`);
    expect(row(el, pending.id).textContent).to.include('Pending');

    sim.resetRequests();
    rowButton(el, pending.id, 'recheck').click();
    await waitForText(el, `Payment ${pending.id} is completed`);
    expect(row(el, pending.id).textContent).to.include('Completed');
    expect(rowActions(el, pending.id)).to.not.include('recheck');
    // Updated in place (no list reload) and the balance and purchase history asked to refresh.
    expect(requestsTo(sim, 'GET', '/payments')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refreshes the balance and purchase history readers when a recheck completes a payment', async () => {
    const { el, sim, provider } = await mount();
    await loaded(el);
    const store = provider.store!;
    const { creditsSummary, transactions } = await import('../../src/state/resources.js');
    const stop = [store.subscribe(creditsSummary, undefined, () => {}), store.subscribe(transactions, { direction: 'addition' }, () => {})];
    await waitUntil(
      () => requestsTo(sim, 'GET', '/credits').length === 1 && requestsTo(sim, 'GET', '/credits/transactions').length === 1,
      `readers never loaded: ${sim.requests.map((r) => r.path).join(', ')}`,
    );
    const pending = seeded(sim, 'org_42', (p) => p.status === 'pending');
    rowButton(el, pending.id, 'recheck').click();
    await waitForText(el, 'is still pending');
    expect(requestsTo(sim, 'GET', '/credits')).to.have.length(1);
    rowButton(el, pending.id, 'recheck').click();
    await waitForText(el, 'is completed');
    await waitUntil(
      () => requestsTo(sim, 'GET', '/credits').length === 2 && requestsTo(sim, 'GET', '/credits/transactions').length === 2,
      'balance and purchase history were not refreshed',
    );
    stop.forEach((s) => s());
  });

  it('shows a recheck failure with the request id, keeping the row', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const pending = seeded(sim, 'org_42', (p) => p.status === 'pending');
    sim.failNext(`POST /payments/${pending.id}/recheck`, { status: 503 });
    rowButton(el, pending.id, 'recheck').click();
    await waitForText(el, 'The payment could not be rechecked.');
    expect(el.shadowRoot!.querySelector('.notice-error .request-id')).to.not.equal(null);
    expect(rowButton(el, pending.id, 'recheck').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('polls a generating invoice with backoff until it settles, then stops', async function () {
    this.timeout(15_000);
    let clock = new Date('2026-11-03T08:15:00Z');
    const sim = createSimulator({ now: () => clock });
    const { el } = await mount({ sim });
    await loaded(el);
    const generating = seeded(sim, 'org_42', (p) => p.invoice.status === 'generating');
    const polls = () => requestsTo(sim, 'GET', `/payments/${generating.id}`).length;
    expect(el.pollingPayments).to.deep.equal([generating.id]);
    await waitUntil(() => polls() === 1, 'no first poll', { timeout: 2000 });
    await aTimeout(1200);
    expect(polls(), 'the second poll waits 2 s').to.equal(1);
    clock = new Date(clock.getTime() + 1500); // the simulated invoice is ready now
    await waitUntil(() => polls() === 2, 'no second poll', { timeout: 2000 });
    await waitUntil(() => rowActions(el, generating.id).join() === 'details,invoice', 'the invoice never became ready');
    // Generating since before the page loaded, not asked for here: the row changes, nothing is announced (#22.8).
    expect(shadowText(el)).not.to.include('is ready');
    expect(el.pollingPayments).to.deep.equal([]);
    await aTimeout(2500);
    expect(polls(), 'no polling after it settled').to.equal(2);
  });

  it('stops polling when removed from the page', async function () {
    this.timeout(10_000);
    const clock = new Date('2026-11-03T08:15:00Z');
    const sim = createSimulator({ now: () => clock });
    const { el } = await mount({ sim });
    await loaded(el);
    const generating = seeded(sim, 'org_42', (p) => p.invoice.status === 'generating');
    expect(el.pollingPayments).to.have.length(1);
    el.remove();
    expect(el.pollingPayments).to.deep.equal([]);
    await aTimeout(2500);
    expect(requestsTo(sim, 'GET', `/payments/${generating.id}`)).to.have.length(0);
  });

  it('generates an invoice, says so while generating, and offers it when ready', async function () {
    this.timeout(10_000);
    const { el, sim } = await mount({ invoiceDelayMs: 500 });
    await loaded(el);
    const waiting = seeded(sim, 'org_42', (p) => p.invoice.status === 'not_generated');
    rowButton(el, waiting.id, 'generate-invoice').click();
    await waitUntil(() => row(el, waiting.id).textContent!.includes('Generating invoice…'));
    expect(requestsTo(sim, 'POST', `/payments/${waiting.id}/invoice`)).to.have.length(1);
    await waitUntil(() => rowActions(el, waiting.id).includes('invoice'), 'invoice never became ready', { timeout: 5000 });
  });

  it('retries a failed invoice; a failing generation ends in Retry Invoice again', async function () {
    this.timeout(10_000);
    const { el, sim } = await mount({ invoiceDelayMs: 300 });
    await loaded(el);
    const failed = seeded(sim, 'org_42', (p) => p.invoice.status === 'failed');
    sim.failNext(`INVOICE /payments/${failed.id}`);
    rowButton(el, failed.id, 'retry-invoice').click();
    await waitForText(el, `The invoice for payment ${failed.id} could not be generated`, 5000);
    expect(rowActions(el, failed.id)).to.deep.equal(['details', 'retry-invoice']);
    rowButton(el, failed.id, 'retry-invoice').click();
    await waitUntil(() => rowActions(el, failed.id).includes('invoice'), 'retry never succeeded', { timeout: 5000 });
  });

  it('downloads the invoice PDF through the client with the auth header, under the server\'s filename', async () => {
    const sim = createSimulator({ token: 'secret-token' });
    const { el, provider } = await mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, { sim });
    provider.tokenProvider = async () => 'secret-token';
    await loaded(el);
    const ready = seeded(sim, 'org_42', (p) => p.invoice.status === 'ready');
    const downloads = captureDownloads();
    const revoked: string[] = [];
    const revoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revoke(url);
    };
    try {
      rowButton(el, ready.id, 'invoice').click();
      await waitUntil(() => downloads.saved.length === 1, 'no download');
      expect(downloads.saved[0]!.filename).to.equal(`${ready.invoice.number}.pdf`);
      expect(downloads.saved[0]!.href).to.match(/^blob:/);
      const pdf = requestsTo(sim, 'GET', `/payments/${ready.id}/invoice.pdf`);
      expect(pdf).to.have.length(1);
      expect(pdf[0]!.headers.authorization).to.equal('Bearer secret-token');
      await waitUntil(() => revoked.includes(downloads.saved[0]!.href), 'object URL never revoked');
      expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
      await waitForText(el, `Downloaded ${ready.invoice.number}.pdf.`);
    } finally {
      downloads.restore();
      URL.revokeObjectURL = revoke;
    }
  });

  it('opens the details sheet as a modal dialog: focus inside, Escape closes, focus back on the row', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const payment = seeded(sim, 'org_42', (p) => p.status === 'completed' && p.tax !== null && p.invoice.status === 'ready');
    const details = rowButton(el, payment.id, 'details');
    details.focus();
    details.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
    await waitUntil(() => dialog.open);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    for (const part of ['Credits Purchase', 'Subtotal', 'GST (18%)', 'Total', 'Gateway reference', payment.gateway_reference!, 'Created at', 'Completed at', 'Ready', payment.invoice.number!])
      expect(text).to.include(part);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.shadowRoot!.activeElement === details, 'focus never returned to Details');
  });

  it('shows the remark of a custom payment in the sheet and closes with the Close button', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const custom = seeded(sim, 'org_42', (p) => p.kind === 'custom');
    rowButton(el, custom.id, 'details').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
    await waitUntil(() => dialog.open);
    expect(dialog.textContent).to.include('Custom watermark setup fee');
    expect(dialog.textContent).to.not.include('Credits Purchase');
    $(el, '[data-close-sheet]').click();
    await waitUntil(() => !dialog.open);
    await waitUntil(() => el.shadowRoot!.activeElement === rowButton(el, custom.id, 'details'), 'focus never returned to Details');
  });

  it('Configure Billing emits credits-navigate; a cancelled event opens nothing', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us' });
    await loaded(el);
    const waiting = seeded(sim, 'org_trial_us', (p) => p.invoice.status === 'awaiting_billing_details');
    const targets: string[] = [];
    const cancel = (e: Event) => {
      targets.push((e as CustomEvent).detail.target);
      e.preventDefault();
    };
    el.addEventListener('credits-navigate', cancel);
    rowButton(el, waiting.id, 'configure-billing').click();
    await el.updateComplete;
    expect(targets).to.deep.equal(['billing']);
    expect(el.shadowRoot!.querySelector('billing-details-form')).to.equal(null);
    el.removeEventListener('credits-navigate', cancel);
  });

  it('Configure Billing opens the billing form inline when nobody handles it; saving makes the invoice generatable', async () => {
    const { el, sim } = await mount({ organisation: 'org_trial_us' });
    await loaded(el);
    const waiting = seeded(sim, 'org_trial_us', (p) => p.invoice.status === 'awaiting_billing_details');
    rowButton(el, waiting.id, 'configure-billing').click();
    await waitUntil(() => el.shadowRoot!.querySelector('billing-details-form'));
    const form = el.shadowRoot!.querySelector('billing-details-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form'), 'the inline form never rendered');
    expect(form.shadowRoot!.activeElement?.id).to.equal('billing-title');
    const set = (name: string, value: string) => {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const country = form.shadowRoot!.querySelector<HTMLSelectElement>('[name="address.country"]')!;
    country.value = 'US';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    set('business_name', 'Boston Running Club Inc');
    set('billing_email', 'billing@bostonrunning.org');
    set('address.line1', '1 Boylston St');
    set('address.city', 'Boston');
    set('address.postal_code', '02116');
    await form.updateComplete;
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => rowActions(el, waiting.id).includes('generate-invoice'), 'the payment never became generatable');
    await expect(el).to.be.accessible();
    button(el, 'Close billing details').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('billing-details-form'));
    expect(el.shadowRoot!.activeElement).to.equal(rowButton(el, waiting.id, 'generate-invoice'));
  });

  it('drops the open sheet and messages on an organisation switch', async () => {
    const { el, sim, provider } = await mount();
    await loaded(el);
    const payment = seeded(sim, 'org_42', (p) => p.status === 'failed');
    rowButton(el, payment.id, 'details').click();
    const dialog = $<HTMLDialogElement>(el, 'dialog.sheet');
    await waitUntil(() => dialog.open);
    provider.organisation = 'org_trial_us';
    await waitUntil(() => !dialog.open);
    await waitForText(el, 'PayGlocal');
    expect(shadowText(el)).to.not.include(payment.id);
  });
});
