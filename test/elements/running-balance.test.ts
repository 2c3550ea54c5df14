/** The Balance column from `balance_after` (contract 1.1), in both tables and the CSV; none without it (issue #18). */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-table/define.js';
import type { UsageTable } from '../../src/elements/usage-table/usage-table.js';
import { createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText } from '../support.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
const cell = (row: Element, className: string) => row.querySelector(`.${className}`)?.textContent?.replace(/\s+/g, ' ').trim();

async function mountTable(direction: 'usage' | 'addition', sim = createSimulator()) {
  const { el } = await mountInProvider<UsageTable>(html`<usage-table direction=${direction}></usage-table>`, { sim });
  await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 4000 });
  return { el, sim };
}

describe('running balance (balance_after)', function () {
  this.timeout(20_000);
  for (const direction of ['usage', 'addition'] as const) {
    it(`${direction}: a Balance column after Credits, each row's balance right after it, in the CSV too`, async () => {
      const { el, sim } = await mountTable(direction);
      // Purchase History names the payment each row came from instead of the event (#17.17).
      const middle = direction === 'usage' ? ['Event', 'Event ID'] : ['Payment'];
      expect(headers(el)).to.deep.equal(['Type', 'Credits', 'Balance', ...middle, 'User', 'Date']);
      const org = sim.state.orgs.org_42!;
      // The newest row of all leaves the current balance; each row's figure is the balance minus every newer delta.
      const first = rows(el)[0]!;
      const firstTxn = org.transactions.find((t) => (direction === 'usage' ? t.delta < 0 : t.delta > 0))!;
      const newer = org.transactions.slice(0, org.transactions.indexOf(firstTxn)).reduce((sum, t) => sum + t.delta, 0);
      const expected = new Intl.NumberFormat('en-IN').format(org.balance - newer);
      expect(cell(first, 'c-balance')).to.equal(`Balance after: ${expected}`);
      const csv = el.toCsv().split('\r\n');
      expect(csv[0]).to.equal(`Type,Credits,Balance,${middle.join(',')},User,Date`);
      expect(csv[1]!.split(',')[2]).to.equal(String(org.balance - newer));
      await expect(el).to.be.accessible();
    });
  }

  it('a server without balance_after: no Balance column, no empty cells, the CSV as before', async () => {
    const sim = createSimulator({ runningBalance: false });
    const { el } = await mountTable('usage', sim);
    expect(headers(el)).to.deep.equal(['Type', 'Credits', 'Event', 'Event ID', 'User', 'Date']);
    expect(el.shadowRoot!.querySelector('.c-balance')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="table"]')!.hasAttribute('data-balance')).to.equal(false);
    expect(el.toCsv().split('\r\n')[0]).to.equal('Type,Credits,Event,Event ID,User,Date');
    expect(shadowText(el)).not.to.include('Balance');
  });

  it('in Hindi', async () => {
    const sim = createSimulator();
    const { el } = await mountInProvider<UsageTable>(html`<usage-table></usage-table>`, { sim, locale: 'hi-IN' });
    await waitUntil(() => headers(el).includes('बैलेंस'), 'no Hindi Balance header', { timeout: 4000 });
    await mountInProvider(html`<usage-table></usage-table>`, { locale: 'en-IN' });
  });
});
