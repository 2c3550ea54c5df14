/**
 * Issue 15, reads: a paging loop stops (repeated cursor or id) and says the
 * list may be incomplete; a walk no element needs is aborted; one id, one
 * count; an invalid row is left out and counted; a nullable key may be absent;
 * every path parameter stays one segment inside /organisations/{org}/.
 * Figures: requests of a looping walk, requests after removal, requests that
 * left the organisation.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { CreditsClient } from '../../src/api/client.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { button, mountInProvider, shadowText, waitForText } from '../support.js';
import { recordFigures, sleep } from './support.js';
import '../../src/index.js';

const txnRequests = (sim: Simulator) => sim.requests.filter((r) => r.path === '/credits/transactions').length;
const row = (id: string, delta: number, daysAgo = 1) => ({
  id,
  type: delta < 0 ? 'usage' : 'purchase',
  usage_kind: delta < 0 ? 'event_photo_indexing' : null,
  delta,
  event: delta < 0 ? { id: 'evt_1', name: 'Marathon' } : null,
  user_email: 'a@example.com',
  created_at: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
});

describe('hostile round 2: paging', () => {
  afterEach(() => fixtureCleanup());

  it('monthly fallback: a cursor returned forever ends the walk, which says the list may be incomplete', async () => {
    const sim = createSimulator({ monthlyAggregation: false });
    sim.respondWith('GET /credits/transactions', 200, { data: [row('t1', -40)], next_cursor: 'again' }, 1000);
    const { el } = await mountInProvider(html`<monthly-usage></monthly-usage>`, { sim });
    await waitForText(el, 'may be incomplete');
    await sleep(200);
    const sent = txnRequests(sim);
    expect(sent).to.equal(2);
    expect(shadowText(el)).to.include('40');
    await recordFigures('paging', [{ figure: 'requests of a walk whose cursor loops (monthly fallback)', value: sent, expected: 2 }]);
  });

  it('a walk no element needs any more is aborted: 0 requests after removal mid-walk', async () => {
    const sim = createSimulator({ monthlyAggregation: false, latency: 15 });
    // Fresh cursors and ids forever: only removal can stop this walk.
    let n = 0;
    const fetchMore: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/credits/transactions')) return sim.fetch(request);
      sim.requests.push({ method: 'GET', path: '/credits/transactions', search: url.search, headers: {}, body: null, organisation: 'org_42', url: url.pathname });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, 15);
        request.signal.addEventListener('abort', () => (clearTimeout(timer), reject(request.signal.reason)));
      });
      n++;
      return Response.json({ data: [row(`t${n}`, -1)], next_cursor: `c${n}` });
    };
    const { provider } = await mountInProvider(html`<monthly-usage></monthly-usage>`, { sim });
    provider.fetch = fetchMore;
    await waitUntil(() => txnRequests(sim) >= 3, 'the walk never started', { timeout: 4000 });
    provider.remove();
    await sleep(0);
    const atRemoval = txnRequests(sim);
    await sleep(300);
    const after = txnRequests(sim) - atRemoval;
    expect(after).to.equal(0);
    await recordFigures('paging', [{ figure: 'requests after the element was removed mid-walk', value: after, expected: 0 }]);
  });

  it('monthly fallback: a row repeated across pages counts once', async () => {
    const sim = createSimulator({ monthlyAggregation: false });
    sim.respondWith('GET /credits/transactions', 200, { data: [row('a', -100), row('b', -75)], next_cursor: 'c1' }, 1);
    sim.respondWith('GET /credits/transactions', 200, { data: [row('a', -100)], next_cursor: null }, 1);
    const { el } = await mountInProvider(html`<monthly-usage></monthly-usage>`, { sim });
    await waitForText(el, 'in the last 4 months');
    expect(shadowText(el)).to.match(/\b175 in the last 4 months/);
    expect(shadowText(el)).not.to.include('275');
  });

  it('usage table: Load more on a looping cursor ends the list, which says it may be incomplete', async () => {
    const sim = createSimulator();
    sim.respondWith('GET /credits/transactions', 200, { data: [row('a', -5)], next_cursor: 'c1' }, 1);
    sim.respondWith('GET /credits/transactions', 200, { data: [row('a', -5)], next_cursor: 'c1' }, 10);
    const { el } = await mountInProvider(html`<usage-table direction="usage"></usage-table>`, { sim });
    await waitForText(el, 'Older entries are available');
    button(el, 'Load more').click();
    await waitForText(el, 'may be incomplete');
    expect(shadowText(el)).not.to.include('Older entries are available');
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => /Load more/.test(b.textContent!))).to.equal(false);
    expect(txnRequests(sim)).to.equal(2);
  });

  it('payments: a row without invoice.number reads as null; an invalid row is left out and counted', async () => {
    const sim = createSimulator();
    const { el: probe } = await mountInProvider(html`<payments-list></payments-list>`, { sim });
    await waitUntil(() => sim.state.orgs.org_42!.payments.length > 0);
    const [first, second] = sim.state.orgs.org_42!.payments.map((p) => p.payment);
    const noNumber = { ...first, invoice: { status: first!.invoice.status } };
    const broken = { ...second, id: undefined };
    probe.remove();
    fixtureCleanup();
    sim.respondWith('GET /payments', 200, { data: [noNumber, broken], next_cursor: null }, 5);
    const { el } = await mountInProvider(html`<payments-list></payments-list>`, { sim });
    await waitForText(el, '1 entry could not be shown.');
    expect(shadowText(el)).not.to.include('could not understand');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(1);
  });
});

describe('hostile round 2: path segments', () => {
  afterEach(() => fixtureCleanup());

  const escaped = (sim: Simulator, org: string) => sim.requests.filter((r) => !r.url.startsWith(`/api/organisations/${encodeURIComponent(org)}/`)).length;

  it('organisation "." and ".." never leave /organisations/{org}/', async () => {
    let out = 0;
    for (const org of ['.', '..', '%2E%2E']) {
      const sim = createSimulator();
      const { el } = await mountInProvider(html`<credits-balance></credits-balance><payments-list></payments-list><usage-table direction="usage"></usage-table>`, { sim, organisation: org });
      await waitUntil(() => /could not be loaded/.test(shadowText(el)), `no error for ${org}: ${shadowText(el)}`);
      out += escaped(sim, org);
      fixtureCleanup();
    }
    expect(out).to.equal(0);
    await recordFigures('paths', [{ figure: 'requests outside /organisations/{org}/ (element organisations . .. %2E%2E)', value: out, expected: 0 }]);
  });

  it('payment id "." or ".." (reads, writes, a crafted return link) never leaves the organisation', async () => {
    const sim = createSimulator();
    const client = new CreditsClient({ apiBase: '/api', fetch: sim.fetch, retryLimit: 0 });
    for (const id of ['.', '..', '%2e', '.%2E']) {
      await client.getPayment('org_42', id).catch(() => undefined);
      await client.recheckPayment('org_42', id).catch(() => undefined);
      await client.generateInvoice('org_42', id).catch(() => undefined);
      await client.downloadInvoice('org_42', id).catch(() => undefined);
    }
    const { el } = await mountInProvider<PurchaseWizard>(html`<purchase-wizard></purchase-wizard>`, { sim });
    await el.resumeReturnedPayment(`${location.origin}/back?credits_payment=..`).catch(() => undefined);
    await el.resumeReturnedPayment(`${location.origin}/back?payment=..`).catch(() => undefined);
    await sleep(50);
    const out = sim.requests.filter((r) => !/^\/api\/organisations\/org_42\/[^/]/.test(r.url) || /\/(\.|%2e){1,2}(\/|$)/i.test(r.url)).length;
    const crossed = sim.requests.filter((r) => r.method === 'POST' && !/^\/payments\/[^/]+\/(recheck|invoice)$|^\/purchases/.test(r.path)).map((r) => r.url);
    expect(crossed).to.deep.equal([]);
    expect(out).to.equal(0);
    await recordFigures('paths', [{ figure: 'requests outside /organisations/{org}/ (payment ids . ..)', value: out, expected: 0 }]);
  });
});
