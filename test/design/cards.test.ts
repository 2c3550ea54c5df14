/**
 * Issue #17 point 15: in <credits-area>'s Credits view at 1280 px the balance card
 * and the Monthly Usage card beside it share one row: same top, same height.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { mountInProvider } from '../support.js';
import { atViewport, deepAll, settled } from './support.js';

describe('the Credits view’s card row (#17.15)', function () {
  this.timeout(20_000);
  atViewport(1280);
  afterEach(() => fixtureCleanup());

  for (const organisation of ['org_42', 'org_payg', 'org_trial_us']) {
    it(`${organisation}: the balance card and the Monthly Usage card have the same top and height`, async () => {
      const { provider } = await mountInProvider(html`<credits-area></credits-area>`, { organisation });
      await waitUntil(() => deepAll(provider, 'monthly-usage').length && deepAll(provider, 'credits-balance').length, 'no cards');
      await settled(provider);
      const [balance] = deepAll(provider, 'credits-balance');
      const [usage] = deepAll(provider, 'monthly-usage');
      const a = balance!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      const b = usage!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      expect(Math.abs(a.top - b.top), 'same top').to.be.below(1);
      expect(a.left).to.be.below(b.left); // side by side
      expect(Math.abs(a.height - b.height), `heights ${a.height} and ${b.height}`).to.be.below(1);
    });
  }
});
