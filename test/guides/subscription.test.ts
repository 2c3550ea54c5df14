/** Issue 17 point 8: the plan status is always shown ("Active" too); point 3: Renew Pro / Upgrade to Pro ask for Pro. */
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/subscription-card/define.js';
import { createSimulator } from '../../src/simulator/index.js';
import { button, mountInProvider, waitForText } from '../support.js';

const statusOf = (el: Element) => el.shadowRoot!.querySelector('[part="status"] .badge');

describe('guides: <subscription-card>', () => {
  for (const [organisation, word, tone] of [
    ['org_42', 'Active', 'success'],
    ['org_enterprise', 'Active', 'success'],
    ['org_expired', 'Expired', 'danger'],
  ] as const) {
    it(`(8) ${organisation}: Status reads “${word}”`, async () => {
      const { el } = await mountInProvider(html`<subscription-card></subscription-card>`, { organisation });
      await waitForText(el, 'Status');
      expect(statusOf(el)?.textContent?.trim()).to.equal(word);
      expect(statusOf(el)?.getAttribute('data-tone')).to.equal(tone);
      await expect(el).to.be.accessible();
    });
  }

  it('(8) a status the library does not know is shown as the API wrote it', async () => {
    const sim = createSimulator();
    sim.respondWith('GET /subscription', 200, { plan_type: 'pro', status: 'past_due', started_at: '2026-01-15', expires_at: '2027-01-15', included_credits: 0 });
    const { el } = await mountInProvider(html`<subscription-card></subscription-card>`, { organisation: 'org_42', sim });
    await waitForText(el, 'past_due');
    expect(statusOf(el)?.textContent?.trim()).to.equal('past_due');
    expect(statusOf(el)?.getAttribute('data-tone')).to.equal('neutral');
  });

  it('(3) Renew Pro asks for the purchase with plan: pro', async () => {
    const { el, provider } = await mountInProvider(html`<subscription-card></subscription-card>`, { organisation: 'org_expired' });
    await waitForText(el, 'Renew Pro');
    const seen = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    button(el, 'Renew Pro').click();
    expect((await seen).detail).to.deep.include({ target: 'purchase', plan: 'pro' });
  });
});
