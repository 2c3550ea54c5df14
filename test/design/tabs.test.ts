/**
 * The area's tabs on a phone (390 px) and at 320 px (#22.5 reflow): labels wrap between words,
 * never inside one ("Credit s", "Subscriptio n" in a design review), in English and Hindi.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountInProvider } from '../support.js';
import { brokenWords } from './support.js';

describe('the area’s tabs at narrow widths', function () {
  this.timeout(20_000);
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => fixtureCleanup());

  for (const width of [390, 320]) {
    for (const locale of ['en-IN', 'hi-IN']) {
      it(`${width} px, ${locale}: every tab's words stay whole, and the tabs stay in the card`, async () => {
        await setViewport({ width, height: 800 });
        const { el } = await mountInProvider<HTMLElement>(html`<credits-area></credits-area>`, { locale });
        await waitUntil(() => el.shadowRoot?.querySelectorAll('[role="tab"]').length === 3, 'no tabs');
        const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
        for (const tab of tabs) expect(brokenWords(tab), tab.textContent!.trim()).to.deep.equal([]);
        const list = el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
        expect(list.getBoundingClientRect().right, 'the tab list ends inside the page').to.be.at.most(width);
      });
    }
  }
});
