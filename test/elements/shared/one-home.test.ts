/**
 * #14.3 one home per concern: the paged lists share one footer (status, list
 * notice, Load more, and the shared error panel with Retry when a next page
 * fails); a purchase kind has one name wherever it is shown.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { createSimulator, STRESS_PARTNER_VIEWER } from '../../../src/simulator/index.js';
import { kindName, planTitle } from '../../../src/ui/kind-labels.js';
import { $, button, mountInProvider, shadowText, waitForText } from '../../support.js';
import { choosePlan, mountWizard, payButton, press, toPayment, waitForOutcome } from '../wizard-helpers.js';

const lists = [
  {
    tag: 'usage-table',
    more: 'More entries could not be loaded.',
    rows: 'tbody [role="row"], .tbody [role="row"]',
    load: 'GET /credits/transactions',
    loaded: (el: Element) => shadowText(el).includes('Showing 200 entries'),
    mount: () => mountInProvider(html`<usage-table></usage-table>`),
  },
  {
    tag: 'payments-list',
    more: 'More payments could not be loaded.',
    rows: 'tr[data-payment]',
    load: 'GET /payments',
    loaded: (el: Element) => el.shadowRoot!.querySelectorAll('tr[data-payment]').length > 25,
    mount: () => {
      const sim = createSimulator();
      const list = sim.state.orgs.org_42!.payments;
      const last = list[list.length - 1]!;
      for (let i = 0; i < 20; i++) list.push({ ...last, payment: { ...last.payment, id: `pay_old_${i}`, invoice: { ...last.payment.invoice } } });
      return mountInProvider(html`<payments-list></payments-list>`, { sim });
    },
  },
  {
    tag: 'credits-organisations',
    more: 'More organisations could not be loaded.',
    rows: '[data-index]',
    load: 'GET /organisations',
    loaded: (el: Element) => shadowText(el).includes('Showing 200 organisations'),
    mount: () => mountInProvider(html`<credits-organisations></credits-organisations>`, { viewer: STRESS_PARTNER_VIEWER, organisation: 'org_p00001' }),
  },
] as const;

describe('#14 one load-more footer for every paged list', function () {
  this.timeout(30_000);
  // Past one page the lists virtualise; the virtualizer's ResizeObserver notice is benign (see usage-table.test.ts).
  let mochaOnError: OnErrorEventHandler = null;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : mochaOnError?.call(window, message, ...rest));
  });
  after(() => (window.onerror = mochaOnError));
  for (const list of lists) {
    it(`${list.tag}: a failed next page shows the shared error panel (why, request id, Retry) under the rows it keeps; Retry loads it`, async () => {
      const { el, sim } = await list.mount();
      await waitForText(el, 'Load more', 8000);
      const before = el.shadowRoot!.querySelectorAll(list.rows).length;
      expect(before).to.be.greaterThan(0);
      sim.failNext(list.load, { status: 503, times: 4 });
      button(el, 'Load more').click();
      await waitForText(el, list.more, 8000);
      const panel = $(el, '.foot .error-panel[role="alert"]');
      expect(panel.textContent).to.include(list.more).and.include('The server had a problem');
      expect(panel.textContent).to.match(/Request ID: req_\d+/);
      expect(el.shadowRoot!.querySelectorAll(list.rows).length).to.equal(before);
      expect(() => button(el, 'Load more')).to.throw();
      await expect(el).to.be.accessible();
      const retry = panel.querySelector('button')!;
      expect(retry.textContent!.trim()).to.equal('Retry');
      retry.click();
      await waitUntil(() => list.loaded(el), 'Retry loaded no rows', { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('.foot .error-panel')).to.equal(null);
    });
  }
});

describe('#14 one name per purchase kind', function () {
  this.timeout(20_000);
  it('names: Credits Purchase, Pro Subscription, Custom Payment; the credits plan card keeps its call to action', () => {
    expect(['credits', 'pro_subscription', 'custom'].map(kindName)).to.deep.equal(['Credits Purchase', 'Pro Subscription', 'Custom Payment']);
    expect(['credits', 'pro_subscription', 'custom'].map(planTitle)).to.deep.equal(['Add Credits', 'Pro Subscription', 'Custom Payment']);
  });

  it('the wizard names the chosen plan, the review and the success screen with the kind name; the payments sheet with the same', async () => {
    const { el, provider } = await mountWizard();
    expect($(el, '[data-kind="credits"] strong').textContent!.trim()).to.equal('Add Credits');
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    expect(shadowText(el)).to.include('Plan: Credits Purchase');
    await toPayment(el, { credits: '5000' });
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    const facts = [...el.shadowRoot!.querySelectorAll('[data-outcome="completed"] .receipt > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]);
    expect(facts.find(([term]) => term === 'Purchase')).to.deep.equal(['Purchase', 'Credits Purchase']);
    const paymentId = $(el, '[data-outcome="completed"] .mono').textContent!.trim();
    const payments = document.createElement('payments-list');
    provider.append(payments);
    await waitUntil(() => payments.shadowRoot?.querySelector(`tr[data-payment="${paymentId}"]`), 'the new payment is not listed', { timeout: 6000 });
    payments.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payment="${paymentId}"] button[data-action="details"]`)!.click();
    await waitUntil(() => payments.shadowRoot!.querySelector('dialog.sheet[open]'), 'no details sheet');
    expect(payments.shadowRoot!.querySelector('dialog.sheet')!.textContent).to.include('Credits Purchase');
  });
});
