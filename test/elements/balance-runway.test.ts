/** <credits-balance>: the runway at recent usage and the low-balance mark and event (issue #18). */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/monthly-usage/define.js';
import type { CreditsBalance } from '../../src/elements/credits-balance/credits-balance.js';
import type { LowBalanceDetail } from '../../src/core/events.js';
import { runway } from '../../src/elements/credits-balance/runway.js';
import { previousMonths } from '../../src/time/calendar.js';
import { createSimulator } from '../../src/simulator/index.js';
import { $, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';

const months = (current: number, previous: number, now = new Date(), timeZone?: string) => {
  const [m0, m1, m2, m3] = previousMonths(now, 4, timeZone);
  return [
    { month: m0!, credits_used: current },
    { month: m1!, credits_used: previous },
    { month: m2!, credits_used: 0 },
    { month: m3!, credits_used: 0 },
  ];
};

async function mount(options: Parameters<typeof mountInProvider>[1] = {}, attrs: { expected?: number; threshold?: number } = {}) {
  return mountInProvider<CreditsBalance>(
    html`<credits-balance expected-photos=${attrs.expected ?? ''} low-balance-threshold=${attrs.threshold ?? ''}></credits-balance>`,
    options,
  );
}

const runwayText = (el: Element) => el.shadowRoot!.querySelector('[part="runway"]')?.textContent?.replace(/\s+/g, ' ').trim();
const waitForRunway = (el: Element) => waitUntil(() => runwayText(el), 'the runway never appeared', { timeout: 4000 });

describe('runway (pure)', () => {
  // 16 Nov 2026, noon UTC: October's 31 days + 15 whole days + half of today = 46.5 days.
  const now = new Date('2026-11-16T12:00:00Z');
  const usage = months(1650, 3000, now, 'UTC'); // 4,650 credits in 46.5 days = 100 a day

  it('divides the balance by the daily rate of the previous month plus this month so far, rounding down', () => {
    expect(runway(2350, usage, now, 'UTC')).to.deep.include({ kind: 'days', days: 23, used: 4650, previousMonth: '2026-10', currentMonth: '2026-11' });
    expect(runway(2399, usage, now, 'UTC')!.days).to.equal(23);
    expect(runway(100, usage, now, 'UTC')).to.deep.include({ kind: 'days', days: 1 });
    expect(runway(36_500, usage, now, 'UTC')).to.deep.include({ kind: 'days', days: 365 });
  });

  it('"less than a day" under one day, "more than a year" beyond 365 days', () => {
    expect(runway(99, usage, now, 'UTC')!.kind).to.equal('under-a-day');
    expect(runway(1, usage, now, 'UTC')!.kind).to.equal('under-a-day');
    expect(runway(36_501, usage, now, 'UTC')!.kind).to.equal('over-a-year');
    expect(runway(10_000_000, usage, now, 'UTC')!.kind).to.equal('over-a-year');
  });

  it('nothing without usage in those two months, or without a positive balance', () => {
    expect(runway(5000, months(0, 0, now, 'UTC'), now, 'UTC')).to.equal(undefined);
    expect(runway(0, usage, now, 'UTC')).to.equal(undefined);
    expect(runway(-250, usage, now, 'UTC')).to.equal(undefined);
    expect(runway(5000, [], now, 'UTC')).to.equal(undefined);
  });

  it('counts days in the provider time zone: on the 1st, only the previous month and the part of today', () => {
    // 1 Dec 2026 06:00 in Kolkata (00:30 UTC): November's 30 days + a quarter of today.
    const dec = new Date('2026-12-01T00:30:00Z');
    const r = runway(3025, months(0, 3025 * 4, dec, 'Asia/Kolkata'), dec, 'Asia/Kolkata')!;
    expect(r.currentMonth).to.equal('2026-12');
    expect(r.days).to.equal(Math.floor((3025 * 30.25) / 12_100)); // 7.56… → 7
  });
});

describe('<credits-balance> runway', () => {
  it('says how long the balance lasts at recent usage, and on what it is based', async () => {
    const sim = createSimulator();
    const data = months(1200, 3100);
    sim.respondWith('GET /credits/monthly-usage', 200, { months: data });
    const { el } = await mount({ sim });
    await waitForRunway(el);
    const expected = runway(12_500, data, new Date())!;
    expect(expected.kind).to.equal('days');
    expect(runwayText(el)).to.include(`≈ ${expected.days} days at your recent usage.`);
    expect(runwayText(el)).to.match(/Based on 4,300 credits used since the start of \w+ \d{4}\./);
    await expect(el).to.be.accessible();
  });

  it('"Less than a day" and "More than a year" read naturally', async () => {
    const sim = createSimulator();
    sim.state.orgs.org_42!.balance = 3;
    const low = await mount({ sim });
    await waitForRunway(low.el);
    expect(runwayText(low.el)).to.match(/^Less than a day at your recent usage\./);
    sim.state.orgs.org_42!.balance = 50_000_000;
    const high = await mount({ sim });
    await waitForRunway(high.el);
    expect(runwayText(high.el)).to.match(/^More than a year at your recent usage\./);
  });

  it('in Hindi', async () => {
    const sim = createSimulator();
    sim.respondWith('GET /credits/monthly-usage', 200, { months: months(1200, 3100) });
    const { el: hindi } = await mount({ sim, locale: 'hi-IN' });
    const expected = runway(12_500, months(1200, 3100), new Date())!;
    await waitForText(hindi, `आपके हाल के उपयोग पर ≈ ${expected.days} दिन।`);
    expect(runwayText(hindi)).to.include('4,300 क्रेडिट के आधार पर');
    sim.state.orgs.org_42!.balance = 2;
    const { el: under } = await mount({ sim, locale: 'hi-IN' });
    await waitForText(under, 'आपके हाल के उपयोग पर एक दिन से भी कम।');
    await mount({ locale: 'en-IN' }); // back to English for the tests after this one
  });

  it('hidden without usage in the last two months (and for a balance at or below zero)', async () => {
    const sim = createSimulator();
    sim.respondWith('GET /credits/monthly-usage', 200, { months: months(0, 0) });
    const { el } = await mount({ sim });
    await waitForText(el, '12,500');
    await waitUntil(() => requestsTo(sim, 'GET', '/credits/monthly-usage').length === 1 && !el.shadowRoot!.querySelector('.runway .skeleton'));
    expect(el.shadowRoot!.querySelector('[part="runway"]')).to.equal(null);
    const payg = await mount({ organisation: 'org_payg' });
    await waitForText(payg.el, 'Negative balance');
    expect(payg.el.shadowRoot!.querySelector('.runway')).to.equal(null);
  });

  it('a server without monthly usage at all: no runway, no error', async () => {
    const sim = createSimulator();
    sim.failNext('GET /credits/monthly-usage', { status: 404, times: 5 });
    sim.failNext('GET /credits/transactions', { status: 500, times: 5 });
    const { el } = await mount({ sim });
    await waitForText(el, '12,500');
    await waitUntil(() => !el.shadowRoot!.querySelector('.runway'), 'the runway placeholder stayed', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shares the monthly usage <monthly-usage> loads: one request for both', async () => {
    const { provider, sim } = await mountInProvider(html`<monthly-usage></monthly-usage><credits-balance></credits-balance>`);
    const balance = provider.querySelector('credits-balance')!;
    await waitForRunway(balance);
    expect(requestsTo(sim, 'GET', '/credits/monthly-usage')).to.have.length(1);
  });

  it('with expected-photos, the advice and the runway speak of the same balance', async () => {
    const sim = createSimulator();
    const data = months(800, 2300);
    sim.respondWith('GET /credits/monthly-usage', 200, { months: data });
    sim.state.orgs.org_42!.balance = 1500;
    const { el } = await mount({ sim }, { expected: 1000 });
    await waitForRunway(el);
    await waitForText(el, 'Your 1,500 credits cover the 1,000 photos you expect'); // the advice panel is a chunk of its own
    expect(runwayText(el)).to.include(`≈ ${runway(1500, data, new Date())!.days} days`);
  });
});

describe('<credits-balance> low balance', () => {
  const lowEvents = (target: HTMLElement) => {
    const seen: LowBalanceDetail[] = [];
    target.addEventListener('credits-low-balance', (e) => seen.push(e.detail));
    return seen;
  };

  it('below low-balance-threshold: marked low in colour and words; the event says the balance and the threshold', async () => {
    const { el, provider } = await mount({}, { threshold: 20_000 });
    const seen = lowEvents(provider); // it bubbles out of the element
    await waitForText(el, 'Low balance');
    expect($(el, '[part="balance"]').hasAttribute('data-low')).to.equal(true);
    expect($(el, '[part="low-note"]').textContent!.trim()).to.equal('Below your low-balance level of 20,000 credits.');
    expect(getComputedStyle($(el, '.amount')).color).to.equal('rgb(120, 53, 15)');
    await expect(el).to.be.accessible();
    await waitUntil(() => seen.length === 1);
    expect(seen[0]).to.deep.equal({ available: 12_500, threshold: 20_000 });
  });

  it('at or above the threshold: nothing marked, no event', async () => {
    const { el } = await mount({}, { threshold: 12_500 });
    const seen = lowEvents(el);
    await waitForText(el, '12,500');
    expect($(el, '[part="balance"]').hasAttribute('data-low')).to.equal(false);
    expect(shadowText(el)).not.to.include('Low balance');
    expect(seen).to.deep.equal([]);
  });

  it('fires once per crossing: not on re-renders or further falls, again only after it has been above', async () => {
    const { el, sim, provider } = await mount({}, { threshold: 12_000 });
    const seen = lowEvents(el);
    await waitForText(el, '12,500');
    const setBalance = async (credits: number) => {
      sim.state.orgs.org_42!.balance = credits;
      provider.store!.invalidate(['balance']);
      const text = new Intl.NumberFormat('en-IN').format(credits);
      await waitUntil(() => $(el, '.amount').textContent === text, `the balance never became ${text}`);
      await el.updateComplete;
    };
    await setBalance(11_000);
    expect(seen).to.deep.equal([{ available: 11_000, threshold: 12_000 }]);
    el.requestUpdate();
    await el.updateComplete;
    el.expectedPhotos = 500;
    await el.updateComplete;
    await setBalance(9_000);
    expect(seen).to.have.length(1);
    await setBalance(12_000); // at the threshold is not below it
    expect(seen).to.have.length(1);
    expect(shadowText(el)).not.to.include('Low balance');
    await setBalance(8_000);
    expect(seen).to.deep.equal([
      { available: 11_000, threshold: 12_000 },
      { available: 8_000, threshold: 12_000 },
    ]);
  });

  it('on the provider: every balance below it is marked, and one crossing is one event however many elements show it', async () => {
    const { provider, sim } = await mountInProvider<CreditsBalance>(html`<credits-balance></credits-balance><credits-balance></credits-balance>`);
    const seen = lowEvents(provider);
    const [a, b] = [...provider.querySelectorAll('credits-balance')];
    await waitForText(b!, '12,500');
    provider.lowBalanceThreshold = 13_000;
    await waitForText(a!, 'Low balance');
    await waitForText(b!, 'Low balance');
    expect(seen).to.deep.equal([{ available: 12_500, threshold: 13_000 }]);
    sim.state.orgs.org_42!.balance = 14_000;
    provider.store!.invalidate(['balance']);
    await waitUntil(() => !shadowText(a!).includes('Low balance') && !shadowText(b!).includes('Low balance'));
    sim.state.orgs.org_42!.balance = 500;
    provider.store!.invalidate(['balance']);
    await waitUntil(() => shadowText(a!).includes('Low balance') && shadowText(b!).includes('Low balance'));
    expect(seen).to.have.length(2);
    // An element's own threshold wins over the provider's.
    b!.setAttribute('low-balance-threshold', '100');
    await (b as CreditsBalance).updateComplete;
    expect(shadowText(b!)).not.to.include('Low balance');
    expect(shadowText(a!)).to.include('Low balance');
  });

  it('a negative balance is flagged as negative (not twice) and still counts as below', async () => {
    const { el } = await mount({ organisation: 'org_payg' }, { threshold: 1000 });
    const seen = lowEvents(el);
    await waitForText(el, 'Negative balance');
    expect(shadowText(el)).not.to.include('Low balance');
    await waitUntil(() => seen.length === 1);
    expect(seen[0]).to.deep.equal({ available: -250, threshold: 1000 });
  });

  it('in Hindi', async () => {
    const { el } = await mount({ locale: 'hi-IN' }, { threshold: 20_000 });
    await waitForText(el, 'कम बैलेंस');
    expect(shadowText(el)).to.include('आपके कम-बैलेंस स्तर 20,000 क्रेडिट से नीचे।');
    await mount({ locale: 'en-IN' });
  });
});
