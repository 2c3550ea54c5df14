/**
 * Issue 17 points 2, 5, 6, 7 and 11 in the wizard and the balance: options
 * reloaded after 400 already_subscribed, the Fair Usage Policy and "What a
 * credit pays for" beside the quantity, Enterprise as a quiet line for an
 * organisation on Pro, the real minimum in the negative-balance note, and the
 * "pricing not configured" note with a way to ask support.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-balance/define.js';
import { $, button, mountInProvider, shadowText, waitForText } from '../support.js';
import { choosePlan, heading, mountWizard, payButton, press, toPayment } from '../elements/wizard-helpers.js';
import { createSimulator } from '../../src/simulator/index.js';

const planCards = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.plan.card')].map((c) => c.dataset.kind);

describe('guides: the wizard’s words and options', () => {
  it('(2) after 400 already_subscribed, Choose another plan shows the plans reloaded: Pro is gone', async () => {
    const { el, sim } = await mountWizard({ organisation: 'org_trial_us' });
    expect(planCards(el)).to.include('pro_subscription');
    await toPayment(el, { kind: 'pro_subscription', credits: '0' });
    // Meanwhile the organisation got Pro (another tab, the 9Pic team).
    const org = sim.state.orgs.org_trial_us!;
    org.plan_type = 'pro';
    org.expires_at = '2099-01-01';
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-panel'), 'no error after already_subscribed');
    button(el, 'Choose another plan').click();
    await waitUntil(() => heading(el) === 'Choose a plan' && !planCards(el).includes('pro_subscription'), `Pro still offered: ${planCards(el).join(', ')}`);
    expect(planCards(el)).to.deep.equal(['credits', 'custom']);
  });

  it('(11) an organisation on Pro: two option cards, and Enterprise as a quieter “custom pricing: contact us” line', async () => {
    const { el } = await mountWizard({ organisation: 'org_42' });
    expect(planCards(el)).to.deep.equal(['credits', 'custom']);
    const line = $(el, '.enterprise-line');
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Enterprise: custom pricing for large organisations. Contact us (opens in a new tab)');
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('https://9pic.ai/contact');
    await expect(el).to.be.accessible();
  });

  it('(11) an organisation that may buy Pro still sees Enterprise disabled inline (the dashboard guide)', async () => {
    const { el } = await mountWizard({ organisation: 'org_trial_us' });
    expect(planCards(el)).to.deep.equal(['pro_subscription', 'credits', 'custom', 'enterprise']);
    expect($<HTMLInputElement>(el, '#plan-enterprise').disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('.enterprise-line')).to.equal(null);
  });

  it('(5, 7) the Credits step: what a credit pays for, and the Fair Usage Policy from fair_usage_url', async () => {
    const { el } = await mountWizard({ organisation: 'org_42' });
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    const facts = $(el, '.credit-facts');
    const text = facts.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('What a credit pays for');
    expect(text).to.include('1 credit = 1 processed photo');
    expect(text).to.include('Re-syncing the same photo is free');
    expect(text).to.include('Store Original Memories (off by default) uses more credits.');
    const link = facts.querySelector<HTMLAnchorElement>('a.fair-usage')!;
    expect(link.getAttribute('href')).to.equal('https://9pic.ai/fair-usage-policy');
    expect(link.target).to.equal('_blank');
    expect(link.textContent!.trim()).to.equal('Read the Fair Usage Policy before buying large credit packs (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('(5) without fair_usage_url, a fair-usage route: the link asks the host (credits-navigate fair-usage)', async () => {
    const sim = createSimulator();
    const options = await (await sim.fetch('/api/organisations/org_42/purchase-options')).json();
    delete options.fair_usage_url;
    sim.respondWith('GET /purchase-options', 200, options, 100);
    const { el, provider } = await mountWizard({ organisation: 'org_42', sim });
    provider.routes = { 'fair-usage': '/policies/fair-usage' };
    await el.updateComplete;
    await choosePlan(el, 'credits');
    await press(el, 'Next');
    const go = $<HTMLButtonElement>(el, '.credit-facts button.fair-usage');
    const asked = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    go.click();
    expect((await asked).detail).to.deep.include({ target: 'fair-usage', href: '/policies/fair-usage' });
  });
});

describe('guides: the balance’s words', () => {
  it('(7) the negative-balance note asks for the real minimum (1,000), not the 250 owed', async () => {
    const { el } = await mountInProvider(html`<credits-balance></credits-balance>`, { organisation: 'org_payg' });
    await waitForText(el, 'below zero');
    const note = $(el, '[part="negative-note"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(note).to.include('Purchase at least 1,000 credits');
    expect(note).not.to.include('at least 250');
  });

  it('(6) Cost per Credit hidden: pricing is not configured, and a link to ask support', async () => {
    const { el, provider } = await mountInProvider(html`<credits-balance></credits-balance>`, { organisation: 'org_payg' });
    await waitForText(el, 'pricing is not configured');
    const link = $<HTMLAnchorElement>(el, '[part="pricing-note"] a.support-link');
    expect(link.textContent!.trim()).to.equal('Ask 9Pic support for pricing');
    expect(new URL(link.href).searchParams.get('subject')).to.equal('Pricing: Chennai Photo Walks (org_payg)');
    const asked = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect((await asked).detail.target).to.equal('support');
    expect(shadowText(el)).not.to.include('Cost per credit ₹');
    await expect(el).to.be.accessible();
  });
});
