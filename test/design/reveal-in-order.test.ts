/**
 * Issue #17 point 25 in <credits-area>: an element whose first data is still on the way
 * (`:state(loading)`) may still change size, so what follows it in the view stays hidden in
 * place until it has its data: nothing below it jumps. The hidden elements load meanwhile, in
 * parallel, and after 2 s they show anyway. The `loading` state itself is public (a host page
 * can do the same) and is set for an element's first data only, not when a filter reloads.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createSimulator } from '../../src/simulator/index.js';
import type { CreditsProvider } from '../../src/index.js';
import { mountInProvider, shadowText, ignoreResizeObserverLoop } from '../support.js';
import { atViewport, settled } from './support.js';
import '../../src/index.js';

ignoreResizeObserverLoop();

const isLoading = (el: Element) => el.matches(':state(loading)');
const shown = (el: Element) => getComputedStyle(el).visibility === 'visible';

/** The area on a simulator whose balance (GET …/credits) answers only when `release()` is called. */
async function areaWithHeldBalance() {
  const sim = createSimulator();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (/\/credits$/.test(url.pathname)) await gate;
    return sim.fetch(input, init);
  };
  const provider = await fixture<CreditsProvider>(
    html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${fetch}><credits-area></credits-area></credits-provider>`,
  );
  const area = provider.querySelector('credits-area')!;
  await area.updateComplete;
  const inArea = (selector: string) => area.shadowRoot!.querySelector(selector)!;
  return { sim, release, area, inArea };
}

for (const width of [1280, 390]) {
  describe(`<credits-area> shows its elements in order while they load, at ${width} px (#17.25)`, function () {
    this.timeout(20_000);
    atViewport(width);
    afterEach(() => fixtureCleanup());

    it('keeps what follows a loading balance hidden while it loads in parallel, and shows it as soon as the balance is in', async () => {
      const { sim, release, inArea } = await areaWithHeldBalance();
      const balance = inArea('credits-balance');
      const monthly = inArea('monthly-usage');
      const tables = [...inArea('.panel').querySelectorAll('usage-table')];
      // Every element below asks for its data at once, while the balance's answer is held back.
      await waitUntil(() => sim.requests.filter((r) => r.path === '/credits/transactions').length === 2, 'the usage tables did not ask for their rows', { timeout: 4000 });
      await waitUntil(() => tables.every((t) => /Photo Processing|Purchase/.test(shadowText(t))), 'the tables did not load their rows', { timeout: 4000 });
      expect(isLoading(balance)).to.equal(true);
      expect(shown(balance)).to.equal(true); // its skeleton
      expect([monthly, ...tables].map(shown)).to.deep.equal([false, false, false]);

      release();
      await waitUntil(() => /12,500/.test(shadowText(balance)), 'the balance never drew', { timeout: 4000 });
      await waitUntil(() => !isLoading(balance) && !isLoading(monthly), 'the cards never settled', { timeout: 4000 });
      await waitUntil(() => [monthly, ...tables].every(shown), 'what follows the balance stayed hidden after it loaded', { timeout: 1000 });
    });

    it('shows what follows after 2 s even while the balance is still loading (a slow answer hides no loaded table)', async () => {
      const { inArea } = await areaWithHeldBalance();
      const balance = inArea('credits-balance');
      const tables = [...inArea('.panel').querySelectorAll('usage-table')];
      expect(tables.map(shown)).to.deep.equal([false, false]);
      await waitUntil(() => tables.every(shown), 'the tables stayed hidden', { timeout: 5000 });
      expect(isLoading(balance)).to.equal(true);
    });
  });
}

describe('the loading custom state (#17.25)', function () {
  this.timeout(20_000);
  afterEach(() => fixtureCleanup());

  it('is set for the first data only: not when a new filter reloads, again after an organisation switch', async () => {
    const { el, provider } = await mountInProvider<HTMLElement & { direction: string; updateComplete: Promise<unknown> }>(
      html`<usage-table direction="usage"></usage-table>`,
      { latency: 80 },
    );
    expect(isLoading(el)).to.equal(true);
    await settled(provider);
    expect(isLoading(el)).to.equal(false);

    el.direction = 'addition'; // new rows to fetch: the table reloads in place, and its size is known
    await el.updateComplete;
    expect(isLoading(el)).to.equal(false);

    provider.setAttribute('organisation', 'org_payg');
    await waitUntil(() => isLoading(el), 'an organisation switch did not set loading again', { timeout: 2000 });
    await settled(provider);
    expect(isLoading(el)).to.equal(false);
  });
});
