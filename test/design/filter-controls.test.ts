/**
 * Seen by the lead (#17): every filter control of a list has one height (the usage table's
 * Event select stood ~50 px tall beside 36 px date fields), and no control overflows the box
 * it sits in (the payments "All statuses" select, content-box at width 100%, stuck out at 390 px).
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { mountInProvider, ignoreResizeObserverLoop } from '../support.js';
import { settled, visible } from './support.js';

ignoreResizeObserverLoop();

/** A host page's reset that makes its elements content-box (a common `*, ::before { box-sizing: inherit }` under a content-box root): a page's rule on the host outweighs `:host`, and the shadow tree inherits it. */
const pageReset = document.createElement('style');
pageReset.textContent = 'usage-table, payments-list { box-sizing: content-box; }';

const LISTS: [string, () => TemplateResult][] = [
  ['<usage-table>', () => html`<usage-table></usage-table>`],
  ['<payments-list>', () => html`<payments-list></payments-list>`],
];

for (const width of [1280, 390]) {
  describe(`${width} px: filter controls (#17, seen by the lead)`, function () {
    this.timeout(20_000);
    before(async () => {
      document.head.append(pageReset);
      await setViewport({ width, height: 900 });
    });
    after(async () => {
      pageReset.remove();
      await setViewport({ width: 800, height: 600 });
    });
    afterEach(() => fixtureCleanup());

    for (const [name, template] of LISTS) {
      it(`${name}: one height for every control (under a content-box page reset), none wider than its field or the form`, async () => {
        const { el, provider } = await mountInProvider(template());
        await settled(provider);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle[aria-expanded="false"]')?.click();
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const form = el.shadowRoot!.querySelector<HTMLElement>('.filters')!;
        const controls = [...form.querySelectorAll<HTMLElement>('select[id], input[id]')].filter(visible);
        expect(controls.length, 'filter controls').to.be.at.least(3);
        const heights = controls.map((c) => `${c.id}: ${Math.round(c.getBoundingClientRect().height)}`);
        const first = Math.round(controls[0].getBoundingClientRect().height);
        expect(heights).to.deep.equal(controls.map((c) => `${c.id}: ${first}`));
        expect(first).to.be.within(34, 40);
        const box = form.getBoundingClientRect();
        for (const c of controls) {
          const r = c.getBoundingClientRect();
          const field = c.closest('.field')!.getBoundingClientRect();
          expect(r.right, `${c.id} overflows its field`).to.be.at.most(field.right + 0.5);
          expect(r.right, `${c.id} overflows the form`).to.be.at.most(box.right + 0.5);
        }
        expect(form.scrollWidth, 'the filter form scrolls sideways').to.be.at.most(form.clientWidth);
      });
    }
  });
}
