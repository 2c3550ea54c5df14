import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/subscription-card/define.js';
import type { SubscriptionCard } from '../../src/elements/subscription-card/subscription-card.js';
import { expiryStatus } from '../../src/elements/subscription-card/expiry-status.js';
import { knownPlan } from '../../src/elements/subscription-card/plans.js';
import type { SimulatorOptions } from '../../src/simulator/index.js';
import { $, button, mountInProvider, requestsTo, shadowText, waitForText } from '../support.js';
import { runCommonSuite } from './shared/common-suite.js';

describe('expiryStatus', () => {
  // 23:30 UTC on Nov 23 is already Nov 24 (05:00) in Kolkata, still Nov 23 (15:30) in Los Angeles.
  const lateEvening = new Date('2026-11-23T23:30:00Z');

  it('is "none" without an expiry date, or with one it cannot read', () => {
    expect(expiryStatus(null, lateEvening)).to.deep.equal({ kind: 'none' });
    expect(expiryStatus(undefined, lateEvening)).to.deep.equal({ kind: 'none' });
    expect(expiryStatus('2026-02-30', lateEvening, 'UTC')).to.deep.equal({ kind: 'none' });
  });

  it('counts calendar days in the viewer time zone at the day boundary', () => {
    expect(expiryStatus('2026-11-23', lateEvening, 'UTC')).to.deep.equal({ kind: 'soon', daysLeft: 0 });
    expect(expiryStatus('2026-11-23', lateEvening, 'Asia/Kolkata')).to.deep.equal({ kind: 'expired', daysAgo: 1 });
    expect(expiryStatus('2026-11-23', lateEvening, 'America/Los_Angeles')).to.deep.equal({ kind: 'soon', daysLeft: 0 });
    expect(expiryStatus('2026-11-24', lateEvening, 'Asia/Kolkata')).to.deep.equal({ kind: 'soon', daysLeft: 0 });
    expect(expiryStatus('2026-11-24', lateEvening, 'UTC')).to.deep.equal({ kind: 'soon', daysLeft: 1 });
    expect(expiryStatus('2026-11-18', lateEvening, 'UTC')).to.deep.equal({ kind: 'expired', daysAgo: 5 });
  });

  it('warns at 30 days, not at 31 (and the zone can move the edge)', () => {
    const noon = new Date('2026-12-16T12:00:00Z');
    expect(expiryStatus('2027-01-15', noon, 'UTC')).to.deep.equal({ kind: 'soon', daysLeft: 30 });
    expect(expiryStatus('2027-01-16', noon, 'UTC')).to.deep.equal({ kind: 'later', daysLeft: 31 });
    const evening = new Date('2026-12-17T02:00:00Z'); // Dec 16 in New York, Dec 17 in Kolkata
    expect(expiryStatus('2027-01-16', evening, 'America/New_York')).to.deep.equal({ kind: 'later', daysLeft: 31 });
    expect(expiryStatus('2027-01-16', evening, 'Asia/Kolkata')).to.deep.equal({ kind: 'soon', daysLeft: 30 });
  });

  it('falls back to the runtime zone for a zone it does not know', () => {
    const noon = new Date('2026-12-16T12:00:00Z');
    expect(expiryStatus('2027-06-01', noon, 'Mars/Olympus_Mons').kind).to.equal('later');
  });
});

describe('knownPlan', () => {
  it('maps API plan types, and nothing else', () => {
    expect(knownPlan('trial')).to.equal('trial');
    expect(knownPlan('PRO')).to.equal('pro');
    expect(knownPlan('pay_as_you_go')).to.equal('payg');
    expect(knownPlan('payg')).to.equal('payg');
    expect(knownPlan('gold_partner')).to.equal(undefined);
  });
});

// The simulator seeds its data relative to its clock: pin both to the same instant.
const NOW = new Date('2026-11-23T12:00:00Z');
const TODAY = '2026-11-23';
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function mountCard(
  organisation: string,
  options: Omit<SimulatorOptions, 'now'> & { timeZone?: string; now?: Date; before?: (sim: import('../../src/simulator/index.js').Simulator) => void } = {},
) {
  const { now = NOW, timeZone = 'UTC', before, ...simOptions } = options;
  const { createSimulator } = await import('../../src/simulator/index.js');
  const sim = createSimulator({ now: () => now, ...simOptions });
  before?.(sim);
  return mountInProvider<SubscriptionCard>(html`<subscription-card .now=${now}></subscription-card>`, { organisation, timeZone, sim });
}

const mailSubject = (card: SubscriptionCard) => {
  const href = $<HTMLAnchorElement>(card, 'a[part="support-link"]').getAttribute('href')!;
  expect(href.startsWith('mailto:support@9pic.ai?')).to.equal(true);
  return new URL(href).searchParams.get('subject');
};

runCommonSuite({
  name: '<subscription-card>',
  template: html`<subscription-card></subscription-card>`,
  load: 'GET /subscription',
  title: 'Current plan',
  titleInError: false, // the error panel stands alone
  data: { organisation: 'org_42', text: 'Annual subscription with custom domain' },
  // Every organisation has a plan: the card has no empty state.
  switchTo: { organisation: 'org_trial_us', text: 'Free trial with limited credits' },
  stale: ['Annual subscription with custom domain', 'Pro renewal is manual'],
  error: 'Subscription could not be loaded.',
  skeletons: 3,
  busy: 'section.card',
});

describe('<subscription-card>', () => {
  it('shows a Pro plan expiring in 20 days with a warning badge, the credits note and no renewal yet', async () => {
    const { el } = await mountCard('org_42');
    await waitForText(el, 'Expires in 20 days');
    const text = shadowText(el);
    expect($(el, '[part="plan"]').textContent!.trim()).to.equal('Pro');
    expect(text).to.include('Annual subscription with custom domain, 9Pic Certify, race videos, and priority support.');
    expect($(el, '.badge[data-tone="warning"]').textContent).to.equal('Expires in 20 days');
    expect(text).to.include('Your credits carry through renewal: they do not expire with your plan.');
    expect(text).to.include('Pro renewal is manual');
    expect(el.shadowRoot!.textContent).not.to.include('Renew Pro');
    await expect(el).to.be.accessible();
  });

  it('shows the expiry date in the locale', async () => {
    const { el } = await mountCard('org_42', { before: (sim) => (sim.state.orgs.org_42!.expires_at = '2026-12-13') });
    await waitForText(el, 'Expires in 20 days');
    expect($(el, '.date').textContent).to.equal('13 Dec 2026');
  });

  for (const [offset, expected] of [
    [0, 'Expires today'],
    [1, 'Expires in 1 day'],
    [2, 'Expires in 2 days'],
    [30, 'Expires in 30 days'],
  ] as const) {
    it(`reads "${expected}" ${offset} day(s) before expiry`, async () => {
      const { el } = await mountCard('org_42', { before: (sim) => (sim.state.orgs.org_42!.expires_at = addDays(TODAY, offset)) });
      await waitForText(el, expected);
      expect($(el, '.badge[data-tone="warning"]').textContent).to.equal(expected);
      expect(shadowText(el)).not.to.include('1 days');
    });
  }

  it('reads a plain "31 days remaining" (no badge) beyond 30 days', async () => {
    const { el } = await mountCard('org_42', { before: (sim) => (sim.state.orgs.org_42!.expires_at = addDays(TODAY, 31)) });
    await waitForText(el, '31 days remaining');
    expect(el.shadowRoot!.querySelector('.badge[part~="expiry"]') === null, 'no expiry badge').to.equal(true);
    expect(shadowText(el)).not.to.include('Expires in');
    await expect(el).to.be.accessible();
  });

  it('counts days in the provider time zone at the day boundary', async () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    const expiresTomorrowUtc = (sim: import('../../src/simulator/index.js').Simulator) => (sim.state.orgs.org_42!.expires_at = '2026-11-24');
    const utc = await mountCard('org_42', { now: lateEvening, timeZone: 'UTC', before: expiresTomorrowUtc });
    await waitForText(utc.el, 'Expires in 1 day');
    const kolkata = await mountCard('org_42', { now: lateEvening, timeZone: 'Asia/Kolkata', before: expiresTomorrowUtc });
    await waitForText(kolkata.el, 'Expires today');
    const dayAfter = await mountCard('org_42', {
      now: new Date('2026-11-24T19:00:00Z'), // Nov 25, 00:30 in Kolkata
      timeZone: 'Asia/Kolkata',
      before: expiresTomorrowUtc,
    });
    await waitForText(dayAfter.el, 'Expired');
  });

  it('time-zone="" counts in the viewer\'s zone instead of hiding the status', async () => {
    const { el } = await mountCard('org_42', { timeZone: '', before: (sim) => (sim.state.orgs.org_42!.expires_at = addDays(TODAY, 31)) });
    await waitForText(el, '31 days remaining');
  });

  it('a page left open over midnight counts one day fewer, at midnight in the provider time zone', async () => {
    const clock = { now: new Date('2026-11-23T18:29:59.500Z') }; // 23:59:59.5 on Nov 23 in Kolkata
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator({ now: () => clock.now });
    sim.state.orgs.org_42!.expires_at = '2026-12-23';
    const { el } = await mountInProvider<SubscriptionCard>(html`<subscription-card .clock=${() => clock.now}></subscription-card>`, {
      organisation: 'org_42',
      timeZone: 'Asia/Kolkata',
      sim,
    });
    await waitForText(el, 'Expires in 30 days');
    clock.now = new Date('2026-11-23T18:30:00.100Z'); // 00:00:00.1 on Nov 24 in Kolkata
    await waitForText(el, 'Expires in 29 days');
    expect(requestsTo(sim, 'GET', '/subscription')).to.have.length(1); // a re-render, not a refetch
  });

  it('offers renewal of an expired Pro: Renew Pro asks to navigate to purchase', async () => {
    const { el, provider } = await mountCard('org_expired');
    await waitForText(el, 'Expired');
    expect($(el, '.badge[data-tone="danger"]').textContent).to.equal('Expired');
    expect(shadowText(el)).to.include('Your credits carry through renewal');
    await expect(el).to.be.accessible();
    const seen = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    button(el, 'Renew Pro').click();
    const event = await seen;
    expect(event.detail.target).to.equal('purchase');
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('offers a Trial the upgrade (→ purchase)', async () => {
    const { el, provider } = await mountCard('org_trial_us');
    await waitForText(el, 'Trial');
    expect($(el, '[part="plan"]').textContent!.trim()).to.equal('Trial');
    expect(shadowText(el)).to.include('Free trial with limited credits to explore 9Pic.');
    expect(shadowText(el)).to.include('Expires in 10 days');
    await expect(el).to.be.accessible();
    const seen = oneEvent(provider, 'credits-navigate');
    provider.addEventListener('credits-navigate', (e) => e.preventDefault(), { once: true });
    button(el, 'Upgrade to Pro').click();
    expect((await seen).detail.target).to.equal('purchase');
  });

  it('shows Enterprise without an expiry date, and no renewal or credits note', async () => {
    const { el } = await mountCard('org_enterprise');
    await waitForText(el, 'Enterprise');
    const text = shadowText(el);
    expect(text).to.include('Custom plan with dedicated support and SLAs.');
    expect(text).to.include('No expiry date');
    expect(text).not.to.include('carry through renewal');
    expect(el.shadowRoot!.querySelectorAll('button').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows Pay As You Go', async () => {
    const { el } = await mountCard('org_payg');
    await waitForText(el, 'Pay As You Go');
    expect(shadowText(el)).to.include('Flexible usage-based pricing with no commitment.');
    await expect(el).to.be.accessible();
  });

  it('shows an unknown plan type humanised, neutrally, its raw value in the title (#17.18)', async () => {
    const { el } = await mountCard('org_42', { before: (sim) => (sim.state.orgs.org_42!.plan_type = 'gold_partner') });
    await waitForText(el, 'Gold partner');
    const plan = $(el, '[part="plan"]');
    expect(plan.textContent!.trim()).to.equal('Gold partner');
    expect(plan.title).to.equal('gold_partner');
    expect(plan.dataset.plan).to.equal('other');
    expect(shadowText(el)).to.include('The 9Pic team manages the details of this plan.');
    expect(shadowText(el)).not.to.include('Annual subscription');
    await expect(el).to.be.accessible();
  });

  it('links to support with the organisation name in the subject', async () => {
    const { el } = await mountCard('org_42');
    await waitForText(el, 'Pro');
    await waitUntil(() => mailSubject(el)?.includes('Mumbai Marathon Photos'), 'subject never named the organisation');
    expect(mailSubject(el)).to.equal('Plan change: Mumbai Marathon Photos (org_42)');
    expect($(el, 'a[part="support-link"]').textContent).to.equal('Email support@9pic.ai');
  });

  it('names the organisation by its id when its name cannot be loaded', async () => {
    const { el, sim } = await mountCard('org_42', { before: (sim) => sim.failNext('GET /credits', { status: 500, times: 100 }) });
    await waitForText(el, 'Pro');
    await waitUntil(() => requestsTo(sim, 'GET', '/credits').length > 0);
    expect(mailSubject(el)).to.equal('Plan change: org_42');
  });

  it('shows Hindi text in hi-IN', async () => {
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator({ now: () => NOW });
    const { el } = await mountInProvider<SubscriptionCard>(html`<subscription-card .now=${NOW}></subscription-card>`, {
      organisation: 'org_expired',
      locale: 'hi-IN',
      timeZone: 'UTC',
      sim,
    });
    await waitForText(el, 'प्रो रिन्यू करें');
    expect(shadowText(el)).to.include('समाप्त');
  });
});
