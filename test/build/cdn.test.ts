/**
 * The CDN bundle (built by `npm run build` before the browser tests) works on a
 * page from one module script: it defines every element (the provider and the
 * balance at once, the others when their tag appears) and a provider inside it
 * loads data. This page imports nothing else of the library.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { templates as hindi } from '../../src/i18n/locales/hi.js';

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}
let tags: string[] = [];

describe('CDN build (dist/cdn/credits-elements.js)', () => {
  before(async () => {
    const manifest = (await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json()) as Manifest;
    tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName ?? '')).filter(Boolean);
    // A path the test runner serves as-is: the bundle must not need any import rewriting.
    const url = new URL('../../dist/cdn/credits-elements.js', import.meta.url).href;
    await import(/* @vite-ignore */ url);
  });

  it('defines the provider and the balance at once, and every other element of the manifest once its tag is on the page', async () => {
    expect(tags.length).to.be.greaterThan(0);
    expect(customElements.get('credits-provider')).to.not.equal(undefined);
    expect(customElements.get('credits-balance')).to.not.equal(undefined);
    const page = await fixture(html`<div></div>`);
    for (const tag of tags) page.append(document.createElement(tag));
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    for (const tag of tags) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('is loaded a second time without throwing', async () => {
    const url = new URL('../../dist/cdn/credits-elements.js?again', import.meta.url).href;
    await import(/* @vite-ignore */ url);
  });

  const calls: string[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(new URL(request.url).pathname);
    return new Response(JSON.stringify({ error: { code: 'nope', message: 'Nothing here' } }), { status: 404, headers: { 'content-type': 'application/json', 'x-request-id': 'req_cdn' } });
  };

  it('a provider from the bundle serves the elements inside it', async () => {
    const provider = await fixture(html`<credits-provider api-base="/api" organisation="org_cdn" .fetch=${fakeFetch}></credits-provider>`);
    expect(provider.shadowRoot).to.not.equal(null);
    const Probe = customElements.get('credits-provider')!;
    expect(Probe).to.be.a('function');
    if (customElements.get('credits-balance')) {
      const balance = document.createElement('credits-balance');
      provider.append(balance);
      await waitUntil(() => calls.includes('/api/organisations/org_cdn/credits'), 'the balance never asked for /credits');
    }
  });

  it('gives hosts the CreditsClient class on demand (loadClient), which calls every endpoint', async () => {
    const url = new URL('../../dist/cdn/credits-elements.js', import.meta.url).href;
    const cdn = (await import(/* @vite-ignore */ url)) as { loadClient: () => Promise<new (o: { apiBase: string; fetch: typeof fetch; retryLimit: number }) => Record<string, (...a: unknown[]) => Promise<unknown>>> };
    const CreditsClient = await cdn.loadClient();
    const client = new CreditsClient({ apiBase: '/api', fetch: fakeFetch, retryLimit: 0 });
    const before = calls.length;
    const error = await client.getPurchaseOptions!('org_client').catch((e: unknown) => e);
    expect(error).to.have.property('requestId', 'req_cdn');
    expect(calls.slice(before)).to.deep.equal(['/api/organisations/org_client/purchase-options']);
  });

  // The build shortens message ids (build/shrink.ts) in the elements and in the Hindi chunk alike:
  // the strings must still switch (the error's headline is one whole message per resource).
  it('switches to Hindi: the lazy catalog chunk answers the shortened message ids', async () => {
    const provider = await fixture(html`<credits-provider api-base="/api" organisation="org_cdn" locale="hi-IN" .fetch=${fakeFetch}><credits-balance></credits-balance></credits-provider>`);
    const balance = provider.querySelector('credits-balance')!;
    const text = () => balance.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    const heading = hindi['credits-balance.available'];
    const failed = hindi['credits-balance.load-failed'];
    await waitUntil(() => text().includes(heading), `the heading never read "${heading}"`, { timeout: 5000 });
    await waitUntil(() => text().includes(failed), `the error never read "${failed}"`, { timeout: 5000 });
    provider.setAttribute('locale', 'en-IN');
    await waitUntil(() => text().includes('Available Credits'), 'the heading did not switch back to English', { timeout: 5000 });
  });
});
