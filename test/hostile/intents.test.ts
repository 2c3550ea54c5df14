/**
 * Issue 15, rules 7 and 8: a 409 keeps the intent and its Idempotency-Key (and
 * refetches the payments); an uncertain intent (503, network error after the
 * POST) survives leaving the wizard: buying the same order again resumes it with
 * the same key. Figure: payments created vs intents (equal).
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { requestsTo, shadowText } from '../support.js';
import { mountWizard, payButton, toPayment, waitForOutcome } from '../elements/wizard-helpers.js';
import { recordFigures } from './support.js';
import '../../src/index.js';

const figures = { intents: 0, payments: 0 };
const keysOf = (posts: { headers: Record<string, string> }[]) => posts.map((p) => p.headers['idempotency-key']);

describe('hostile round 2: purchase intents', () => {
  afterEach(() => fixtureCleanup());
  after(() =>
    recordFigures('intents', [
      { figure: 'purchase intents (409, 503 then leaving the wizard)', value: figures.intents, expected: null },
      { figure: 'payments created for them', value: figures.payments, expected: figures.intents, note: 'one per intent' },
    ]),
  );

  it('409 (key still being processed): the next Pay sends the same key and one payment', async () => {
    const { el, sim } = await mountWizard();
    const before = sim.state.orgs.org_42!.payments.length;
    await toPayment(el, { credits: '5000' });
    sim.failNext('POST /purchases', { status: 409, code: 'conflict', message: 'This request is still being processed.' });
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-panel'), 'no error shown after the 409');
    await waitUntil(() => !payButton(el).disabled && payButton(el).getAttribute('aria-disabled') !== 'true', 'Pay never came back');
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    const keys = keysOf(requestsTo(sim, 'POST', '/purchases'));
    expect(keys).to.have.length(2);
    expect(new Set(keys).size).to.equal(1);
    const created = sim.state.orgs.org_42!.payments.length - before;
    figures.intents += 1;
    figures.payments += created;
    expect(created).to.equal(1);
  });

  it('503 after the POST, then leaving the wizard and buying the same order again: the same key, one payment', async () => {
    const { el, sim, provider } = await mountWizard();
    const before = sim.state.orgs.org_42!.payments.length;
    await toPayment(el, { credits: '5000' });
    sim.failNext('POST /purchases', { status: 503, mode: 'commit-then-network-error' });
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-panel'), `no error shown: ${shadowText(el).slice(0, 200)}`);
    // Leave the wizard: a new one in the same provider (as <credits-area> does on Back / a new purchase).
    el.remove();
    const again = document.createElement('purchase-wizard') as PurchaseWizard;
    again.quoteDelay = 0;
    provider.append(again);
    await waitUntil(() => again.shadowRoot?.querySelector('#step-heading'), 'the new wizard never showed a step');
    await toPayment(again, { credits: '5000' });
    payButton(again).click();
    await waitForOutcome(again, 'completed');
    const keys = keysOf(requestsTo(sim, 'POST', '/purchases'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    const created = sim.state.orgs.org_42!.payments.length - before;
    figures.intents += 1;
    figures.payments += created;
    expect(created).to.equal(1);
  });
});
