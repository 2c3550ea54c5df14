/**
 * #17.21: a total load failure in `<credits-area>` is one calm panel per
 * element (the page's surface, not a red wall; an icon, the message, the
 * request id, Retry), and the ways to buy stay: Purchase Credits is there
 * although the balance failed, and it opens the purchase. At 390 and 1280 px.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { atViewport } from './support.js';
import '../../src/index.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import { createSimulator } from '../../src/simulator/index.js';

const ELEMENTS = ['credits-balance', 'monthly-usage', 'usage-table[direction="usage"]', 'usage-table[direction="addition"]'];

/** A colour as the browser resolves it (`#fee2e2` → `rgb(254, 226, 226)`). */
function resolved(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}
const token = (host: Element, name: string) => resolved(getComputedStyle(host).getPropertyValue(`--_color-${name}`).trim());

async function mountFailingArea() {
  const sim = createSimulator();
  sim.failNext('GET *', { status: 500, times: 1000, message: 'Simulated failure' });
  const el = await fixture<CreditsArea>(html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch}></credits-area>`);
  const inner = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
  await waitUntil(
    () => ELEMENTS.every((s) => inner(s)?.shadowRoot?.querySelector('.error-panel')),
    'not every element showed its error',
    { timeout: 6000 },
  );
  return { el, inner };
}

for (const width of [390, 1280]) {
  describe(`calm errors at ${width} px (#17.21)`, () => {
    atViewport(width);

    it('shows one calm panel per element: surface, an icon, the message, the request id and Retry', async () => {
      const { inner } = await mountFailingArea();
      for (const selector of ELEMENTS) {
        const host = inner(selector)!;
        const panels = host.shadowRoot!.querySelectorAll<HTMLElement>('.error-panel');
        expect(panels.length, `${selector}: panels`).to.equal(1);
        const panel = panels[0]!;
        const style = getComputedStyle(panel);
        // Not a red wall: the surface, the normal border and text colour.
        expect(style.backgroundColor, `${selector}: background`).to.equal(token(host, 'surface'));
        expect(style.backgroundColor, `${selector}: background`).to.not.equal(token(host, 'danger-bg'));
        expect(style.borderTopColor, `${selector}: border`).to.equal(token(host, 'border'));
        expect(style.color, `${selector}: text`).to.equal(token(host, 'text'));
        // One small icon, drawn in the danger colour, silent for screen readers.
        const icon = getComputedStyle(panel, '::before');
        expect(icon.content, `${selector}: icon`).to.not.equal('none');
        expect(icon.backgroundColor, `${selector}: icon colour`).to.equal(token(host, 'danger'));
        expect(icon.width, `${selector}: icon size`).to.match(/^(1[2-9]|2[0-4])(\.\d+)?px$/);
        // The message, the request id and Retry.
        expect(panel.textContent, `${selector}: message`).to.match(/could not be loaded\..*The server had a problem/s);
        expect(panel.querySelector('.request-id')?.textContent, `${selector}: request id`).to.match(/Request ID:\s*req_/);
        expect([...panel.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Retry']);
        // Inside its card, nothing past the viewport.
        const box = panel.getBoundingClientRect();
        expect(box.left, `${selector}: left`).to.be.at.least(0);
        expect(box.right, `${selector}: right`).to.be.at.most(width);
      }
      expect(document.documentElement.scrollWidth, 'page overflow').to.be.at.most(width);
    });

    it('keeps Purchase Credits (primary) and Billing & Transactions under a failed balance, and they work', async () => {
      const { el, inner } = await mountFailingArea();
      const balance = inner('credits-balance')!;
      const purchase = balance.shadowRoot!.querySelector<HTMLButtonElement>('[part="purchase-button"]');
      expect(purchase, 'Purchase Credits is gone').to.not.equal(null);
      expect(purchase!.textContent!.trim()).to.equal('Purchase Credits');
      expect(purchase!.classList.contains('btn-primary')).to.equal(true);
      expect(balance.shadowRoot!.querySelector('[part="billing-button"]')?.textContent?.trim()).to.equal('Billing & Transactions');
      // Below the error, not hidden, and in the card.
      const panel = balance.shadowRoot!.querySelector('.error-panel')!.getBoundingClientRect();
      const box = purchase!.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(30);
      expect(box.top).to.be.at.least(panel.bottom);
      expect(box.right).to.be.at.most(balance.getBoundingClientRect().right);
      purchase!.click();
      await waitUntil(() => el.view === 'purchase', 'Purchase Credits did not open the purchase');
      await waitUntil(() => inner('purchase-wizard'), 'no wizard');
    });
  });
}
