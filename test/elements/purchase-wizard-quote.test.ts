import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { CreditsErrorEvent } from '../../src/core/events.js';
import { $, button, requestsTo, shadowText, waitForText } from '../support.js';
import { heading, mountWizard, press, summaryTotal, typeInto } from './wizard-helpers.js';

describe('<purchase-wizard>: quotes', () => {
  it('the live preview equals the server quote for many random quantities (and no mismatch is reported)', async () => {
    const { el, provider } = await mountWizard({ organisation: 'org_expired' });
    const mismatches: CreditsErrorEvent[] = [];
    provider.addEventListener('credits-error', (e) => e.detail.operation === 'quote-mismatch' && mismatches.push(e));
    await press(el, 'Next');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1000, max: 10_000_000 }), async (credits) => {
        await typeInto(el, '#credits', String(credits));
        const preview = summaryTotal(el);
        await press(el, 'Next');
        expect(heading(el)).to.equal('Review your order');
        await waitForText(el, 'Price confirmed');
        expect(summaryTotal(el)).to.equal(preview);
        expect(shadowText(el)).to.include(`Price confirmed: ${preview} in total.`);
        await press(el, 'Back');
      }),
      { numRuns: 30 },
    );
    expect(mismatches).to.have.length(0);
  });

  it('debounces: typing quickly asks for one quote', async () => {
    const { el, sim } = await mountWizard();
    el.quoteDelay = 150;
    await press(el, 'Next');
    const before = requestsTo(sim, 'POST', '/purchases/quote').length;
    for (const typed of ['2', '20', '200', '2000', '20000']) await typeInto(el, '#credits', typed);
    await waitUntil(() => requestsTo(sim, 'POST', '/purchases/quote').length > before);
    await new Promise((r) => setTimeout(r, 250));
    const bodies = requestsTo(sim, 'POST', '/purchases/quote').slice(before).map((r) => r.body);
    expect(bodies).to.deep.equal([{ kind: 'credits', credits: 20000 }]);
  });

  it('a stale quote never overwrites a newer one (the old request is aborted; a late answer is ignored)', async () => {
    const { el, sim, provider } = await mountWizard();
    const quoteSignals: AbortSignal[] = [];
    let quotes = 0;
    provider.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (!request.url.endsWith('/purchases/quote')) return sim.fetch(request);
      quoteSignals.push(request.signal);
      const first = quotes++ === 0;
      // A transport that ignores the abort: the first answer still arrives, late.
      const detached = new Request(request, { signal: null });
      if (first) await new Promise((r) => setTimeout(r, 300));
      return sim.handle(detached);
    };
    await provider.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('button[type=submit]'), 'the options never reloaded');
    await press(el, 'Next');
    await typeInto(el, '#credits', '2000');
    await waitUntil(() => quotes === 1);
    await typeInto(el, '#credits', '3000');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    await new Promise((r) => setTimeout(r, 400)); // the stale answer has arrived by now
    expect(quoteSignals[0]!.aborted).to.equal(true);
    expect(summaryTotal(el)).to.equal('₹5,310.00');
    expect(shadowText(el)).to.include('Price confirmed: ₹5,310.00 in total.');
  });

  it('when the server quote differs from the preview, the server wins and credits-error reports quote-mismatch', async () => {
    const { el, sim } = await mountWizard();
    const events: CreditsErrorEvent[] = [];
    el.addEventListener('credits-error', (e) => events.push(e));
    await press(el, 'Next');
    sim.respondWith('POST /purchases/quote', 200, {
      currency: 'INR',
      lines: [{ label: 'Credits', quantity: 5000, unit_amount: '1.50', amount: '7500.00' }],
      subtotal: '7500.00',
      tax: { name: 'GST', rate: '0.18', amount: '1351.00' },
      total: '8851.00',
    });
    await typeInto(el, '#credits', '5000');
    expect(summaryTotal(el)).to.equal('₹8,850.00');
    await press(el, 'Next');
    await waitForText(el, 'Price confirmed');
    expect(summaryTotal(el)).to.equal('₹8,851.00');
    const mismatch = events.filter((e) => e.detail.operation === 'quote-mismatch');
    expect(mismatch).to.have.length(1);
    await press(el, 'Continue to payment');
    expect(shadowText(el)).to.include('₹8,851.00');
  });

  it('a failed quote shows the error with Retry and blocks the payment step', async () => {
    const { el, sim } = await mountWizard();
    sim.failNext('POST /purchases/quote', { status: 500 });
    await press(el, 'Next');
    await press(el, 'Next');
    await waitForText(el, 'The price could not be loaded');
    expect(button(el, 'Continue to payment').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Retry').click();
    await waitForText(el, 'Price confirmed');
    expect(button(el, 'Continue to payment').disabled).to.equal(false);
    expect($(el, 'table.summary').getAttribute('aria-busy')).to.equal('false');
  });
});
