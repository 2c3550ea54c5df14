/**
 * Reflow at 390 and 320 px (#22.5, #17.12, #17.20): the purchase stepper's current step reads whole
 * ("Step 2 of 4: Credits"), never cut mid-word or mid-conjunct ("Cred…", "क्रे…"), in English and
 * Hindi; the usage table's cards label their values and wrap long ones; the payments list's filters
 * wait behind a Filters button; no element overflows the page sideways at 320 px.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { ignoreResizeObserverLoop, mountInProvider } from '../support.js';
import { createSimulator } from '../../src/simulator/index.js';
import { choosePlan } from '../elements/wizard-helpers.js';
import { atViewport, brokenWords, deepAll, settled, visible } from './support.js';

ignoreResizeObserverLoop();

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

describe('320 px: cards, filters and overflow (#22.5, #17.20)', function () {
  this.timeout(40_000);
  atViewport(320);
  afterEach(() => fixtureCleanup());

  for (const locale of ['en-IN', 'hi-IN'] as const) {
  it(`${locale}: usage cards label every value (no bare "−238" or "evt_31"), and long event names, emails and dates are never cut`, async () => {
    const { el, provider } = await mountInProvider<HTMLElement>(html`<usage-table></usage-table>`, { locale });
    // As narrow as the card is inside <credits-area> on a 320 px screen.
    provider.style.display = 'block';
    provider.style.width = '240px';
    const dateLabel = () => el.shadowRoot!.querySelector<HTMLElement>('[role="cell"].c-date')?.dataset.label ?? '';
    await waitUntil(() => dateLabel() === (locale === 'hi-IN' ? 'तारीख' : 'Date'), `${locale}: the date is labelled "${dateLabel()}"`, { timeout: 6000 });
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="row"]:not(.header)')].filter(visible).slice(0, 3);
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      for (const cell of row.querySelectorAll<HTMLElement>('[role="cell"]:not(.c-type)')) {
        const drawn = getComputedStyle(cell, '::before').content;
        expect(drawn, `${cell.className}: "${cell.textContent!.trim()}" has no label`).to.include(cell.dataset.label!);
        if (locale === 'en-IN') expect(cell.dataset.label, cell.className).to.match(/^(Credits|Balance|Event|Event ID|User|Date)$/);
        expect(cell.scrollWidth, `${cell.className} is cut`).to.be.at.most(cell.clientWidth);
        for (const text of cell.querySelectorAll<HTMLElement>('.truncate')) {
          expect(getComputedStyle(text).textOverflow, `${cell.className}: ${text.textContent}`).not.to.equal('ellipsis');
          expect(getComputedStyle(text).whiteSpace, `${cell.className}: ${text.textContent}`).to.equal('normal');
        }
      }
    }
    const email = rows.map((r) => r.querySelector<HTMLElement>('.c-user')!).find((c) => c.textContent!.includes('@'))!;
    expect(email, 'no row with an email').to.exist;
    expect(brokenWords(email).every((w) => w.includes('@')), 'only the email itself may wrap').to.equal(true);
    for (const time of el.shadowRoot!.querySelectorAll('[role="cell"] time')) expect(brokenWords(time), `${locale}: a date split`).to.deep.equal([]);
  });
  }

  it("the payments list's filters wait behind a Filters button (aria-expanded) that opens them", async () => {
    const { el } = await mountInProvider<HTMLElement>(html`<payments-list></payments-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tr[data-payment]'), 'no payments', { timeout: 6000 });
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
    const form = el.shadowRoot!.querySelector<HTMLElement>('form.filters')!;
    expect(visible(toggle), 'no Filters button').to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(form), 'the filters take the first screen').to.equal(false);
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(visible(form)).to.equal(true);
    expect(form.querySelector('#filter-status')).to.exist;
  });

  it('no element overflows sideways with its data (scrollWidth ≤ clientWidth, for the host and its card)', async () => {
    const tags = ['credits-balance', 'monthly-usage', 'usage-table', 'payments-list', 'billing-details-form', 'subscription-card', 'credits-organisations', 'purchase-wizard', 'credits-area'];
    const sim = createSimulator({ viewer: { email: 'ops@9pic.ai', is_staff: true } });
    const { provider } = await mountInProvider(html`${tags.map((tag) => document.createElement(tag))}<usage-table direction="addition"></usage-table>`, { sim });
    await settled(provider, 15_000);
    await waitUntil(() => deepAll(provider, 'tr[data-payment]').length > 0 && deepAll(provider, '[role="row"][aria-rowindex="2"]').length >= 3, 'no data', { timeout: 8000 });
    const wide: string[] = [];
    for (const el of provider.children) {
      const boxes = [el as HTMLElement, ...el.shadowRoot!.querySelectorAll<HTMLElement>(':scope > *:not(style), .card, .panel, form')];
      for (const box of boxes.filter(visible)) {
        if (box.scrollWidth > box.clientWidth + 1) wide.push(`${el.localName} ${box.localName}.${box.className}: ${box.scrollWidth} > ${box.clientWidth}`);
      }
      if (el.getBoundingClientRect().right > 320.5) wide.push(`${el.localName} ends at ${el.getBoundingClientRect().right}`);
    }
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
  });
});
