/** <purchase-wizard>: where the balance will be (current balance, balance after purchase), quick picks and the advice's suggestion. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/credits-balance/define.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { $, button, mountInProvider, shadowText, waitForText } from '../support.js';
import { choosePlan, heading, mountWizard, press, summaryTotal, typeInto } from './wizard-helpers.js';

const fact = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const pressed = (el: Element) => [...el.shadowRoot!.querySelectorAll('.quick-picks button[aria-pressed="true"]')].map((b) => b.textContent!.trim());
const liveRegion = (el: Element) => $(el, '.live [aria-live="polite"]').textContent!.replace(/\s+/g, ' ').trim();

async function toCreditsStep(el: PurchaseWizard) {
  await press(el, 'Next');
  await waitUntil(() => el.shadowRoot!.querySelector('.balance-context'), 'no balance context on the Credits step');
}

describe('<purchase-wizard>: balance context', () => {
  it('the Credits step shows the current balance and the balance after this purchase, following the quantity', async () => {
    const { el } = await mountWizard(); // org_42: 12,500 credits
    await toCreditsStep(el);
    expect(fact(el, '.current-balance')).to.equal('12,500 credits');
    expect(fact(el, '.balance-after')).to.equal('13,500 credits'); // the minimum, 1,000
    await typeInto(el, '#credits', '5,000');
    expect(fact(el, '.balance-after')).to.equal('17,500 credits');
    // The live region says it once the typing pauses (#22.8).
    await waitUntil(() => liveRegion(el).includes('Balance after purchase: 17,500 credits'), `live region: ${liveRegion(el)}`);
    await typeInto(el, '#credits', '1,25,000');
    expect(fact(el, '.balance-after')).to.equal('1,37,500 credits');
    await typeInto(el, '#credits', '12.5');
    expect(fact(el, '.balance-after')).to.equal('—');
    expect(fact(el, '.current-balance')).to.equal('12,500 credits');
    await expect(el).to.be.accessible();
  });

  it('a negative balance adds up exactly (org_payg)', async () => {
    const { el } = await mountWizard({ organisation: 'org_payg' });
    await toCreditsStep(el);
    expect(fact(el, '.current-balance')).to.equal('−250 credits');
    await typeInto(el, '#credits', '5000');
    expect(fact(el, '.balance-after')).to.equal('4,750 credits');
  });

  it('the Review step repeats the balance after purchase', async () => {
    const { el } = await mountWizard();
    await toCreditsStep(el);
    await typeInto(el, '#credits', '5000');
    await press(el, 'Next');
    expect(heading(el)).to.equal('Review your order');
    expect(shadowText(el)).to.include('Balance after purchase 17,500 credits');
    await waitForText(el, 'Price confirmed');
    await expect(el).to.be.accessible();
  });

  it('Pro with 0 additional credits leaves the balance where it is', async () => {
    const { el } = await mountWizard({ organisation: 'org_expired', plan: 'pro' });
    await waitUntil(() => el.shadowRoot!.querySelector('.balance-context'), 'no balance context');
    expect(fact(el, '.balance-after')).to.equal(fact(el, '.current-balance'));
  });

  it('a custom payment shows no balance after (it adds no credits) and no quick picks', async () => {
    const { el } = await mountWizard();
    await choosePlan(el, 'custom');
    await press(el, 'Next');
    expect(el.shadowRoot!.querySelector('.balance-context')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.quick-picks')).to.equal(null);
  });
});

describe('<purchase-wizard>: quick picks', () => {
  it('offers 1,000 / 5,000 / 10,000 / 25,000; a pick sets the input, the summary and the quote, and is marked pressed', async () => {
    const { el, sim } = await mountWizard();
    await toCreditsStep(el);
    const labels = [...el.shadowRoot!.querySelectorAll('.quick-picks button')].map((b) => b.textContent!.trim());
    expect(labels).to.deep.equal(['1,000', '5,000', '10,000', '25,000']);
    expect(pressed(el)).to.deep.equal(['1,000']); // the minimum the step starts with
    await press(el, '10,000');
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('10000');
    expect(pressed(el)).to.deep.equal(['10,000']);
    expect(summaryTotal(el)).to.equal('₹17,700.00'); // 10,000 × ₹1.50 + 18% GST
    expect(fact(el, '.balance-after')).to.equal('22,500 credits');
    await waitUntil(
      () => sim.requests.some((r) => r.method === 'POST' && r.path === '/purchases/quote' && JSON.stringify(r.body ?? '').includes('10000')),
      'no server quote for 10,000 credits',
    );
    await typeInto(el, '#credits', '7000');
    expect(pressed(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the picks are one Tab stop (a toolbar), arrow keys move between them, Enter presses', async () => {
    const { el } = await mountWizard();
    await toCreditsStep(el);
    $<HTMLInputElement>(el, '#credits').focus();
    await sendKeys({ press: 'Tab' }); // the toolbar's stop: the pressed pick, 1,000
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('1,000');
    expect(el.shadowRoot!.activeElement?.parentElement?.getAttribute('role')).to.equal('toolbar');
    await sendKeys({ press: 'ArrowRight' }); // 5,000
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('5,000');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('5000');
    expect(pressed(el)).to.deep.equal(['5,000']);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('5,000');
    await sendKeys({ press: 'Tab' }); // past the other picks in one press
    expect(el.shadowRoot!.activeElement?.closest('.quick-picks')).to.equal(null);
  });

  it('without expected-photos there is no suggestion', async () => {
    const { el } = await mountWizard();
    await toCreditsStep(el);
    expect(shadowText(el)).not.to.include('Suggested');
  });

  it('with expected-photos the advice\'s suggestion is offered (the same figure as <credits-balance>), and pressing it sets it', async () => {
    const { el } = await mountInProvider<PurchaseWizard>(
      html`<purchase-wizard plan="credits" expected-photos="8000"></purchase-wizard><credits-balance expected-photos="8000"></credits-balance>`,
    );
    el.quoteDelay = 0;
    await waitUntil(() => el.shadowRoot!.querySelector('.quick-picks .suggested'), 'no suggestion');
    const suggestion = button(el, 'Suggested: 11,500'); // 3 × 8,000 − 12,500
    const balance = el.parentElement!.querySelector('credits-balance')!;
    await waitForText(balance, 'Suggested top-up');
    expect(balance.shadowRoot!.querySelector('.suggested-credits')!.textContent).to.include('11,500');
    suggestion.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#credits').value).to.equal('11500');
    expect(suggestion.getAttribute('aria-pressed')).to.equal('true');
    expect(fact(el, '.balance-after')).to.equal('24,000 credits');
    await expect(el).to.be.accessible();
  });

  it('no suggestion when the balance already covers twice the expected photos', async () => {
    const { el } = await mountInProvider<PurchaseWizard>(html`<purchase-wizard plan="credits" expected-photos="5000"></purchase-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.balance-context'), 'no balance context');
    expect(shadowText(el)).not.to.include('Suggested');
  });
});
