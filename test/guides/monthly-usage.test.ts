/**
 * Issue 17 point 9: the monthly figures are the same whether the server
 * aggregates them or the element sums the usage itself (the fallback): both
 * count calendar months in the provider's time zone (API.md).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/monthly-usage/define.js';
import { createSimulator } from '../../src/simulator/index.js';
import { previousMonths } from '../../src/time/calendar.js';
import { mountInProvider, requestsTo } from '../support.js';

const ZONE = 'Pacific/Kiritimati'; // UTC+14: most evenings (UTC) are already tomorrow there

/** Month label → credits, from the chart's table alternative. */
async function figures(timeZone: string, aggregation: boolean) {
  const sim = createSimulator({ timeZone, monthlyAggregation: aggregation });
  // Usage on the last evening (UTC) of last month: the current month in Kiritimati.
  const [, last] = previousMonths(new Date(), 2, ZONE);
  const [y, m] = last!.split('-').map(Number) as [number, number];
  const lastEvening = new Date(Date.UTC(y, m, 0, 20, 0, 0)).toISOString().replace('.000', '');
  sim.state.orgs.org_empty!.transactions = [
    { id: 'txn_g1', type: 'usage', usage_kind: 'event_photo_indexing', delta: -300, event: null, user_email: null, created_at: lastEvening },
    { id: 'txn_g2', type: 'usage', usage_kind: 'event_photo_indexing', delta: -45, event: null, user_email: null, created_at: `${last}-10T09:00:00Z` },
  ];
  const { el } = await mountInProvider(html`<monthly-usage></monthly-usage>`, { sim, organisation: 'org_empty', timeZone });
  await waitUntil(() => el.shadowRoot!.querySelector('svg.chart'), 'usage never loaded', { timeout: 8000 });
  expect(requestsTo(sim, 'GET', '/credits/transactions').length > 0).to.equal(!aggregation);
  return [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => `${tr.querySelector('th')!.textContent!.trim()}: ${tr.querySelector('td')!.textContent!.trim()}`);
}

describe('guides: monthly usage (point 9)', () => {
  it('the server’s aggregation and the element’s fallback give the same figure for every month, in the provider’s time zone', async () => {
    const server = await figures(ZONE, true);
    const fallback = await figures(ZONE, false);
    expect(server).to.deep.equal(fallback);
    // The evening row counts in the current month there (the zone decides, not UTC). The table runs
    // oldest first, like the chart: the current month is the last row.
    expect(server.at(-1)).to.match(/: 300$/);
    expect(server.at(-2)).to.match(/: 45$/);
  });
});
