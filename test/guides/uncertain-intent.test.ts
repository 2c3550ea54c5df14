/**
 * Issue 15 rule 8 through <credits-area> itself: after a 503 on the purchase
 * POST, leaving the purchase (Back to Credits) and buying the same order again
 * resumes it with the same Idempotency-Key (one payment); coming back with a
 * different order shows the uncertain payment with Recheck first.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { createSimulatedGateway, createSimulator, type Simulator } from '../../src/simulator/index.js';
import { $, button, requestsTo, shadowText } from '../support.js';
import { payButton, reviewAndAccept, toPayment, typeInto, waitForOutcome, choosePlan, press } from '../elements/wizard-helpers.js';

async function mountArea(sim: Simulator) {
  const gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  return fixture<CreditsArea>(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" view="purchase" .gateways=${gateways} .fetch=${sim.fetch}></credits-area>`);
}

const provided = (area: CreditsArea) => area.shadowRoot!.querySelector('credits-provider')!;
async function wizardOf(area: CreditsArea): Promise<PurchaseWizard> {
  await waitUntil(() => provided(area).querySelector('purchase-wizard')?.shadowRoot?.querySelector('#step-heading'), 'no wizard step', { timeout: 6000 });
  const wizard = provided(area).querySelector('purchase-wizard') as PurchaseWizard;
  wizard.quoteDelay = 0;
  return wizard;
}
const keys = (sim: Simulator) => requestsTo(sim, 'POST', '/purchases').map((r) => r.headers['idempotency-key']);

/** 503 after the POST (the server made the payment; the answer was lost), then Back to Credits and Purchase Credits again. */
async function sendUnansweredThenComeBack(sim: Simulator, mode: 'commit-then-network-error' | 'network-error' = 'commit-then-network-error') {
  const area = await mountArea(sim);
  const first = await wizardOf(area);
  await toPayment(first, { credits: '5000' });
  sim.failNext('POST /purchases', { status: 503, mode });
  payButton(first).click();
  await waitUntil(() => first.shadowRoot!.querySelector('.error-panel'), `no error shown: ${shadowText(first).slice(0, 200)}`);
  $(area, '[part="back"]').click();
  await waitUntil(() => area.view === 'credits', 'Back to Credits did not go back');
  const balance = await waitUntil(() => provided(area).querySelector('credits-balance')?.shadowRoot?.querySelector('[part="purchase-button"]'), 'no Purchase Credits', { timeout: 6000 }).then(
    () => provided(area).querySelector('credits-balance')!,
  );
  $(balance, '[part="purchase-button"]').click();
  await waitUntil(() => area.view === 'purchase', 'Purchase Credits did not open the purchase');
  const again = await wizardOf(area);
  expect(again).not.to.equal(first);
  return { area, again };
}

describe('guides: an uncertain purchase in <credits-area> (issue 15 rule 8)', () => {
  it('the same order again: the same Idempotency-Key, and one payment on the server', async () => {
    const sim = createSimulator();
    const before = sim.state.orgs.org_42!.payments.length;
    const { again } = await sendUnansweredThenComeBack(sim);
    await toPayment(again, { credits: '5000' });
    expect(again.shadowRoot!.querySelector('[part="uncertain"]'), 'the same order is resumed, not questioned').to.equal(null);
    payButton(again).click();
    await waitForOutcome(again, 'completed');
    const sent = keys(sim);
    expect(sent).to.have.length(2);
    expect(sent[1]).to.equal(sent[0]);
    expect(sim.state.orgs.org_42!.payments.length - before).to.equal(1);
  });

  it('a different order: the uncertain payment is shown with Recheck, which finds it (still pending); nothing is sent twice', async () => {
    const sim = createSimulator();
    const { again } = await sendUnansweredThenComeBack(sim);
    await choosePlan(again, 'credits');
    await press(again, 'Next');
    await typeInto(again, '#credits', '6000');
    const notice = await waitUntil(() => again.shadowRoot!.querySelector('[part="uncertain"]'), 'the uncertain payment is not shown').then(() => $(again, '[part="uncertain"]'));
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.include('Your earlier order of 5,000 credits got no answer from the server: it may have gone through.');
    const made = sim.state.orgs.org_42!.payments[0]!.payment;
    button(again, 'Recheck').click();
    await waitUntil(() => shadowText(again).includes(`Payment ${made.id} is still pending: do not pay for it again.`), `Recheck found nothing: ${notice.textContent}`);
    expect(keys(sim)).to.have.length(1);
    await expect(again).to.be.accessible();
    // Dismissed, the new order goes on with its own key.
    button(again, 'OK').click();
    await reviewAndAccept(again);
    payButton(again).click();
    await waitForOutcome(again, 'completed');
    const sent = keys(sim);
    expect(sent).to.have.length(2);
    expect(sent[1]).not.to.equal(sent[0]);
  });

  it('a different order, when the server never got the first: Recheck says no payment was made', async () => {
    const sim = createSimulator();
    const before = sim.state.orgs.org_42!.payments.length;
    const { again } = await sendUnansweredThenComeBack(sim, 'network-error');
    await choosePlan(again, 'credits');
    await press(again, 'Next');
    await typeInto(again, '#credits', '6000');
    await waitUntil(() => again.shadowRoot!.querySelector('[part="uncertain"]'), 'the uncertain payment is not shown');
    button(again, 'Recheck').click();
    await waitUntil(() => shadowText(again).includes('No payment was made for it: nothing was charged.'), 'no answer from Recheck');
    expect(sim.state.orgs.org_42!.payments.length).to.equal(before);
  });
});
