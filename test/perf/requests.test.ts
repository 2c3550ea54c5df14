/**
 * Issue #9, requests: everything under one provider makes one request per
 * resource; a purchase refetches exactly what it changed, once; switching
 * organisations back and forth inside the cache lifetime makes no request.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { createSimulatedGateway, type Simulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText, waitForText } from '../support.js';
import { payButton, toPayment, waitForOutcome } from '../elements/wizard-helpers.js';

/** GET requests by `path?search`, counted. */
function reads(sim: Simulator, from = 0): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of sim.requests.slice(from)) {
    if (r.method !== 'GET') continue;
    const key = `${r.organisation ?? ''} ${r.path}${r.search}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Waits until no request has been made for `quiet` ms (every load and refresh has settled). */
async function settled(sim: Simulator, quiet = 150): Promise<void> {
  let seen = -1;
  let since = performance.now();
  await waitUntil(
    () => {
      if (sim.requests.length !== seen) {
        seen = sim.requests.length;
        since = performance.now();
      }
      return performance.now() - since >= quiet;
    },
    'requests never settled',
    { timeout: 5000, interval: 20 },
  );
}

const everything = html`<credits-area view="credits"></credits-area>
  <credits-balance></credits-balance>
  <monthly-usage></monthly-usage>
  <usage-table direction="usage"></usage-table>
  <usage-table direction="addition"></usage-table>
  <payments-list></payments-list>
  <billing-details-form></billing-details-form>
  <subscription-card></subscription-card>
  <purchase-wizard></purchase-wizard>`;

/** The reads one organisation's full set of elements makes (monthly usage: 6 months, the element's default). */
const MONTHS = /\/credits\/monthly-usage\?months=\d+$/;
function expectOneOfEach(counts: Record<string, number>, org: string): void {
  const ofOrg = Object.entries(counts).filter(([k]) => k.startsWith(`${org} `));
  const paths = ofOrg.map(([k]) => k.slice(org.length + 1)).sort();
  expect(paths.length, paths.join(', ')).to.equal(8);
  expect(paths.filter((p) => MONTHS.test(p))).to.have.length(1);
  expect(paths.filter((p) => !MONTHS.test(p))).to.deep.equal([
    '/billing-details',
    '/credits',
    '/credits/transactions?direction=addition&limit=100',
    '/credits/transactions?direction=usage&limit=100',
    '/payments?limit=25',
    '/purchase-options',
    '/subscription',
  ]);
  for (const [key, n] of ofOrg) expect(n, key).to.equal(1);
}

/** Whether any element under `root` (shadow roots included) still shows a loading skeleton. */
function anySkeleton(root: Element | ShadowRoot): boolean {
  if (root.querySelector('.skeleton')) return true;
  return [...root.querySelectorAll('*')].some((el) => el.shadowRoot && anySkeleton(el.shadowRoot));
}

/**
 * Waits until every element has read its organisation's resources and shows what it read (no skeleton
 * left), then until quiet. On a slow machine a late element reads after a short quiet spell, and an
 * answer still on its way when the organisation changes is rightly not cached.
 */
async function allRead(sim: Simulator, org: string, root: Element): Promise<void> {
  const done = () => Object.keys(reads(sim)).filter((k) => k.startsWith(`${org} `)).length >= 8 && !anySkeleton(root);
  await waitUntil(done, `${org}: not every resource was read and shown`, { timeout: 10_000, interval: 20 });
  await settled(sim);
}

async function mountEverything(organisation: string) {
  // Invoices finish at once: the invoice poller's reads of one payment depend on how fast the machine is, not on the cache.
  const mounted = await mountInProvider<HTMLElement>(everything, { organisation, invoiceDelayMs: 0 });
  const { provider, sim } = mounted;
  provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  const wizard = provider.querySelector<PurchaseWizard>('purchase-wizard')!;
  wizard.quoteDelay = 0;
  await waitForText(provider.querySelector('credits-balance')!, /\d/);
  await allRead(sim, organisation, provider);
  return { ...mounted, wizard };
}

describe('requests (issue #9)', function () {
  this.timeout(20_000);

  it('<credits-area> and every element under one provider: one request per resource', async () => {
    const { sim } = await mountEverything('org_42');
    expectOneOfEach(reads(sim), 'org_42');
    // Nothing but these reads.
    expect(sim.requests.filter((r) => r.method !== 'GET')).to.have.length(0);
  });

  it('a credits purchase refetches balance, purchase history and payments once each, and nothing else', async () => {
    const { sim, wizard } = await mountEverything('org_42');
    const before = sim.requests.length;
    await toPayment(wizard, { kind: 'credits', credits: '5000' });
    payButton(wizard).click();
    await waitForOutcome(wizard, 'completed');
    await settled(sim);
    // Payments: refetched when the (pending) payment is created; the recheck then patches it in place.
    // Balance and Purchase History: once, after the recheck reports it completed.
    // Unaffected: the plan and what follows it (subscription, purchase options: a credits purchase changes
    // neither), billing details, and usage (Credit Usage, monthly usage: buying adds no usage).
    expect(reads(sim, before)).to.deep.equal({
      'org_42 /payments?limit=25': 1,
      'org_42 /credits': 1,
      'org_42 /credits/transactions?direction=addition&limit=100': 1,
    });
  });

  it('a Pro purchase also refetches the subscription and the purchase options, once each', async () => {
    const { sim, wizard } = await mountEverything('org_expired');
    const before = sim.requests.length;
    await toPayment(wizard, { kind: 'pro_subscription', credits: '5000' });
    payButton(wizard).click();
    await waitForOutcome(wizard, 'completed');
    await settled(sim);
    expect(reads(sim, before)).to.deep.equal({
      'org_expired /payments?limit=25': 1,
      'org_expired /credits': 1,
      'org_expired /credits/transactions?direction=addition&limit=100': 1,
      'org_expired /subscription': 1,
      'org_expired /purchase-options': 1,
    });
  });

  it('switching organisations back and forth within the cache lifetime makes no request', async () => {
    const { sim, provider } = await mountEverything('org_42');
    provider.organisation = 'org_trial_us';
    const balance = provider.querySelector('credits-balance')!;
    await waitUntil(() => /\d/.test(shadowText(balance)) && !shadowText(balance).includes('12,500'), 'org_trial_us never showed');
    await allRead(sim, 'org_trial_us', provider);
    const counts = reads(sim);
    expectOneOfEach(counts, 'org_42');
    // org_trial_us has no billing details (404): still one request, and the empty form is cached like any answer.
    expectOneOfEach(counts, 'org_trial_us');
    const before = sim.requests.length;
    for (const org of ['org_42', 'org_trial_us', 'org_42', 'org_trial_us', 'org_42']) {
      provider.organisation = org;
      await provider.updateComplete;
      for (const el of provider.querySelectorAll('*')) await (el as Partial<PurchaseWizard>).updateComplete;
      await settled(sim, 60);
    }
    expect(sim.requests.slice(before).map((r) => `${r.method} ${r.organisation} ${r.path}${r.search}`)).to.deep.equal([]);
    await waitForText(provider.querySelector('credits-balance')!, '12,500');
  });
});
