/**
 * Races: random organisation switches under random latencies (no frame shows
 * one organisation's data under another's name), late quote answers (never
 * shown over a newer one), and work after an element is removed (no request).
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import { formatMoney } from '../../src/money/format.js';
import { mulberry32 } from '../../src/simulator/rng.js';
import { createSimulator, createSimulatedGateway, type Simulator } from '../../src/simulator/index.js';
import type { GatewayAdapter } from '../../src/core/gateway.js';
import { mountInProvider, requestsTo, shadowText } from '../support.js';
import { mountWizard, payButton, press, toPayment, typeInto } from '../elements/wizard-helpers.js';
import { allRoots, deepText, recordFigures, settle, watchCrashes } from './support.js';
import '../../src/index.js';

const figures = { switches: 0, frames: 0, ownFrames: 0, wrongFrames: 0, quoteRounds: 0, staleQuotes: 0, afterRemoval: 0, crashes: 0 };

const ORGS = ['org_42', 'org_trial_us', 'org_expired', 'org_enterprise', 'org_payg', 'org_empty'];
const SYMBOL: Record<string, string> = { INR: '₹', USD: '$' };

/** What only one organisation shows: its payment ids, event names, billing business name, currency symbol. */
function fingerprints(sim: Simulator): { own: Map<string, Set<string>>; foreign: Map<string, Set<string>> } {
  const own = new Map<string, Set<string>>();
  for (const id of ORGS) {
    const org = sim.state.orgs[id]!;
    const tokens = new Set<string>([SYMBOL[org.currency]!]);
    for (const r of org.payments) tokens.add(r.payment.id);
    for (const t of org.transactions.slice(0, 300)) if (t.event) tokens.add(t.event.name);
    if (org.billing) tokens.add(org.billing.business_name);
    own.set(id, tokens);
  }
  // Another organisation's token counts only when this one does not have it too.
  const foreign = new Map<string, Set<string>>();
  for (const id of ORGS) {
    const others = new Set<string>();
    for (const [other, tokens] of own) if (other !== id) for (const t of tokens) if (!own.get(id)!.has(t) && t.length > 1) others.add(t);
    foreign.set(id, others);
  }
  return { own, foreign };
}

/** Text and input values of an element, through its shadow roots. */
function frameText(el: Element): string {
  const values = allRoots(el).flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((i) => i.value));
  return `${deepText(el)} ${values.join(' ')}`;
}

describe('races', function () {
  this.timeout(60_000);

  afterEach(() => fixtureCleanup());

  after(async () => {
    await recordFigures('races', [
      { figure: 'organisation switches', value: figures.switches, expected: null },
      { figure: 'frames checked', value: figures.frames, expected: null },
      { figure: 'frames showing the current organisation\'s own data (sanity)', value: figures.ownFrames, expected: null },
      { figure: 'frames showing another organisation', value: figures.wrongFrames, expected: 0 },
      { figure: 'quote rounds', value: figures.quoteRounds, expected: null },
      { figure: 'stale quotes shown', value: figures.staleQuotes, expected: 0 },
      { figure: 'requests after removal', value: figures.afterRemoval, expected: 0 },
      { figure: 'uncaught errors', value: figures.crashes, expected: 0 },
    ]);
  });

  it('100 random organisation switches under random latencies: no frame shows another organisation', async () => {
    const crashes = watchCrashes();
    const rng = mulberry32(10);
    const sim = createSimulator({ latency: [0, 250] });
    const { foreign, own } = fingerprints(sim);
    const { provider } = await mountInProvider<HTMLElement>(
      html`<credits-balance></credits-balance><monthly-usage></monthly-usage><usage-table direction="usage"></usage-table
        ><usage-table direction="addition"></usage-table><subscription-card></subscription-card><payments-list></payments-list
        ><billing-details-form></billing-details-form><purchase-wizard></purchase-wizard>`,
      { sim },
    );
    const els = [...provider.children] as ReactiveElement[];
    const wrong: string[] = [];
    const check = (el: Element, when: string) => {
      figures.frames++;
      const org = provider.organisation!;
      const text = frameText(el);
      if ([...own.get(org)!].some((t) => text.includes(t))) figures.ownFrames++;
      for (const token of foreign.get(org)!) {
        if (text.includes(token)) {
          figures.wrongFrames++;
          if (wrong.length < 10) wrong.push(`${when} <${el.localName}> under ${org} shows "${token}": ${text.slice(0, 160)}`);
          break;
        }
      }
    };
    // Every element update, and every animation frame.
    for (const el of els) el.addController({ hostUpdated: () => check(el, 'update') });
    let sampling = true;
    const sample = () => {
      if (!sampling) return;
      for (const el of els) check(el, 'frame');
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    for (let i = 0; i < 100; i++) {
      provider.organisation = ORGS[Math.floor(rng() * ORGS.length)]!;
      figures.switches++;
      await aTimeout(Math.floor(rng() * (i % 10 === 9 ? 400 : 60)));
    }
    sim.options.latency = 0;
    await settle(els, 5000);
    await aTimeout(100);
    sampling = false;
    crashes.stop();
    figures.crashes += crashes.errors.length;
    // The last organisation's data is what is shown.
    const last = provider.organisation!;
    const balance = provider.querySelector('credits-balance')!;
    const summary = sim.state.orgs[last]!;
    expect(shadowText(balance)).to.match(new RegExp(String(Math.abs(summary.balance)).slice(-3)));
    expect(wrong.join('\n')).to.equal('');
    expect(figures.ownFrames, 'the check sees data at all').to.be.greaterThan(100);
    expect(crashes.errors).to.deep.equal([]);
  });

  it('a quote answer arriving after a newer one is ignored (transport ignores aborts, random delays)', async () => {
    const rng = mulberry32(99);
    const sim = createSimulator();
    const { el, provider } = await mountWizard({ sim, plan: 'credits' });
    // Quote answers come back in random order, and the transport does not honour aborts.
    const original = sim.handle;
    provider.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.endsWith('/purchases/quote')) return original(request);
      const detached = new Request(request.url, { method: 'POST', headers: request.headers, body: await request.text() });
      await aTimeout(Math.floor(rng() * 300));
      return original(detached);
    }) as typeof fetch;
    await provider.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('#credits'), 'no credits step', { timeout: 4000 });
    for (let round = 0; round < 8; round++) {
      figures.quoteRounds++;
      let last = '';
      for (let k = 0; k < 6; k++) {
        last = String(1000 + Math.floor(rng() * 50_000));
        await typeInto(el, '#credits', last);
        await aTimeout(Math.floor(rng() * 120));
      }
      await press(el, 'Next');
      await waitUntil(() => shadowText(el).includes('Price confirmed'), `no price: ${shadowText(el).slice(0, 200)}`, { timeout: 4000 });
      await aTimeout(350); // every older answer has arrived by now
      await el.updateComplete;
      const subtotal = (Number(last) * 150).toString();
      const expected = formatMoney(`${subtotal.slice(0, -2)}.${subtotal.slice(-2)}`, 'INR', 'en-IN');
      const review = shadowText(el);
      if (!review.replace(/\s+/g, ' ').includes(expected.replace(/\s+/g, ' '))) {
        figures.staleQuotes++;
        expect.fail(`round ${round}: the Review does not show the quote for ${last} credits (${expected}): ${review.slice(0, 300)}`);
      }
      await press(el, 'Back');
    }
  });

  it('payments list: recheck and invoice polling after removal make no request', async function () {
    const clock = new Date('2026-11-03T08:15:00Z');
    const sim = createSimulator({ now: () => clock, latency: 200 });
    const { el } = await mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, { sim });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tr[data-payment]').length > 0, 'no rows', { timeout: 4000 });
    expect(el.pollingPayments.length, 'an invoice is generating').to.be.greaterThan(0);
    const pending = sim.state.orgs.org_42!.payments.find((r) => r.payment.status === 'pending')!.payment;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payment="${pending.id}"] button[data-action="recheck"]`)!.click();
    await waitUntil(() => requestsTo(sim, 'POST', `/payments/${pending.id}/recheck`).length === 1);
    el.remove();
    const count = sim.requests.length;
    await aTimeout(3000);
    figures.afterRemoval += sim.requests.length - count;
    expect(sim.requests.slice(count).map((r) => `${r.method} ${r.path}`)).to.deep.equal([]);
  });

  /** A wizard on the Payment step whose gateway waits until `finish()`. */
  async function payingWizard() {
    const sim = createSimulator();
    const { el, provider } = await mountWizard({ sim, plan: 'credits' });
    const gate: { finish?: () => void } = {};
    const slow: GatewayAdapter = {
      name: 'razorpay',
      async pay(checkout, ctx) {
        await new Promise<void>((resolve) => (gate.finish = resolve));
        return createSimulatedGateway(sim, { name: 'razorpay' }).pay(checkout, ctx);
      },
    };
    provider.gateways = [slow];
    await toPayment(el, { credits: '2000' });
    payButton(el).click();
    await waitUntil(() => gate.finish !== undefined, 'the gateway never opened', { timeout: 4000 });
    return { sim, el, provider, finish: () => gate.finish!() };
  }
  const rechecks = (sim: Simulator) => sim.requests.filter((r) => r.path.endsWith('/recheck')).length;

  it('purchase wizard: removed while the gateway is open, it makes no recheck', async () => {
    const { sim, el, finish } = await payingWizard();
    el.remove();
    await aTimeout(10);
    finish();
    await aTimeout(1500);
    figures.afterRemoval += rechecks(sim);
    expect(rechecks(sim)).to.equal(0);
  });

  it('purchase wizard: moved in the page while the gateway is open, it still rechecks and completes', async () => {
    const { sim, el, provider, finish } = await payingWizard();
    provider.append(el); // a move: disconnected and connected in one task
    await aTimeout(10);
    finish();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome="completed"]'), `no outcome: ${shadowText(el).slice(0, 200)}`, { timeout: 4000 });
    expect(rechecks(sim)).to.equal(1);
  });
});
