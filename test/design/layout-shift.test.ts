/**
 * Issue #17 point 25: nothing jumps while an element loads. From mount to its data,
 * at 1280 and 390 px, every element's layout shift (PerformanceObserver
 * 'layout-shift', buffered) sums to 0: skeletons have the final content's size,
 * and nothing appears late above or beside what is already shown. The whole
 * <credits-area> too: its stacked elements load in any order, so none may grow.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { PARTNER_VIEWER, createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, ignoreResizeObserverLoop } from '../support.js';
import { atViewport, frames, settled, watchLayoutShift } from './support.js';
import '../../src/index.js';

interface Case {
  name: string;
  template: TemplateResult;
  options?: Parameters<typeof mountInProvider>[1];
}

const CASES: Case[] = [
  { name: '<credits-balance>', template: html`<credits-balance></credits-balance>` },
  { name: '<credits-balance> without pricing (org_payg)', template: html`<credits-balance></credits-balance>`, options: { organisation: 'org_payg' } },
  { name: '<monthly-usage>', template: html`<monthly-usage></monthly-usage>` },
  { name: '<usage-table direction="usage">', template: html`<usage-table direction="usage"></usage-table>` },
  { name: '<usage-table direction="addition">', template: html`<usage-table direction="addition"></usage-table>` },
  { name: '<payments-list>', template: html`<payments-list></payments-list>` },
  { name: '<billing-details-form>', template: html`<billing-details-form></billing-details-form>` },
  { name: '<subscription-card>', template: html`<subscription-card></subscription-card>` },
  { name: '<purchase-wizard>', template: html`<purchase-wizard></purchase-wizard>` },
  { name: '<credits-organisations>', template: html`<credits-organisations></credits-organisations>`, options: { viewer: PARTNER_VIEWER } },
  // The whole area: its stacked elements load in any order, so none may grow (the usage table's skeleton is as
  // tall as its first page; at 390 px the runway and the Monthly Usage headline keep their skeletons' lines).
  { name: '<credits-area>', template: html`<credits-area></credits-area>` },
  { name: '<credits-area view="subscription">', template: html`<credits-area view="subscription"></credits-area>` },
  // No pricing and a negative balance (the issue's own example): the balance's last lines are known only with its data.
  { name: '<credits-area> without pricing (org_payg)', template: html`<credits-area></credits-area>`, options: { organisation: 'org_payg' } },
  { name: '<credits-area view="billing">', template: html`<credits-area view="billing"></credits-area>` },
];

ignoreResizeObserverLoop();

for (const width of [1280, 390]) {
  describe(`layout shift while loading, at ${width} px (#17.25)`, function () {
    this.timeout(20_000);
    atViewport(width);
    afterEach(() => fixtureCleanup());

    // Wide rows are one line each, so the skeleton matches the first page exactly; narrow cards vary with
    // their content (a wrapped email or event name), so there the skeleton stands for a typical card.
    for (const direction of width === 1280 ? ['usage', 'addition'] : []) {
      it(`<usage-table direction="${direction}">: the skeleton is as tall as the first page it stands for`, async () => {
        const card = (el: Element) => el.shadowRoot!.querySelector('section.card')!.getBoundingClientRect().height;
        const loaded = await mountInProvider(html`<usage-table direction=${direction}></usage-table>`);
        await settled(loaded.provider);
        const sim = createSimulator();
        sim.failNext('GET /credits/transactions', { mode: 'hang', times: 10 });
        const loading = await mountInProvider(html`<usage-table direction=${direction}></usage-table>`, { sim });
        await frames(2);
        expect(loading.el.shadowRoot!.querySelector('.skeleton-rows')).to.not.equal(null);
        expect(card(loading.el)).to.be.closeTo(card(loaded.el), 5);
      });
    }

    // An element alone on a host page, with the page's own content under it: what is under it must not move.
    // The billing form's loading state is the form itself (inert, controls as skeletons), so it holds its place.
    it('<billing-details-form> with the page\'s content under it: 0 from mount to data', async () => {
      const shift = watchLayoutShift();
      const { provider } = await mountInProvider(html`<billing-details-form></billing-details-form><p class="below">The host page's own content</p>`, { latency: 60 });
      await settled(provider);
      const { total, moved } = await shift.stop();
      expect(moved, `moved: ${moved.join('\n')}`).to.deep.equal([]);
      expect(total).to.equal(0);
    });

    for (const c of CASES) {
      it(`${c.name}: 0 from mount to data`, async () => {
        const shift = watchLayoutShift();
        const { provider } = await mountInProvider(c.template, { latency: 60, ...c.options });
        await settled(provider);
        const { total, moved } = await shift.stop();
        expect(moved, `moved: ${moved.join('\n')}`).to.deep.equal([]);
        expect(total).to.equal(0);
      });
    }
  });
}
