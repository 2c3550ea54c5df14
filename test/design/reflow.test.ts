/**
 * Reflow at 390 and 320 px (#22.5, #17.12): the purchase stepper's current step reads whole
 * ("Step 2 of 4: Credits"), never cut mid-word or mid-conjunct ("Cred…", "क्रे…"), in English and Hindi.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { mountInProvider } from '../support.js';
import { choosePlan } from '../elements/wizard-helpers.js';
import { brokenWords, visible } from './support.js';

const CURRENT = { 'en-IN': 'Step 2 of 4: Credits', 'hi-IN': 'चरण 2/4: क्रेडिट' } as const;

describe('the purchase stepper at narrow widths (#17.12, #22.5)', function () {
  this.timeout(30_000);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => fixtureCleanup());

  for (const width of [390, 320]) {
    it(`${width} px, English and Hindi: the current step reads whole, the others keep their dots, nothing overflows`, async () => {
      await setViewport({ width, height: 900 });
      for (const locale of ['en-IN', 'hi-IN'] as const) {
        const { el } = await mountInProvider<PurchaseWizard>(html`<purchase-wizard></purchase-wizard>`, { locale });
        await waitUntil(() => el.shadowRoot!.querySelector('[data-kind="credits"] input'), 'no plans', { timeout: 4000 });
        await choosePlan(el, 'credits');
        el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('li[aria-current="step"]:nth-child(2)'), 'not on the Credits step');
        const list = el.shadowRoot!.querySelector<HTMLElement>('[part="stepper"]')!;
        const text = list.querySelector<HTMLElement>('li[aria-current="step"] .text')!;
        // What is drawn: the parts of the current step's text that have boxes.
        const drawn = () => [...text.children].filter(visible).map((e) => e.textContent!.trim()).join(' ');
        await waitUntil(() => drawn() === CURRENT[locale], `${locale}: the current step reads "${drawn()}"`); // the Hindi catalog loads on first use
        expect(brokenWords(text), `${locale}: words split over lines`).to.deep.equal([]);
        expect(text.scrollWidth, `${locale}: the current step's name is cut`).to.be.at.most(text.clientWidth);
        expect(getComputedStyle(text).textOverflow).not.to.equal('ellipsis');
        expect(list.getBoundingClientRect().right, `${locale}: the stepper overflows the page`).to.be.at.most(width);
        expect(list.querySelectorAll('.dot').length).to.equal(4);
        for (const dot of list.querySelectorAll('.dot')) expect(visible(dot)).to.equal(true);
        fixtureCleanup();
      }
    });
  }

  it('1280 px: all four step names are shown whole, without the "Step 2 of 4" prefix', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { el } = await mountInProvider<PurchaseWizard>(html`<purchase-wizard></purchase-wizard>`, { locale: 'hi-IN' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stepper"] .label')?.textContent === 'प्लान', 'no Hindi stepper', { timeout: 4000 });
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="stepper"] .label')];
    expect(labels.map((l) => l.textContent!.trim())).to.deep.equal(['प्लान', 'क्रेडिट', 'समीक्षा', 'भुगतान']);
    for (const label of labels) {
      const box = label.closest<HTMLElement>('.text')!;
      expect(visible(label)).to.equal(true);
      expect(box.scrollWidth, label.textContent!).to.be.at.most(box.clientWidth);
      expect(brokenWords(box), label.textContent!).to.deep.equal([]);
    }
    expect([...el.shadowRoot!.querySelectorAll('[part="stepper"] .of')].filter(visible)).to.have.length(0);
  });
});
