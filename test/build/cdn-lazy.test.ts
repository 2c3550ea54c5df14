/**
 * The CDN build's loader (src/autoload.ts): elements other than the provider and
 * the balance load when their tag is first seen — in the page's HTML before the
 * script ran, added later, inside a provider in a host's shadow root, in what
 * `<credits-area>` renders — or through `discover(root)` / `load(tag)`; while
 * loading they show nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createSimulator } from '../../src/simulator/index.js';

interface Loader {
  discover(root: Document | Element | DocumentFragment): Promise<void>;
  load(tag: string): Promise<CustomElementConstructor | undefined>;
}
const url = new URL('../../dist/cdn/credits-elements.js', import.meta.url).href;
let cdn: Loader;

// Written into the page before the script runs, as a page's HTML would.
const sim = createSimulator();
const early = Object.assign(document.createElement('monthly-usage'), { fetch: sim.fetch });
early.setAttribute('api-base', '/api');
early.setAttribute('organisation', 'org_42');
document.body.append(early);

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('CDN build: elements load when their tag is first seen', () => {
  before(async () => {
    expect(customElements.get('monthly-usage')).to.equal(undefined);
    cdn = (await import(/* @vite-ignore */ url)) as Loader;
  });
  after(() => early.remove());

  it('defines an element written into the page before the script ran', async () => {
    await customElements.whenDefined('monthly-usage');
    await waitUntil(() => text(early).length > 0, 'the early element never drew');
    expect(sim.requests.some((r) => r.path.includes('/monthly-usage')), 'it asked for its data').to.equal(true);
  });

  it('hides an element while its code loads, light content included (no unstyled text)', async () => {
    const page = await fixture(html`<div></div>`);
    const card = document.createElement('subscription-card');
    card.textContent = 'Fallback text';
    page.append(card);
    expect(customElements.get('subscription-card')).to.equal(undefined);
    expect(getComputedStyle(card).visibility).to.equal('hidden');
    await customElements.whenDefined('subscription-card');
    expect(getComputedStyle(card).visibility).to.equal('visible');
  });

  it('loads an element added inside a provider in a host\'s open shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const provider = document.createElement('credits-provider') as HTMLElement & { fetch?: typeof fetch };
    provider.setAttribute('api-base', '/api');
    provider.setAttribute('organisation', 'org_42');
    provider.fetch = sim.fetch;
    shadow.append(provider);
    await (provider as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const payments = document.createElement('payments-list');
    provider.append(payments); // added after the provider connected: the watched shadow root sees it
    await waitUntil(() => customElements.get('payments-list') !== undefined, 'payments-list never loaded', { timeout: 5000 });
    await waitUntil(() => text(payments).length > 0, 'payments-list never drew');
  });

  it('discover(root) loads the tags of a root it cannot see, and keeps watching it', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('usage-table'));
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('usage-table'), 'a plain host shadow root is not seen on its own').to.equal(undefined);
    await cdn.discover(shadow);
    expect(customElements.get('usage-table')).to.not.equal(undefined);
    shadow.append(document.createElement('credits-organisations'));
    await waitUntil(() => customElements.get('credits-organisations') !== undefined, 'a tag added later to the discovered root never loaded', { timeout: 5000 });
  });

  it('load(tag) resolves with the class; an unknown tag with undefined', async () => {
    const Wizard = await cdn.load('purchase-wizard');
    expect(Wizard).to.equal(customElements.get('purchase-wizard'));
    expect(await cdn.load('not-a-credits-tag')).to.equal(undefined);
    expect(await cdn.load('credits-balance')).to.equal(customElements.get('credits-balance'));
  });

  it('<credits-area> loads with everything it renders, and shows data', async () => {
    const area = await fixture(html`<credits-area api-base="/api" organisation="org_42" .fetch=${sim.fetch}></credits-area>`);
    await customElements.whenDefined('credits-area');
    const balance = () => area.shadowRoot?.querySelector('credits-balance');
    await waitUntil(() => /Available Credits/.test(balance() ? text(balance()!) : ''), 'the area\'s balance never drew', { timeout: 5000 });
    for (const tag of ['usage-table', 'billing-details-form', 'payments-list', 'monthly-usage', 'purchase-wizard', 'subscription-card']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });
});
