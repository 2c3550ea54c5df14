import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CreditsElement } from '../../src/base/credits-element.js';
import { ResourceController } from '../../src/state/resource-controller.js';
import { creditsSummary } from '../../src/state/resources.js';
import type { Outcome } from '../../src/simulator/index.js';
import { $, button, requestsTo, shadowText, waitForText } from '../support.js';
import { heading, mountWizard, payButton, press, toPayment, typeInto, waitForOutcome } from './wizard-helpers.js';

/** Another element in the same provider showing the balance. */
class WizardBalanceProbe extends CreditsElement {
  readonly summary = new ResourceController(this, creditsSummary);
  protected override render() {
    const data = this.summary.state.data;
    return html`<p>${data ? `Balance ${data.available_credits}` : 'loading'}</p>`;
  }
}
customElements.define('wizard-balance-probe', WizardBalanceProbe);

const keys = (sim: Parameters<typeof requestsTo>[0]) => requestsTo(sim, 'POST', '/purchases').map((r) => r.headers['idempotency-key']);
const paymentsOf = (sim: Parameters<typeof requestsTo>[0], org = 'org_42') => sim.state.orgs[org]!.payments.length;

describe('<purchase-wizard>: payment', () => {
  it('completed: success screen, credits-purchase-complete, and other elements refresh the balance', async () => {
    const { el, sim, provider } = await mountWizard({ extra: html`<wizard-balance-probe></wizard-balance-probe>` });
    const probe = provider.querySelector('wizard-balance-probe')!;
    await waitForText(probe, 'Balance 12500');
    const creditsReads = requestsTo(sim, 'GET', '/credits').length;
    await toPayment(el, { credits: '5000' });
    const done = oneEvent(el, 'credits-purchase-complete');
    payButton(el).click();
    const event = await done;
    expect(event.detail.payment.status).to.equal('completed');
    await waitForOutcome(el, 'completed');
    expect(shadowText(el)).to.include('5,000 credits were added to your balance.');
    await waitForText(probe, 'Balance 17500');
    expect(requestsTo(sim, 'GET', '/credits').length).to.equal(creditsReads + 1);
    expect(requestsTo(sim, 'POST', `/payments/${event.detail.payment.id}/recheck`)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a double click makes one POST /purchases', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el);
    const before = paymentsOf(sim);
    const pay = payButton(el);
    pay.click();
    pay.click();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitForOutcome(el, 'completed');
    expect(requestsTo(sim, 'POST', '/purchases')).to.have.length(1);
    expect(paymentsOf(sim)).to.equal(before + 1);
  });

  it('a retry after the answer was lost reuses the key: one payment', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el);
    const before = paymentsOf(sim);
    sim.failNext('POST /purchases', { mode: 'commit-then-network-error' });
    payButton(el).click();
    await waitForText(el, 'not be charged twice');
    await expect(el).to.be.accessible();
    expect(paymentsOf(sim)).to.equal(before + 1); // the server did create it
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    const sent = keys(sim);
    expect(sent).to.have.length(2);
    expect(sent[0]).to.be.a('string').and.equal(sent[1]);
    expect(paymentsOf(sim)).to.equal(before + 1);
  });

  it('a re-render does not change the key; changing the order does', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el);
    sim.failNext('POST /purchases', { status: 503 });
    payButton(el).click();
    await waitForText(el, 'The payment did not start');
    el.requestUpdate();
    await el.updateComplete;
    sim.failNext('POST /purchases', { status: 503 });
    payButton(el).click();
    await waitUntil(() => keys(sim).length === 2 && !payButton(el).disabled && payButton(el).getAttribute('aria-disabled') !== 'true');
    await waitForText(el, 'The payment did not start');
    await press(el, 'Back');
    await press(el, 'Back');
    await typeInto(el, '#credits', '6000');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    await press(el, 'Continue to payment');
    expect($<HTMLInputElement>(el, '#refund').checked, 'the acceptance is kept').to.equal(true);
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    const sent = keys(sim);
    expect(sent).to.have.length(3);
    expect(sent[0]).to.equal(sent[1]);
    expect(sent[2]).not.to.equal(sent[1]);
  });

  it('400 already_subscribed is shown in words and the order is kept', async () => {
    const { el, sim } = await mountWizard({ organisation: 'org_expired' });
    await toPayment(el, { kind: 'pro_subscription', credits: '2000' });
    sim.failNext('POST /purchases', { status: 400, code: 'already_subscribed', message: 'This organisation already has Pro.' });
    payButton(el).click();
    await waitForText(el, 'already has an active Pro subscription');
    expect(heading(el)).to.equal('Payment');
    expect($<HTMLInputElement>(el, '#refund').checked).to.equal(true);
    await expect(el).to.be.accessible();
    await press(el, 'Back');
    await press(el, 'Back');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('2000');
  });

  it('400 min_credits and other errors are shown in words with the request id', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el);
    sim.failNext('POST /purchases', { status: 400, code: 'min_credits', message: 'Pay-as-you-go purchases need at least 1,000 credits.' });
    payButton(el).click();
    await waitForText(el, 'needs at least 1,000 credits');
    expect(shadowText(el)).to.match(/Request ID: req_\d+/);
    button(el, 'Change the order').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('5000');
  });

  for (const [outcome, shown, text] of [
    ['failed', 'failed', 'Payment failed'],
    ['cancelled', 'cancelled', 'Payment cancelled'],
  ] as const) {
    it(`gateway ${outcome}: says so, and Try again pays with a new key`, async () => {
      const { el, sim } = await mountWizard();
      sim.setGatewayOutcome(outcome as Outcome);
      await toPayment(el);
      payButton(el).click();
      await waitForOutcome(el, shown);
      expect(shadowText(el)).to.include(text);
      await expect(el).to.be.accessible();
      sim.setGatewayOutcome('completed');
      await press(el, 'Try again');
      expect(heading(el)).to.equal('Payment');
      payButton(el).click();
      await waitForOutcome(el, 'completed');
      const sent = keys(sim);
      expect(sent).to.have.length(2);
      expect(sent[0]).not.to.equal(sent[1]);
    });
  }

  it('gateway pending: credits-payment-pending and a way to the payments list with Recheck', async () => {
    const { el, sim } = await mountWizard();
    sim.setGatewayOutcome('pending');
    await toPayment(el);
    const pending = oneEvent(el, 'credits-payment-pending');
    payButton(el).click();
    expect((await pending).detail.payment.status).to.equal('pending');
    await waitForOutcome(el, 'pending');
    await expect(el).to.be.accessible();
    const navigate = oneEvent(el, 'credits-navigate');
    button(el, 'Open payments').click();
    expect((await navigate).detail.target).to.equal('billing');
  });

  it('a gateway that throws: shown in words, the same key for the retry', async () => {
    const { el, sim, provider } = await mountWizard();
    let calls = 0;
    provider.gateways = [
      {
        name: 'razorpay',
        pay: async () => {
          calls += 1;
          if (calls === 1) throw new Error('Razorpay checkout could not be loaded.');
          return 'cancelled';
        },
      },
    ];
    await toPayment(el);
    payButton(el).click();
    await waitForText(el, 'could not be loaded');
    payButton(el).click();
    await waitForOutcome(el, 'cancelled');
    const sent = keys(sim);
    expect(sent[0]).to.equal(sent[1]);
  });

  it('USD orders go to the payglocal adapter', async () => {
    const { el, provider } = await mountWizard({ organisation: 'org_trial_us' });
    const seen: string[] = [];
    provider.gateways = [{ name: 'payglocal', pay: async (checkout) => (seen.push(checkout.gateway), 'pending') }];
    await toPayment(el);
    expect(button(el, 'Pay with PayGlocal').disabled).to.equal(false);
    payButton(el).click();
    await waitForOutcome(el, 'pending');
    expect(seen).to.deep.equal(['payglocal']);
  });

  it('resumes a payment the user comes back to from a redirect gateway', async () => {
    const { el, sim } = await mountWizard();
    sim.setGatewayOutcome('pending');
    await toPayment(el);
    payButton(el).click();
    await waitForOutcome(el, 'pending');
    const id = shadowText(el).match(/pay_\d+/)![0];
    // The recheck after the gateway was the 1st; the 2nd completes it in the simulator.
    const resumed = await el.resumeReturnedPayment(`${location.origin}/?credits_payment=${id}`);
    expect(resumed).to.equal(true);
    await waitForOutcome(el, 'completed');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-heading');
  });
});
