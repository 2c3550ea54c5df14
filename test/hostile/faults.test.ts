/**
 * Faults through the simulator's knobs: long latency, bursts of 5xx, 429 with
 * Retry-After, going offline mid-purchase, a timeout after the purchase
 * reached the server, a token that expires mid-flow. Figures: purchase
 * intents vs payments created (equal), typed input lost (0).
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import type { BillingDetailsForm } from '../../src/elements/billing-details-form/billing-details-form.js';
import { createSimulator, createSimulatedGateway, type FailureSpec, type Simulator } from '../../src/simulator/index.js';
import { $, mountInProvider, requestsTo, shadowText } from '../support.js';
import { heading, mountWizard, payButton, press, reviewAndAccept, typeInto } from '../elements/wizard-helpers.js';
import { recordFigures, settle, uiState, watchCrashes } from './support.js';
import '../../src/index.js';

const figures = { intents: 0, payments: 0, posts: 0, inputLost: 0, inputChecks: 0, crashes: 0, refreshes: 0, authRequired: 0, stuck: 0 };

const paymentsOf = (sim: Simulator, org = 'org_42') => sim.state.orgs[org]!.payments.length;
const inputValue = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)?.value;

type Order = { kind: 'credits'; credits: string } | { kind: 'custom'; amount: string; remark: string };

/** Plan → Credits (typed) → Review (server price) → Payment (policy accepted). */
async function fillOrder(el: PurchaseWizard, order: Order, timeout = 4000): Promise<void> {
  if (heading(el) === 'Choose a plan') {
    $<HTMLInputElement>(el, `[data-kind="${order.kind}"] input[type=radio]`).click();
    await el.updateComplete;
    await press(el, 'Next');
  }
  if (order.kind === 'credits') await typeInto(el, '#credits', order.credits);
  else {
    await typeInto(el, '#amount', order.amount);
    await typeInto(el, '#remark', order.remark);
  }
  await reviewAndAccept(el, timeout);
}


/** After a failure: go back to the order, compare what is in the inputs with what was typed, and come back. */
async function checkOrderKept(el: PurchaseWizard, order: Order, timeout = 4000): Promise<void> {
  await press(el, 'Back');
  await press(el, 'Back');
  const expected: [string, string][] =
    order.kind === 'credits'
      ? [['#credits', order.credits]]
      : [
          ['#amount', order.amount],
          ['#remark', order.remark],
        ];
  for (const [selector, value] of expected) {
    figures.inputChecks++;
    if (inputValue(el, selector) !== value) figures.inputLost++;
  }
  await reviewAndAccept(el, timeout);
}

/** Click Pay and wait for an outcome or an error, with the button usable again. */
async function payOnce(el: PurchaseWizard, timeout = 8000): Promise<'completed' | 'error' | string> {
  payButton(el).click();
  await el.updateComplete;
  await waitUntil(
    () => el.shadowRoot!.querySelector('[data-outcome]') || (el.shadowRoot!.querySelector('.error-panel') && !payButton(el).disabled && payButton(el).getAttribute('aria-disabled') !== 'true'),
    `no outcome: ${shadowText(el).slice(0, 300)}`,
    { timeout },
  );
  const outcome = el.shadowRoot!.querySelector<HTMLElement>('[data-outcome]')?.dataset.outcome;
  return outcome ?? 'error';
}

interface Scenario {
  name: string;
  org?: string;
  order: Order;
  /** Break things before the first Pay. */
  fault(sim: Simulator, el: PurchaseWizard): void;
  /** Before each retry (e.g. sign in again). */
  beforeRetry?(sim: Simulator, el: PurchaseWizard): void;
  latency?: [number, number];
}

/** One user intent: pay; after each failure check the input and pay again, until it completes. */
/**
 * The wizard under a provider whose token provider starts with `tok_1` (the simulator's token) and
 * answers a forced refresh with `refresh(current)`. `auth` counts refreshes and
 * credits-auth-required, and its `token` is what the host hands out next.
 */
async function mountWithToken(sim: Simulator, refresh: (current: string) => string) {
  const auth = { token: 'tok_1', refreshes: 0, authRequired: 0 };
  const { el, provider } = await mountWizard({ sim });
  provider.tokenProvider = ({ forceRefresh }) => {
    if (forceRefresh) {
      auth.refreshes++;
      auth.token = refresh(auth.token);
    }
    return auth.token;
  };
  provider.addEventListener('credits-auth-required', () => auth.authRequired++);
  sim.options.token = 'tok_1';
  await provider.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'the wizard never came back', { timeout: 4000 });
  provider.gateways = ['razorpay'].map((name) => createSimulatedGateway(sim, { name }));
  return { el, auth };
}

async function runIntent(s: Scenario): Promise<{ attempts: number; outcome: string; sim: Simulator }> {
  const crashes = watchCrashes();
  const sim = createSimulator();
  const { el } = await mountWizard({ organisation: s.org, sim });
  if (s.latency) sim.options.latency = s.latency;
  const timeout = s.latency ? s.latency[1] * 6 + 2000 : 4000;
  await fillOrder(el, s.order, timeout);
  const before = paymentsOf(sim, s.org);
  const postsBefore = requestsTo(sim, 'POST', '/purchases').length;
  figures.intents++;
  s.fault(sim, el);
  let outcome = '';
  let attempts = 0;
  while (attempts < 4) {
    attempts++;
    outcome = await payOnce(el, timeout * 2);
    if (outcome !== 'error') break;
    await checkOrderKept(el, s.order, timeout);
    s.beforeRetry?.(sim, el);
  }
  figures.payments += paymentsOf(sim, s.org) - before;
  figures.posts += requestsTo(sim, 'POST', '/purchases').length - postsBefore;
  crashes.stop();
  figures.crashes += crashes.errors.length;
  return { attempts, outcome, sim };
}

describe('faults', function () {
  this.timeout(40_000);

  afterEach(() => fixtureCleanup());

  after(async () => {
    await recordFigures('faults', [
      { figure: 'purchase intents', value: figures.intents, expected: null },
      { figure: 'purchase POSTs sent (attempts)', value: figures.posts, expected: null },
      { figure: 'payments created', value: figures.payments, expected: figures.intents, note: 'one per intent' },
      { figure: 'typed input checks', value: figures.inputChecks, expected: null },
      { figure: 'typed input lost', value: figures.inputLost, expected: 0 },
      { figure: 'token refreshes in the expiry flow', value: figures.refreshes, expected: 2 },
      { figure: 'credits-auth-required after a failed refresh', value: figures.authRequired, expected: 1 },
      { figure: 'stuck loading under faults', value: figures.stuck, expected: 0 },
      { figure: 'uncaught errors', value: figures.crashes, expected: 0 },
    ]);
  });

  it('latency up to 5 s: every element ends in data', async () => {
    const sim = createSimulator({ latency: [1000, 5000], seed: 7 });
    const { provider } = await mountInProvider<HTMLElement>(
      html`<credits-balance></credits-balance><monthly-usage></monthly-usage><usage-table direction="usage"></usage-table><subscription-card></subscription-card
        ><payments-list></payments-list><billing-details-form></billing-details-form><purchase-wizard></purchase-wizard>`,
      { sim },
    );
    const els = [...provider.children];
    expect(els.some((el) => uiState(el) === 'loading')).to.equal(true);
    const settled = await settle(els, 12_000);
    if (!settled) figures.stuck++;
    expect(els.map((el) => `${el.localName}=${uiState(el)}`)).to.deep.equal(els.map((el) => `${el.localName}=data`));
  });

  it('a purchase under 0.2–1.5 s latency completes as one payment', async () => {
    const { outcome } = await runIntent({ name: 'latency', order: { kind: 'credits', credits: '2500' }, fault: () => {}, latency: [200, 1500] });
    expect(outcome).to.equal('completed');
  });

  it('bursts of 5xx on reads: GETs retry, and the rest end in an error with Retry that recovers', async () => {
    const sim = createSimulator();
    sim.failNext('GET *', { status: 503, times: 6 });
    sim.failNext('GET /subscription', { status: 500, times: 2 });
    const { provider } = await mountInProvider<HTMLElement>(
      html`<credits-balance></credits-balance><usage-table direction="usage"></usage-table><subscription-card></subscription-card><payments-list></payments-list>`,
      { sim },
    );
    const els = [...provider.children];
    if (!(await settle(els, 8000))) figures.stuck++;
    const failed = els.filter((e) => uiState(e) === 'error');
    for (const el of failed) el.shadowRoot!.querySelector<HTMLButtonElement>('.error-panel button')?.click();
    await Promise.all(failed.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    if (!(await settle(els, 8000))) figures.stuck++;
    expect(els.map((el) => `${el.localName}=${uiState(el)}`)).to.deep.equal(els.map((el) => `${el.localName}=data`));
  });

  it('429 with Retry-After on a read: the client waits as told, then shows the data', async () => {
    const sim = createSimulator();
    sim.failNext('GET /credits', { status: 429, headers: { 'retry-after': '1' } });
    const { el } = await mountInProvider<HTMLElement>(html`<credits-balance></credits-balance>`, { sim });
    await settle([el], 5000);
    expect(requestsTo(sim, 'GET', '/credits').length, 'retried').to.equal(2);
    expect(uiState(el)).to.equal('data');
  });

  const purchaseFaults: [string, FailureSpec | FailureSpec[], Order][] = [
    ['5xx burst on POST /purchases', [{ status: 503 }, { status: 502 }], { kind: 'credits', credits: '3000' }],
    ['429 with Retry-After on POST /purchases', { status: 429, headers: { 'retry-after': '1' } }, { kind: 'credits', credits: '1234' }],
    ['offline mid-purchase (network error before the server saw it)', { mode: 'network-error' }, { kind: 'credits', credits: '4000' }],
    ['offline on a custom payment', { mode: 'network-error', times: 2 }, { kind: 'custom', amount: '2500.50', remark: 'Watermark setup — مرحبا 🏃' }],
    ['timeout after the POST reached the server', { mode: 'commit-then-network-error' }, { kind: 'credits', credits: '5000' }],
    ['timeout after the POST reached the server, twice', { mode: 'commit-then-network-error', times: 2 }, { kind: 'custom', amount: '10.01', remark: 'Twice lost' }],
  ];
  for (const [name, spec, order] of purchaseFaults) {
    it(`${name}: input kept, the retry makes exactly one payment`, async () => {
      const specs = Array.isArray(spec) ? spec : [spec];
      const { outcome, sim, attempts } = await runIntent({
        name,
        order,
        fault: (s) => specs.forEach((f) => s.failNext('POST /purchases', f)),
      });
      expect(outcome).to.equal('completed');
      expect(attempts).to.be.greaterThan(1);
      const keys = new Set(requestsTo(sim, 'POST', '/purchases').map((r) => r.headers['idempotency-key']));
      expect(keys.size, 'one idempotency key per intent').to.equal(1);
    });
  }

  it('a token that expires mid-flow: one refresh and the purchase goes on', async () => {
    const sim = createSimulator();
    const { el, auth } = await mountWithToken(sim, (current) => sim.options.token ?? current);
    const order: Order = { kind: 'credits', credits: '2000' };
    await fillOrder(el, order);
    const before = paymentsOf(sim);
    figures.intents++;
    sim.expireToken('tok_2');
    expect(await payOnce(el)).to.equal('completed');
    figures.payments += paymentsOf(sim) - before;
    figures.refreshes += auth.refreshes;
    expect(auth.refreshes).to.equal(1);
    expect(auth.authRequired).to.equal(0);
  });

  it('a token that cannot be refreshed: credits-auth-required, input kept; after signing in again the retry pays once', async () => {
    const sim = createSimulator();
    const { el, auth } = await mountWithToken(sim, () => 'tok_stale');
    const order: Order = { kind: 'credits', credits: '7777' };
    await fillOrder(el, order);
    const before = paymentsOf(sim);
    figures.intents++;
    sim.expireToken('tok_3');
    expect(await payOnce(el)).to.equal('error');
    expect(auth.refreshes, 'one refresh').to.equal(1);
    expect(auth.authRequired, 'one credits-auth-required').to.equal(1);
    figures.refreshes += auth.refreshes;
    figures.authRequired += auth.authRequired;
    expect(shadowText(el)).to.include('sign in again');
    await checkOrderKept(el, order);
    // The host signs the user in again.
    auth.token = 'tok_3';
    expect(await payOnce(el)).to.equal('completed');
    figures.payments += paymentsOf(sim) - before;
    expect(paymentsOf(sim) - before).to.equal(1);
  });

  const billingFaults: [string, FailureSpec][] = [
    ['503', { status: 503 }],
    ['network error', { mode: 'network-error' }],
    ['429 with Retry-After', { status: 429, headers: { 'retry-after': '2' } }],
    ['422 on one field', { status: 422, code: 'validation_failed', message: 'Check the fields', fields: { 'address.postal_code': 'Not a postal code' } }],
    ['timeout after the server saved', { mode: 'commit-then-network-error' }],
    ['HTML error page', { status: 502, body: '<html><h1>502</h1></html>', contentType: 'text/html' }],
  ];
  for (const [name, spec] of billingFaults) {
    it(`billing form, save fails with ${name}: every typed field keeps its value`, async () => {
      const sim = createSimulator();
      const { el } = await mountInProvider<BillingDetailsForm>(html`<billing-details-form></billing-details-form>`, { sim, organisation: 'org_trial_us' });
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form');
      const typed: Record<string, string> = {
        business_name: 'Boston Running Club — مرحبا 🏃',
        billing_email: 'billing@bostonrunning.org',
        phone: '+1 617 555 0100',
        'address.line1': '1 Boylston St',
        'address.line2': 'Suite 7',
        'address.city': 'Boston',
        'address.state': 'MA',
        'address.postal_code': '02116',
      };
      const country = el.shadowRoot!.querySelector<HTMLSelectElement>('[name="address.country"]')!;
      country.value = 'US';
      country.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      for (const [field, value] of Object.entries(typed)) {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${field}"]`);
        if (!input) continue;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      }
      sim.failNext('PUT /billing-details', spec);
      el.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => el.shadowRoot!.querySelector('.error-panel, .field-error, [role="alert"]'), `no error shown: ${shadowText(el).slice(0, 200)}`, {
        timeout: 4000,
      });
      await el.updateComplete;
      for (const [field, value] of Object.entries(typed)) {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${field}"]`);
        if (!input) continue;
        figures.inputChecks++;
        if (input.value !== value) figures.inputLost++;
        expect(input.value, field).to.equal(value);
      }
      figures.inputChecks++;
      if (country.value !== 'US') figures.inputLost++;
    });
  }
});
