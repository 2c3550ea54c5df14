/**
 * Issue 15, rule 13: with `routing="history"`, browser Back and Forward in the
 * middle of a purchase keep the wizard's step and order (the purchase entry's
 * history state carries them; popstate restores them).
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-area/define.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { createSimulator } from '../../src/simulator/index.js';
import { heading, press, typeInto, choosePlan } from '../elements/wizard-helpers.js';
import { waitForText } from '../support.js';

const wizardIn = (area: CreditsArea) => area.shadowRoot!.querySelector<PurchaseWizard>('purchase-wizard');

async function wizardReady(area: CreditsArea): Promise<PurchaseWizard> {
  await waitUntil(() => wizardIn(area)?.shadowRoot?.querySelector('#step-heading'), 'the wizard never showed a step', { timeout: 4000 });
  const wizard = wizardIn(area)!;
  wizard.quoteDelay = 0;
  await wizard.updateComplete;
  return wizard;
}

async function travel(direction: 'back' | 'forward', area: CreditsArea): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  window.history[direction]();
  await popped;
  await area.updateComplete;
}

describe('hostile round 2: history navigation mid-purchase', () => {
  let initial: string;
  beforeEach(() => (initial = window.location.href));
  afterEach(() => {
    fixtureCleanup();
    window.history.replaceState(null, '', initial);
  });

  it('Review with 5,000 credits, then Back and Forward: still Review, still 5,000 credits', async () => {
    window.history.replaceState(null, '', '/credits');
    const sim = createSimulator();
    const area = await fixture<CreditsArea>(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" routing="history" .fetch=${sim.fetch}></credits-area>`);
    area.show('purchase');
    await area.updateComplete;
    expect(window.location.pathname).to.equal('/credits/purchase');
    let wizard = await wizardReady(area);
    if (heading(wizard) === 'Choose a plan') {
      await choosePlan(wizard, 'credits');
      await press(wizard, 'Next');
    }
    await typeInto(wizard, '#credits', '5000');
    await press(wizard, 'Next');
    await waitForText(wizard, 'Price confirmed');
    expect(heading(wizard)).to.equal('Review your order');

    await travel('back', area);
    expect(area.view).to.equal('credits');
    await travel('forward', area);
    expect(area.view).to.equal('purchase');
    wizard = await wizardReady(area);
    expect(heading(wizard)).to.equal('Review your order');
    await waitForText(wizard, 'Price confirmed');
    expect(wizard.shadowRoot!.textContent).to.include('5,000');

    // Back from Review still reaches the Credits step with the order kept.
    await press(wizard, 'Back');
    expect(wizard.shadowRoot!.querySelector<HTMLInputElement>('#credits')!.value).to.equal('5000');
  });

  it('a new purchase from the Credits tab starts afresh (the restored order belongs to its history entry only)', async () => {
    window.history.replaceState(null, '', '/credits');
    const sim = createSimulator();
    const area = await fixture<CreditsArea>(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" routing="history" .fetch=${sim.fetch}></credits-area>`);
    area.show('purchase');
    await area.updateComplete;
    let wizard = await wizardReady(area);
    if (heading(wizard) === 'Choose a plan') {
      await choosePlan(wizard, 'credits');
      await press(wizard, 'Next');
    }
    await typeInto(wizard, '#credits', '7000');
    area.show('credits');
    await area.updateComplete;
    area.show('purchase');
    await area.updateComplete;
    wizard = await wizardReady(area);
    expect(heading(wizard)).to.equal('Choose a plan');
  });
});
