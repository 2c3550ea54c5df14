/**
 * The CDN bundle on a page that shows only `<credits-balance>` (in a provider):
 * the page downloads the entry and the chunks it imports statically, and no
 * other element's chunk. Counted from the JavaScript the page actually fetched.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createSimulator } from '../../src/simulator/index.js';

const cdn = new URL('../../dist/cdn/', import.meta.url).href;
/** The CDN files this page fetched, by file name. */
const fetchedJs = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.startsWith(cdn) && name.endsWith('.js'))
    .map((name) => name.slice(cdn.length));

/** The entry and every chunk it imports statically (read from the built files). */
async function entryClosure(): Promise<Set<string>> {
  const files = new Set(['credits-elements.js']);
  for (const queue = ['credits-elements.js']; queue.length; ) {
    const text = await (await fetch(cdn + queue.pop())).text();
    // Static imports of the minified output: `import"./x.js"` / `from"./x.js"`; dynamic ones read `import("./x.js")`.
    for (const [, file] of text.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g)) {
      if (!files.has(file!)) {
        files.add(file!);
        queue.push(file!);
      }
    }
  }
  return files;
}

describe('CDN build: a page with only <credits-balance>', () => {
  it('downloads the entry and its static imports, and no chunk of an element it does not show', async () => {
    await import(/* @vite-ignore */ `${cdn}credits-elements.js`);
    const sim = createSimulator();
    const provider = await fixture(html`<credits-provider api-base="/api" organisation="org_42" .fetch=${sim.fetch}><credits-balance></credits-balance></credits-provider>`);
    const balance = provider.querySelector('credits-balance')!;
    await waitUntil(() => /Available Credits/.test(balance.shadowRoot?.textContent ?? ''), 'the balance never drew', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300)); // anything the page would fetch after drawing

    const fetched = fetchedJs(); // before entryClosure() reads the files again
    const expected = await entryClosure();
    expect(fetched.length, `fetched: ${fetched.join(', ')}`).to.equal(expected.size);
    expect(new Set(fetched)).to.deep.equal(expected);
    const lazyTags = ['credits-area', 'purchase-wizard', 'usage-table', 'payments-list', 'billing-details-form', 'subscription-card', 'monthly-usage', 'credits-organisations'];
    for (const tag of lazyTags) {
      expect(fetched.some((f) => f.startsWith(`${tag}-`)), `${tag}'s chunk was fetched`).to.equal(false);
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('with expected-photos, the top-up advice is one more chunk (its panel and styles) and still no element chunk', async () => {
    await import(/* @vite-ignore */ `${cdn}credits-elements.js`);
    const before = new Set(fetchedJs());
    const sim = createSimulator();
    const provider = await fixture(
      html`<credits-provider api-base="/api" organisation="org_42" .fetch=${sim.fetch}><credits-balance expected-photos="20000"></credits-balance></credits-provider>`,
    );
    const balance = provider.querySelector('credits-balance')!;
    await waitUntil(() => /Top up now/.test(balance.shadowRoot?.textContent ?? ''), 'the advice never drew', { timeout: 5000 });
    // The advice panel is styled: its border is the one its chunk's rules give it.
    const advice = balance.shadowRoot!.querySelector('[part="advice"]')!;
    expect(getComputedStyle(advice).borderInlineStartWidth).to.equal('4px');
    await new Promise((r) => setTimeout(r, 300));
    const added = fetchedJs().filter((f) => !before.has(f));
    expect(added.length, `fetched: ${added.join(', ')}`).to.equal(1);
    expect(added[0]).to.match(/^advice-view-[\w-]+\.js$/);
  });
});
