/**
 * Issue #17 point 20, at 390 px: the chart's labels are readable (11 px or more as
 * drawn) with no blank band under the chart; the usage table's filters wait behind
 * a "Filters" button (aria-expanded), and there is no filter bar when there is
 * nothing to filter (no rows and no filter set, or the list failed).
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText } from '../support.js';
import { atViewport, settled, visible } from './support.js';

const $ = <E extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<E>(s);

describe('390 px: the Monthly Usage chart (#17.20)', function () {
  this.timeout(20_000);
  atViewport(390);
  afterEach(() => fixtureCleanup());

  it('month and value labels are drawn at 11 px or more, and the chart has no blank band under it', async () => {
    const { el, provider } = await mountInProvider(html`<monthly-usage></monthly-usage>`);
    await settled(provider);
    const svg = $<SVGSVGElement>(el, 'svg.chart')!;
    const scale = svg.getScreenCTM()!.a;
    const labels = [...svg.querySelectorAll<SVGTextElement>('text')];
    expect(labels).to.have.length(8);
    const px = (t: SVGTextElement) => Number.parseFloat(getComputedStyle(t).fontSize);
    for (const t of labels) expect(px(t) * scale, t.textContent!).to.be.at.least(11);
    const area = $(el, '.chart-area')!.getBoundingClientRect();
    const lowest = Math.max(...labels.map((t) => t.getBoundingClientRect().bottom));
    const highest = Math.min(...labels.map((t) => t.getBoundingClientRect().top));
    expect(area.bottom - lowest, 'blank band under the month labels').to.be.below(12);
    expect(highest - area.top, 'blank band above the values').to.be.below(30);
  });
});

for (const width of [390, 1280]) {
  describe(`${width} px: the filters of the usage table and the payments list (#17.20)`, function () {
    this.timeout(20_000);
    atViewport(width);
    afterEach(() => fixtureCleanup());

    it(width === 390 ? 'collapse behind a "Filters" button (aria-expanded) that opens them' : 'are open, with no Filters button', async () => {
      const { el } = await mountInProvider(html`<usage-table></usage-table>`);
      await waitUntil(() => shadowText(el).includes('Showing'), 'no rows');
      const toggle = $<HTMLButtonElement>(el, '.filters-toggle')!;
      const form = $(el, 'form.filters')!;
      if (width === 1280) {
        expect(visible(toggle)).to.equal(false);
        expect(visible(form)).to.equal(true);
        return;
      }
      expect(visible(toggle)).to.equal(true);
      expect(toggle.textContent!.trim()).to.equal('Filters');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
      expect(visible(form)).to.equal(false);
      toggle.click();
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
      expect(visible(form)).to.equal(true);
      expect(form.querySelector('#filter-from')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('no filter bar when there is nothing to filter: an organisation with no usage, a failed list', async () => {
      const empty = await mountInProvider(html`<usage-table></usage-table>`, { organisation: 'org_empty' });
      await waitUntil(() => shadowText(empty.el).includes('No credit usage yet'), 'no empty state');
      expect($(empty.el, 'form.filters') === null).to.equal(true);
      expect($(empty.el, '.filters-toggle') === null).to.equal(true);
      fixtureCleanup();
      const sim = createSimulator();
      sim.failNext('GET /credits/transactions', { status: 500, times: 5 });
      const failed = await mountInProvider(html`<usage-table></usage-table>`, { sim });
      await waitUntil(() => failed.el.shadowRoot!.querySelector('.error-panel'), 'no error', { timeout: 8000 }); // GETs retry a 500 with backoff before the error shows
      expect($(failed.el, 'form.filters') === null).to.equal(true);
      expect($(failed.el, '.filters-toggle') === null).to.equal(true);
    });

    it("the payments list: no filter bar and no Export CSV when there is nothing to filter (no payments, a failed list)", async () => {
      const empty = await mountInProvider(html`<payments-list></payments-list>`, { organisation: 'org_empty' });
      await waitUntil(() => empty.el.shadowRoot!.querySelector('.empty'), 'no empty state', { timeout: 6000 });
      expect($(empty.el, 'form.filters') === null).to.equal(true);
      expect($(empty.el, '.filters-toggle') === null).to.equal(true);
      fixtureCleanup();
      const sim = createSimulator();
      sim.failNext('GET /payments', { status: 500, times: 5 });
      const failed = await mountInProvider(html`<payments-list></payments-list>`, { sim });
      await waitUntil(() => failed.el.shadowRoot!.querySelector('.error-panel'), 'no error', { timeout: 8000 });
      expect($(failed.el, 'form.filters') === null, 'a filter bar over a list that failed to load').to.equal(true);
      expect($(failed.el, '.filters-toggle') === null).to.equal(true);
      expect($(failed.el, '[part="export"]') === null, 'Export CSV of a list that failed to load').to.equal(true);
      // Retry brings the list, and its filters, back.
      failed.el.shadowRoot!.querySelector<HTMLButtonElement>('.error-panel button')!.click();
      await waitUntil(() => failed.el.shadowRoot!.querySelector('tr[data-payment]'), 'Retry did not bring the payments', { timeout: 8000 });
      expect($(failed.el, 'form.filters') !== null).to.equal(true);
    });
  });
}
