/** The README's "other tag names" recipe: a subclass per new name (a class can be defined only once per registry). */
import { expect, fixture, html } from '@open-wc/testing';
import { CreditsBalance, UsageTable } from '../../src/index.js';
import { createSimulator } from '../../src/simulator/index.js';
import { waitForText } from '../support.js';

describe('registering the elements under other tag names', () => {
  it('the README form (a subclass) works next to the default tags, inside a provider', async () => {
    customElements.define('acme-balance', class extends CreditsBalance {});
    customElements.define('acme-usage-table', class extends UsageTable {});
    const sim = createSimulator();
    const provider = await fixture(
      html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch}><acme-balance></acme-balance><acme-usage-table></acme-usage-table><credits-balance></credits-balance></credits-provider>`,
    );
    await waitForText(provider.querySelector('acme-balance')!, 'Available');
    await waitForText(provider.querySelector('credits-balance')!, 'Available');
    expect(provider.querySelector('acme-usage-table')).to.be.instanceOf(UsageTable);
  });

  it('defining the exported class itself a second time throws, as the registry requires', () => {
    expect(() => customElements.define('acme-balance-2', CreditsBalance)).to.throw();
  });
});
