import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import fc from 'fast-check';
import { CreditsClient } from '../../src/api/client.js';
import { CreditsStore } from '../../src/state/store.js';
import { listPaging } from '../../src/state/paging.js';
import { creditsSummary, payments, transactions } from '../../src/state/resources.js';
import { CreditsElement } from '../../src/base/credits-element.js';
import { ResourceController } from '../../src/state/resource-controller.js';
import '../../src/elements/credits-provider/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { creditsBody, fakeFetch } from '../fake-fetch.js';

const makeStore = (f: typeof fetch, organisation = 'org_a') =>
  new CreditsStore({ client: new CreditsClient({ apiBase: '/api', fetch: f, retryDelay: () => 1 }), organisation });

const orgOf = (url: URL) => decodeURIComponent(url.pathname.split('/')[3]!);

/** A minimal reader of the balance, as an element would be. */
class BalanceProbe extends CreditsElement {
  readonly summary = new ResourceController(this, creditsSummary);
  /** Every organisation name this element ever rendered next to the provider's organisation. */
  static frames: { shown: string; context: string }[] = [];
  protected override render() {
    const data = this.summary.state.data;
    if (data) BalanceProbe.frames.push({ shown: data.organisation.id, context: this.credits!.organisation });
    return data ? html`<p>${data.organisation.id}: ${data.available_credits}</p>` : html`<p>loading</p>`;
  }
}
customElements.define('balance-probe', BalanceProbe);
void LitElement;

describe('CreditsStore', () => {
  it('makes one request for many subscribers of one resource (in-flight dedupe)', async () => {
    const f = fakeFetch(() => ({ body: creditsBody('org_a'), delay: 20 }));
    const store = makeStore(f.fetch);
    for (let i = 0; i < 5; i++) store.subscribe(creditsSummary, undefined, () => {});
    await waitUntil(() => store.read(creditsSummary, undefined).status === 'success');
    expect(f.calls).to.have.length(1);
  });

  it('serves fresh data from cache and refetches stale data in the background', async () => {
    let now = 0;
    const f = fakeFetch((_, i) => ({ body: creditsBody('org_a', 100 + i) }));
    const store = new CreditsStore({ client: new CreditsClient({ apiBase: '/api', fetch: f.fetch }), organisation: 'org_a', staleTime: 1000, now: () => now });
    const off = store.subscribe(creditsSummary, undefined, () => {});
    await waitUntil(() => store.read(creditsSummary, undefined).status === 'success');
    off();
    store.subscribe(creditsSummary, undefined, () => {})();
    expect(f.calls).to.have.length(1);
    now = 5000;
    store.subscribe(creditsSummary, undefined, () => {});
    const state = store.read(creditsSummary, undefined);
    expect(state.refreshing).to.equal(true);
    expect(state.data!.available_credits).to.equal(100);
    await waitUntil(() => store.read(creditsSummary, undefined).data!.available_credits === 101);
    expect(f.calls).to.have.length(2);
  });

  it('invalidates by tag: read resources reload once, others only go stale', async () => {
    const f = fakeFetch((call) => ({ body: call.url.pathname.endsWith('/credits') ? creditsBody('org_a') : { data: [], next_cursor: null } }));
    const store = makeStore(f.fetch);
    store.subscribe(creditsSummary, undefined, () => {});
    const offPayments = store.subscribe(payments, undefined, () => {});
    await waitUntil(() => store.read(payments, undefined).status === 'success' && store.read(creditsSummary, undefined).status === 'success');
    offPayments();
    f.calls.length = 0;
    store.invalidate(['balance', 'payments', 'transactions']);
    await waitUntil(() => f.calls.length === 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(f.calls.map((c) => c.url.pathname)).to.deep.equal(['/api/organisations/org_a/credits']);
    store.subscribe(payments, undefined, () => {});
    await waitUntil(() => f.calls.length === 2);
  });

  it('pages a list and keeps loaded rows across a refresh, new rows on top', async () => {
    let head = [{ id: 'p3' }, { id: 'p2' }];
    const pageOf = (cursor: string | null) =>
      cursor ? { data: [{ id: 'p1' }], next_cursor: null } : { data: head, next_cursor: 'c1' };
    const f = fakeFetch((call) => ({ body: pageOf(call.url.searchParams.get('cursor')) }));
    const store = makeStore(f.fetch);
    // Items only need an id for the store; the schema is bypassed with a custom def.
    const def = { name: 'things', tags: ['payments'] as const, paging: listPaging, loadPage: async (_: unknown, cursor: string | null) => pageOf(cursor) };
    store.subscribe(def, undefined, () => {});
    await waitUntil(() => store.read(def, undefined).status === 'success');
    await store.loadMore(def, undefined);
    expect(store.read(def, undefined).data!.items.map((i) => i.id)).to.deep.equal(['p3', 'p2', 'p1']);
    head = [{ id: 'p4' }, { id: 'p3' }];
    await store.refresh(def, undefined);
    expect(store.read(def, undefined).data!.items.map((i) => i.id)).to.deep.equal(['p4', 'p3', 'p2', 'p1']);
    void transactions;
  });

  it('an organisation switch aborts the old requests and never shows old data', async () => {
    const f = fakeFetch((call) => ({ body: creditsBody(orgOf(call.url)), delay: 50 }));
    const store = makeStore(f.fetch, 'org_a');
    store.subscribe(creditsSummary, undefined, () => {});
    store.setOrganisation('org_b');
    expect(store.read(creditsSummary, undefined).status).to.equal('idle');
    store.subscribe(creditsSummary, undefined, () => {});
    await waitUntil(() => store.read(creditsSummary, undefined).status === 'success');
    expect(store.read(creditsSummary, undefined).data!.organisation.id).to.equal('org_b');
  });
});

describe('<credits-provider> and elements', () => {
  it('five elements under one provider make exactly one request for the balance', async () => {
    const f = fakeFetch((call) => ({ body: creditsBody(orgOf(call.url)), delay: 10 }));
    const el = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_a" .fetch=${f.fetch}>
      <balance-probe></balance-probe><balance-probe></balance-probe><balance-probe></balance-probe><balance-probe></balance-probe><balance-probe></balance-probe>
    </credits-provider>`);
    const probes = [...el.querySelectorAll('balance-probe')];
    await waitUntil(() => probes.every((p) => p.shadowRoot!.textContent!.includes('12,500') || p.shadowRoot!.textContent!.includes('12500')));
    expect(f.calls).to.have.length(1);
  });

  it('an element with api-base and organisation works without a provider', async () => {
    const f = fakeFetch((call) => ({ body: creditsBody(orgOf(call.url)) }));
    const el = await fixture<BalanceProbe>(html`<balance-probe api-base="/api" organisation="solo" .fetch=${f.fetch}></balance-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('solo'));
    expect(f.calls[0]!.url.pathname).to.equal('/api/organisations/solo/credits');
  });

  it('switching back and forth between organisations within the cache lifetime makes no new request', async () => {
    const f = fakeFetch((call) => ({ body: creditsBody(orgOf(call.url)) }));
    const el = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_a" .fetch=${f.fetch}><balance-probe></balance-probe></credits-provider>`);
    const probe = el.querySelector<BalanceProbe>('balance-probe')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('org_a:'));
    el.organisation = 'org_b';
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('org_b:'));
    el.organisation = 'org_a';
    await el.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.include('org_a:');
    el.organisation = 'org_b';
    await probe.updateComplete;
    expect(f.calls).to.have.length(2);
  });

  it('100 random organisation switches under random latencies never render one organisation under another', async function () {
    this.timeout(30_000);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ org: fc.constantFrom('org_a', 'org_b', 'org_c'), wait: fc.integer({ min: 0, max: 15 }) }), { minLength: 100, maxLength: 100 }),
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 8, maxLength: 8 }),
        async (steps, latencies) => {
          const f = fakeFetch((call, i) => ({ body: creditsBody(orgOf(call.url)), delay: latencies[i % latencies.length] }));
          BalanceProbe.frames = [];
          const el = await fixture<CreditsProvider>(
            html`<credits-provider api-base="/api" organisation="org_a" .fetch=${f.fetch} .staleTime=${0}><balance-probe></balance-probe><balance-probe></balance-probe></credits-provider>`,
          );
          for (const step of steps) {
            el.organisation = step.org;
            await new Promise((r) => setTimeout(r, step.wait));
          }
          await waitUntil(() => BalanceProbe.frames.at(-1)?.shown === el.organisation, undefined, { timeout: 3000 });
          const wrong = BalanceProbe.frames.filter((f) => f.shown !== f.context);
          expect(wrong, JSON.stringify(wrong.slice(0, 3))).to.have.length(0);
          el.remove();
        },
      ),
      { numRuns: 3 },
    );
  });
});

describe('what a completed payment refreshes', () => {
  it('credits: balance, purchase history, payments; Pro: also the plan; custom: payments only', async () => {
    const { tagsAfterPayment } = await import('../../src/state/actions.js');
    expect([...tagsAfterPayment({ kind: 'credits' })].sort()).to.deep.equal(['additions', 'balance', 'payments']);
    expect([...tagsAfterPayment({ kind: 'pro_subscription' })].sort()).to.deep.equal(['additions', 'balance', 'payments', 'subscription']);
    expect(tagsAfterPayment({ kind: 'custom' })).to.deep.equal(['payments']);
  });
});
