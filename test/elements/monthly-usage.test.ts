import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/monthly-usage/define.js';
import '../../src/elements/credits-balance/define.js';
import type { CreditsMonthlyUsage } from '../../src/elements/monthly-usage/monthly-usage.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { previousMonths } from '../../src/time/calendar.js';
import { $, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { runCommonSuite, seen } from './shared/common-suite.js';

const loaded = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('svg.chart, .empty-area'), 'usage never loaded', { timeout: 8000 });

/** The numbers of the table alternative, current month first (the table itself runs oldest first, as the chart does): month label → credits text. */
const tableRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]).reverse();

async function mountUsage(options: Parameters<typeof mountInProvider>[1] = {}) {
  return mountInProvider<CreditsMonthlyUsage>(html`<monthly-usage></monthly-usage>`, options);
}

runCommonSuite({
  name: '<monthly-usage>',
  template: html`<monthly-usage></monthly-usage>`,
  load: 'GET /credits/monthly-usage',
  title: 'Monthly Usage Summary',
  data: { organisation: 'org_42', text: 'in the last 4 months' },
  empty: { organisation: 'org_empty', text: 'No credits used in the last 4 months.' },
  switchTo: { organisation: 'org_empty', text: 'No credits used in the last 4 months.' },
  // The seeded usage is dated relative to today: read org_42's four-month total off the chart.
  stale: (el) => [/[\d,]+ in the last 4 months/.exec(seen(el))![0]],
  error: 'Monthly usage could not be loaded.',
  skeletons: 4,
  busy: 'section.card',
  sameHeight: (el) => $(el, '.card'),
});

describe('<monthly-usage>', () => {
  it('narrow (a phone, a sidebar): the chart labels stay readable as the chart scales down', async () => {
    const { el, provider } = await mountUsage();
    provider.style.display = 'block';
    provider.style.width = '300px';
    await loaded(el);
    const labels = [...el.shadowRoot!.querySelectorAll('svg.chart text')];
    expect(labels.length).to.be.greaterThan(0);
    // Rendered height of the glyph boxes: about 9px without the narrow sizes, about 15px with them.
    for (const text of labels) expect(text.getBoundingClientRect().height, text.textContent ?? '').to.be.at.least(12);
    expect(el.getBoundingClientRect().width).to.be.at.most(300);
  });

  it('data: four months, named in the locale', async () => {
    const { el, sim } = await mountUsage({ timeZone: 'UTC' });
    await loaded(el);
    const months = previousMonths(new Date(), 4, 'UTC');
    const names = months.map((m) => new Intl.DateTimeFormat('en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`)));
    const rows = tableRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(names);
    for (const [, credits] of rows) expect(credits).to.match(/^[\d,]+$/);
    expect(shadowText(el)).to.include('Monthly Usage Summary');
    expect(shadowText(el)).to.include(`${rows[0]![1]} credits used this month`);
    expect(requestsTo(sim, 'GET', '/credits/monthly-usage')).to.have.length(1);
    expect(requestsTo(sim, 'GET', '/credits/transactions')).to.have.length(0);
  });

  it('the chart: an SVG whose bars are each labelled (oldest first), with a table alternative', async () => {
    const { el } = await mountUsage({ timeZone: 'UTC' });
    await loaded(el);
    const rows = tableRows(el);
    const svg = $(el, 'svg.chart');
    expect(svg.getAttribute('role')).to.equal('group');
    expect(svg.getAttribute('aria-label')).to.match(/bar chart/i);
    const bars = [...svg.querySelectorAll('g[role="img"]')];
    expect(bars).to.have.length(4);
    const expected = [...rows].reverse().map(([month, credits]) => `${month}: ${credits} credits used`);
    // Named once, by the <title> (#22.9: no aria-label repeating it).
    expect(bars.map((b) => b.getAttribute('aria-label'))).to.deep.equal([null, null, null, null]);
    expect(bars.map((b) => b.querySelector('title')!.textContent)).to.deep.equal(expected);
    expect(bars.every((b) => b.querySelector('rect'))).to.equal(true);
    // Taller bar for more credits.
    const heights = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('height')));
    const values = [...rows].reverse().map(([, c]) => Number(c!.replace(/,/g, '')));
    const maxIndex = values.indexOf(Math.max(...values));
    expect(heights[maxIndex]).to.equal(Math.max(...heights));
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent).to.include('Credits used per month');
    expect(table.classList.contains('visually-hidden')).to.equal(true);
  });

  describe('fallback aggregation', () => {
    // The simulator aggregates by UTC month; the fallback by the viewer's zone, here UTC too.
    async function numbersFrom(sim: Simulator, organisation = 'org_42') {
      const { el } = await mountUsage({ sim, organisation, timeZone: 'UTC' });
      await loaded(el);
      return { rows: tableRows(el), text: shadowText(el), el };
    }

    for (const organisation of ['org_42', 'org_big']) {
      it(`${organisation}: without the backend aggregation (501) the element sums usage itself: same numbers, same words`, async function () {
        this.timeout(30_000);
        const withAggregation = createSimulator();
        const server = await numbersFrom(withAggregation, organisation);
        const without = createSimulator();
        without.options.monthlyAggregation = false;
        const fallback = await numbersFrom(without, organisation);
        expect(fallback.rows).to.deep.equal(server.rows);
        expect(fallback.text).to.equal(server.text);
        expect(server.rows.some(([, credits]) => credits !== '0')).to.equal(true);
        // It really did page through the usage transactions.
        const pages = requestsTo(without, 'GET', '/credits/transactions');
        expect(pages.length).to.be.greaterThan(1);
        expect(pages.every((p) => new URLSearchParams(p.search).get('direction') === 'usage')).to.equal(true);
        expect(new URLSearchParams(pages.at(-1)!.search).get('cursor')).to.be.a('string');
        await expect(fallback.el).to.be.accessible();
      });
    }

    it('a 404 from the aggregation endpoint falls back the same way', async () => {
      const server = await numbersFrom(createSimulator());
      const notFound = createSimulator();
      notFound.failNext('GET /credits/monthly-usage', { status: 404 });
      const fallback = await numbersFrom(notFound);
      expect(fallback.rows).to.deep.equal(server.rows);
    });
  });

  it('empty: the words stand in the chart area, no chart is drawn, and the card is as tall as with data', async () => {
    const { el } = await mountUsage();
    await loaded(el);
    const dataHeight = $(el, '.card').getBoundingClientRect().height;
    const empty = await mountUsage({ organisation: 'org_empty' });
    await loaded(empty.el);
    expect($(empty.el, '.empty-area').textContent).to.include('No credits used in the last 4 months.');
    expect(empty.el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect($(empty.el, '.card').getBoundingClientRect().height).to.be.closeTo(dataHeight, 2);
  });

  it('one element failing does not affect the other', async () => {
    const sim = createSimulator();
    sim.failNext('GET /credits', { status: 500, times: 3 });
    const { el: balance, provider } = await mountInProvider<HTMLElement>(html`<credits-balance></credits-balance><monthly-usage></monthly-usage>`, { sim });
    const usage = provider.querySelector('monthly-usage')!;
    await waitForText(balance, 'Credits balance could not be loaded.', 6000);
    await loaded(usage);
    expect(usage.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    const sim2 = createSimulator();
    sim2.failNext('GET /credits/monthly-usage', { status: 500, times: 3 });
    const second = await mountInProvider<HTMLElement>(html`<credits-balance></credits-balance><monthly-usage></monthly-usage>`, { sim: sim2 });
    await waitForText(second.provider.querySelector('monthly-usage')!, 'Monthly usage could not be loaded.', 6000);
    expect(shadowText(second.el)).to.include('12,500');
  });

  it('months are named in the locale (Hindi)', async () => {
    const { el } = await mountUsage({ locale: 'hi-IN', timeZone: 'UTC' });
    await waitForText(el, 'मासिक उपयोग सारांश');
    await loaded(el);
    const month = previousMonths(new Date(), 1, 'UTC')[0]!;
    const name = new Intl.DateTimeFormat('hi-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
    expect(tableRows(el)[0]![0]).to.equal(name);
    await mountUsage({ locale: 'en-IN' });
  });
});
