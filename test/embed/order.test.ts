/** Order-proof configuration (issue 20, part 2): same-task properties, auth="token", single-flight refresh, a token provider that never answers. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-provider/define.js';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/monthly-usage/define.js';
import '../../src/elements/usage-table/define.js';
import '../../src/elements/payments-list/define.js';
import '../../src/elements/subscription-card/define.js';
import '../../src/elements/billing-details-form/define.js';
import '../../src/elements/purchase-wizard/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { CreditsClient, type TokenProvider } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { createSimulator } from '../../src/simulator/index.js';
import { waitForText } from '../support.js';

const SEVEN = ['credits-balance', 'monthly-usage', 'usage-table', 'payments-list', 'subscription-card', 'billing-details-form', 'purchase-wizard'];

describe('order-proof configuration', () => {
  it('properties set in the same task as appending are used by the first request (none reaches the real server)', async () => {
    const original = globalThis.fetch;
    const calls: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const sim = createSimulator();
      const host = await fixture(html`<div></div>`);
      const provider = document.createElement('credits-provider');
      provider.setAttribute('api-base', '/api');
      provider.setAttribute('organisation', 'org_42');
      provider.setAttribute('locale', 'en-IN');
      const balance = document.createElement('credits-balance');
      provider.append(balance);
      host.append(provider);
      provider.fetch = sim.fetch; // right after connecting, same task
      await waitForText(balance, 'credits');
      expect(calls, 'requests to the real server').to.deep.equal([]);
      expect(sim.requests.filter((r) => r.path === '/credits').length).to.equal(1);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('auth="token": nothing is requested until tokenProvider is set, and no credits-auth-required fires meanwhile', async () => {
    const sim = createSimulator({ token: 'tok' });
    const events: Event[] = [];
    const provider = await fixture<CreditsProvider>(html`<credits-provider auth="token" api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch}
      @credits-auth-required=${(e: Event) => events.push(e)} @credits-error=${(e: Event) => events.push(e)}>
      <credits-balance></credits-balance>
    </credits-provider>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sim.requests).to.have.length(0);
    expect(events).to.have.length(0);
    provider.tokenProvider = () => 'tok';
    await waitForText(provider.querySelector('credits-balance')!, 'credits');
    expect(events).to.have.length(0);
  });

  it('seven elements with an expired token: one forced refresh for the provider, then every element loads', async () => {
    const sim = createSimulator({ token: 'old' });
    sim.expireToken('new');
    const forced: boolean[] = [];
    const tokenProvider: TokenProvider = ({ forceRefresh }) => {
      if (forceRefresh) forced.push(true);
      return forceRefresh ? 'new' : 'old';
    };
    const auth: Event[] = [];
    const provider = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch} .tokenProvider=${tokenProvider}
      @credits-auth-required=${(e: Event) => auth.push(e)}>
      ${SEVEN.map((tag) => document.createElement(tag))}
    </credits-provider>`);
    await waitForText(provider.querySelector('credits-balance')!, 'credits');
    await waitUntil(() => sim.requests.filter((r) => r.headers.authorization === 'Bearer new').length >= 7, 'not every element retried', { timeout: 4000 });
    expect(forced).to.have.length(1);
    expect(auth).to.have.length(0);
  });

  it('seven elements whose refreshed token is refused too: one refresh and one credits-auth-required', async () => {
    const sim = createSimulator({ token: 'good' });
    let forced = 0;
    const tokenProvider: TokenProvider = ({ forceRefresh }) => {
      if (forceRefresh) forced++;
      return forceRefresh ? 'still-bad' : 'bad';
    };
    const auth: Event[] = [];
    const provider = await fixture<CreditsProvider>(html`<credits-provider api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch} .tokenProvider=${tokenProvider}
      @credits-auth-required=${(e: Event) => auth.push(e)}>
      ${SEVEN.map((tag) => document.createElement(tag))}
    </credits-provider>`);
    await waitForText(provider.querySelector('credits-balance')!, 'Your session has expired');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(forced).to.equal(1);
    expect(auth).to.have.length(1);
  });

  it('a token provider that never answers gives the timeout error (Retry) after the request timeout', async () => {
    const client = new CreditsClient({ apiBase: '/api', fetch: createSimulator().fetch, timeout: 150, tokenProvider: () => new Promise<string>(() => {}) });
    const started = Date.now();
    const error = await client.getCredits('org_42').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).kind).to.equal('timeout');
    expect((error as ApiError).transient, 'offers Retry').to.equal(true);
    expect(Date.now() - started).to.be.lessThan(2000);
  });
});
