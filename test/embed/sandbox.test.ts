/** `sandbox` (issue 20, part 1): the simulated backend in the page, marked, never mixed with a real setup. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/elements/credits-provider/define.js';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/purchase-wizard/define.js';
import '../../src/elements/credits-area/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import type { CreditsErrorEvent, CreditsPurchaseCompleteEvent } from '../../src/core/events.js';
import { createSimulatedGateway, createSimulator } from '../../src/simulator/index.js';
import { shadowText, waitForText } from '../support.js';
import { payButton, toPayment, waitForOutcome } from '../elements/wizard-helpers.js';

/** Counts calls of the global fetch while a test runs. */
function countGlobalFetch() {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

const balanceFigure = (el: Element) => Number(/([\d,]+)\s*credits/i.exec(shadowText(el))?.[1]?.replace(/,/g, '') ?? NaN);

describe('sandbox', () => {
  let counter: ReturnType<typeof countGlobalFetch>;
  beforeEach(() => (counter = countGlobalFetch()));
  afterEach(() => counter.restore());

  it('runs reads, the purchase and the payment step on the simulator, with no network and no built-in gateway', async () => {
    const provider = await fixture<CreditsProvider>(html`<credits-provider sandbox locale="en-IN">
      <credits-balance></credits-balance>
      <purchase-wizard></purchase-wizard>
    </credits-provider>`);
    const balance = provider.querySelector('credits-balance')!;
    const wizard = provider.querySelector<PurchaseWizard>('purchase-wizard')!;
    wizard.quoteDelay = 0;
    // Without `organisation`: the simulator's main seeded organisation (org_42, INR).
    await waitForText(balance, 'credits', 6000);
    await waitUntil(() => !Number.isNaN(balanceFigure(balance)), 'no balance figure', { timeout: 6000 });
    const before = balanceFigure(balance);
    const events: CreditsPurchaseCompleteEvent[] = [];
    provider.addEventListener('credits-purchase-complete', (e) => events.push(e));
    await waitUntil(() => wizard.shadowRoot?.querySelector('#step-heading'), 'the wizard never showed a step', { timeout: 6000 });
    await toPayment(wizard, { credits: '1000' });
    payButton(wizard).click();
    await waitForOutcome(wizard, 'completed');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.sandbox).to.equal(true);
    expect(events[0]!.detail.payment.status).to.equal('completed');
    await waitUntil(() => balanceFigure(balance) === before + 1000, `balance ${balanceFigure(balance)} did not grow by 1000 from ${before}`, { timeout: 6000 });
    expect(counter.calls, 'requests that reached the network').to.deep.equal([]);
    expect(document.querySelector('script[src*="razorpay"]'), 'Razorpay checkout.js loaded').to.equal(null);
  });

  it('shows a Sandbox marker in the shadow DOM of every element, with no part to hide it', async () => {
    const area = await fixture(html`<credits-area sandbox locale="en-IN"></credits-area>`);
    await waitUntil(() => area.shadowRoot?.querySelector('credits-provider credits-balance')?.shadowRoot?.querySelector('.credits-sandbox-marker'), 'no marker in the balance', {
      timeout: 6000,
    });
    const balance = area.shadowRoot!.querySelector('credits-balance')!;
    for (const el of [area, balance]) {
      const marker = el.shadowRoot!.querySelector('.credits-sandbox-marker')!;
      expect(marker.textContent).to.equal('Sandbox');
      expect(marker.hasAttribute('part')).to.equal(false);
      expect(getComputedStyle(marker).display).to.equal('block');
      expect(marker.getBoundingClientRect().height).to.be.greaterThan(0);
    }
    // One marker however often the element updates (more would push the content down under the pointer).
    for (const el of [area, balance] as LitElement[]) {
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelectorAll('.credits-sandbox-marker'), `markers in <${el.localName}>`).to.have.length(1);
    }
    const real = await fixture(html`<credits-balance api-base="/api" organisation="org_42" .fetch=${createSimulator().fetch}></credits-balance>`);
    await waitForText(real, 'credits');
    expect(real.shadowRoot!.querySelector('.credits-sandbox-marker')).to.equal(null);
  });

  for (const [name, setup] of [
    ['tokenProvider', (p: CreditsProvider) => (p.tokenProvider = () => 'tok')],
    ['gateways', (p: CreditsProvider) => (p.gateways = [])],
    ['api-base', (p: CreditsProvider) => (p.apiBase = 'https://api.example.com/v1')],
  ] as const) {
    it(`refuses to start with ${name} given as well: an error saying why, nothing sent`, async () => {
      const provider = document.createElement('credits-provider');
      provider.sandbox = true;
      provider.locale = 'en-IN';
      setup(provider);
      const balance = document.createElement('credits-balance');
      provider.append(balance);
      const errors: CreditsErrorEvent[] = [];
      provider.addEventListener('credits-error', (e) => errors.push(e));
      const host = await fixture(html`<div></div>`);
      host.append(provider);
      await waitForText(balance, 'The sandbox did not start', 6000);
      expect(shadowText(balance)).to.include(name);
      expect(shadowText(balance)).not.to.include('Retry');
      expect(errors[0]?.detail.sandbox).to.equal(true);
      expect(counter.calls).to.deep.equal([]);
    });
  }
});

/** The provider's wizard buys 1,000 credits and shows the completed outcome. */
async function buysThousandCredits(provider: CreditsProvider): Promise<void> {
  const wizard = provider.querySelector<PurchaseWizard>('purchase-wizard')!;
  wizard.quoteDelay = 0;
  await waitUntil(() => wizard.shadowRoot?.querySelector('#step-heading'), 'no step', { timeout: 4000 });
  await toPayment(wizard, { credits: '1000' });
  payButton(wizard).click();
  await waitForOutcome(wizard, 'completed');
}

describe('gateways', () => {
  it('a simulator given as fetch brings its gateway: the purchase completes without a built-in gateway', async () => {
    const sim = createSimulator();
    const provider = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch}>
      <purchase-wizard></purchase-wizard>
    </credits-provider>`);
    await buysThousandCredits(provider);
    expect(sim.requests.some((r) => r.path.startsWith('/__simulator/gateway/'))).to.equal(true);
    expect(document.querySelector('script[src*="razorpay"]')).to.equal(null);
  });

  it('a host-given createSimulatedGateway(sim) pays a Razorpay checkout (the list is used, whatever the names)', async () => {
    const sim = createSimulator();
    const through = sim.fetch;
    const provider = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN"
      .fetch=${(input: RequestInfo | URL, init?: RequestInit) => through(input, init)} .gateways=${[createSimulatedGateway(sim)]}>
      <purchase-wizard></purchase-wizard>
    </credits-provider>`);
    await buysThousandCredits(provider);
    expect(document.querySelector('script[src*="razorpay"]')).to.equal(null);
  });

  it('a gateway that cannot load fires credits-error', async () => {
    const sim = createSimulator();
    const failing = { name: 'razorpay', pay: () => Promise.reject(new Error('Razorpay checkout could not be loaded')) };
    const provider = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch} .gateways=${[failing]}>
      <purchase-wizard></purchase-wizard>
    </credits-provider>`);
    const errors: CreditsErrorEvent[] = [];
    provider.addEventListener('credits-error', (e) => errors.push(e));
    const wizard = provider.querySelector<PurchaseWizard>('purchase-wizard')!;
    wizard.quoteDelay = 0;
    await waitUntil(() => wizard.shadowRoot?.querySelector('#step-heading'), 'no step', { timeout: 4000 });
    await toPayment(wizard, { credits: '1000' });
    payButton(wizard).click();
    await waitUntil(() => errors.some((e) => e.detail.operation === 'gateway'), 'no credits-error for the gateway', { timeout: 4000 });
    expect(errors.find((e) => e.detail.operation === 'gateway')!.detail.error.message).to.include('could not be loaded');
  });

  it('the simulated gateway needs the simulator’s own fetch (no fallback to the global fetch)', () => {
    const sim = createSimulator();
    expect(() => createSimulatedGateway({ options: sim.options })).to.throw(/needs the simulator/);
    expect(createSimulatedGateway({ options: sim.options, fetch: sim.fetch }).anyGateway).to.equal(true);
  });
});
