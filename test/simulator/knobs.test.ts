import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import { CreditsClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { createSimulatedGateway } from '../../src/simulator/gateway.js';
import { simulatorHandlers } from '../../src/simulator/msw.js';
import { harness, newKey } from './helpers.js';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('simulator: knobs', () => {
  it('lets only staff grant credits, with an idempotency key', async () => {
    const h = harness();
    const grant = (key: string | null) =>
      h.call('POST', 'org_42/credits/grants', { credits: 500, reason: 'Goodwill for failed sync' }, key ? { 'idempotency-key': key } : {});
    const denied = await grant(newKey());
    expect(denied.status).to.equal(403);
    expect(denied.json.error.code).to.equal('not_allowed');
    h.sim.options.viewer = { email: 'staff@9pic.ai', is_staff: true };
    expect((await grant(null)).json.error.code).to.equal('idempotency_key_required');
    expect((await h.call('POST', 'org_42/credits/grants', { credits: 0, reason: '' }, { 'idempotency-key': newKey() })).json.error.fields).to.have.keys('credits', 'reason');
    const key = newKey();
    const first = await grant(key);
    expect(first.status).to.equal(201);
    expect(first.json).to.deep.include({ type: 'admin_grant', delta: 500, user_email: 'staff@9pic.ai', created_at: '2026-06-15T10:00:00Z' });
    expect((await grant(key)).json).to.deep.equal(first.json);
    expect((await h.call('GET', 'org_42/credits')).json.available_credits).to.equal(13000);
    const client = new CreditsClient({ apiBase: '/api', fetch: h.sim.fetch, retryDelay: () => 0 });
    expect((await client.grantCredits('org_42', { credits: 1, reason: 'x' }, { idempotencyKey: newKey() })).delta).to.equal(1);
    expect((await client.getCredits('org_42')).viewer.is_staff).to.equal(true);
  });

  it('requires the bearer token when one is set, and accepts a refreshed one', async () => {
    const h = harness({ token: 'tok_1' });
    const noAuth = await h.call('GET', 'org_42/credits');
    expect(noAuth.status).to.equal(401);
    expect(noAuth.json.error.code).to.equal('unauthorized');
    expect((await h.call('GET', 'org_42/credits', undefined, { authorization: 'Bearer wrong' })).status).to.equal(401);
    expect((await h.call('GET', 'org_42/credits', undefined, { authorization: 'Bearer tok_1' })).status).to.equal(200);
    h.sim.expireToken('tok_2');
    expect((await h.call('GET', 'org_42/credits', undefined, { authorization: 'Bearer tok_1' })).status).to.equal(401);
    let current = 'tok_1';
    const client = new CreditsClient({
      apiBase: '/api', fetch: h.sim.fetch, retryDelay: () => 0,
      tokenProvider: ({ forceRefresh }) => (forceRefresh ? (current = 'tok_2') : current),
    });
    expect((await client.getCredits('org_42')).organisation.id).to.equal('org_42');
    expect(h.sim.requests.slice(-2).map((r) => r.headers.authorization)).to.deep.equal(['Bearer tok_1', 'Bearer tok_2']);
  });

  it('fails matching requests as told: status, headers, raw bodies, times', async () => {
    const h = harness();
    h.sim.failNext('GET /credits', { status: 429, headers: { 'retry-after': '1' }, times: 2 });
    const a = await h.call('GET', 'org_42/credits');
    expect(a.status).to.equal(429);
    expect(a.json.error.code).to.equal('rate_limited');
    expect(a.response.headers.get('retry-after')).to.equal('1');
    expect(a.response.headers.get('x-request-id')).to.match(/^req_/);
    expect((await h.call('GET', 'org_42/subscription')).status).to.equal(200);
    expect((await h.call('GET', 'org_42/credits')).status).to.equal(429);
    expect((await h.call('GET', 'org_42/credits')).status).to.equal(200);
    h.sim.failNext('GET /payments/*', { status: 502, body: '<html>oops</html>', contentType: 'text/html' });
    const html = await h.call('GET', 'org_42/payments/pay_71');
    expect([html.status, html.json]).to.deep.equal([502, '<html>oops</html>']);
    h.sim.failNext('*', { status: 409, code: 'payment_changed', message: 'Changed', fields: { a: 'b' } });
    expect((await h.call('POST', 'org_42/payments/pay_71/recheck')).json).to.deep.equal({ error: { code: 'payment_changed', message: 'Changed', fields: { a: 'b' } } });
    h.sim.failNext('GET /credits', { mode: 'network-error' });
    expect(await rejection(h.call('GET', 'org_42/credits'))).to.be.instanceOf(TypeError);
    h.sim.respondWith('GET /credits', 200, { available_credits: 'lots' });
    const client = new CreditsClient({ apiBase: '/api', fetch: h.sim.fetch, retryDelay: () => 0 });
    const invalid = (await rejection(client.getCredits('org_42'))) as ApiError;
    expect(invalid.kind).to.equal('invalid_response');
    h.sim.failNext('GET /credits', { status: 503 });
    expect((await client.getCredits('org_42')).available_credits).to.equal(12500); // the client's retry succeeds
  });

  it('hangs until aborted and honours the signal during latency', async () => {
    const h = harness();
    h.sim.failNext('GET /credits', { mode: 'hang' });
    const ctrl = new AbortController();
    const hung = rejection(h.sim.fetch('/api/organisations/org_42/credits', { signal: ctrl.signal }));
    setTimeout(() => ctrl.abort(), 20);
    expect(((await hung) as DOMException).name).to.equal('AbortError');
    h.sim.options.latency = 5_000;
    const slow = new AbortController();
    const t0 = performance.now();
    const late = rejection(h.sim.fetch('/api/organisations/org_42/credits', { signal: slow.signal }));
    setTimeout(() => slow.abort(), 20);
    expect(((await late) as DOMException).name).to.equal('AbortError');
    expect(performance.now() - t0).to.be.below(1000);
    h.sim.options.latency = [10, 30];
    const t1 = performance.now();
    expect((await h.call('GET', 'org_42/credits')).status).to.equal(200);
    expect(performance.now() - t1).to.be.at.least(9);
  });

  it('injects seeded random 503s on GETs only', async () => {
    const h = harness({ errorRate: 1 });
    const r = await h.call('GET', 'org_42/credits');
    expect(r.status).to.equal(503);
    expect(r.json.error.code).to.equal('service_unavailable');
    expect((await h.call('POST', 'org_42/purchases/quote', { kind: 'credits', credits: 1000 })).status).to.equal(200);
  });

  it('logs requests and resets to the seeded state', async () => {
    const h = harness();
    await h.call('POST', 'org_42/purchases', { kind: 'credits', credits: 1000, accept_refund_policy: true }, { 'idempotency-key': 'k1' });
    const logged = h.sim.requests.at(-1)!;
    expect(logged).to.deep.include({ method: 'POST', path: '/purchases', search: '', organisation: 'org_42' });
    expect(logged.body).to.deep.equal({ kind: 'credits', credits: 1000, accept_refund_policy: true });
    expect(logged.headers['idempotency-key']).to.equal('k1');
    h.sim.resetRequests();
    expect(h.sim.requests).to.have.length(0);
    const count = h.sim.state.orgs.org_42!.payments.length;
    h.sim.reset();
    expect(h.sim.state.orgs.org_42!.payments.length).to.equal(count - 1);
    expect((await h.call('POST', 'org_42/purchases', { kind: 'credits', credits: 1000, accept_refund_policy: true }, { 'idempotency-key': 'k1' })).status).to.equal(201);
    expect(h.sim.state.orgs.org_42!.payments.length).to.equal(count);
  });

  it('serves the msw handlers, and the gateway settles through globalThis.fetch by default', async () => {
    const h = harness({ basePath: '/msw-api' });
    const handlers = simulatorHandlers(h.sim);
    // What the msw worker does with each request, without a service worker in the test page.
    const viaMsw = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await getResponse(handlers, new Request(input, init));
      return response ?? new Response('unhandled', { status: 599 });
    };
    expect((await viaMsw('/elsewhere/x')).status).to.equal(599);
    const original = globalThis.fetch;
    globalThis.fetch = viaMsw as typeof fetch;
    try {
      const client = new CreditsClient({ apiBase: '/msw-api', retryDelay: () => 0 });
      expect((await client.getCredits('org_42')).available_credits).to.equal(12500);
      const { payment, checkout } = await client.purchase('org_42', { kind: 'credits', credits: 1000, accept_refund_policy: true }, { idempotencyKey: newKey() });
      // Through msw the simulated gateway is given the fetch msw answers (never taken from the global fetch on its own).
      const gateway = createSimulatedGateway({ options: h.sim.options, fetch: viaMsw as typeof fetch });
      expect(await gateway.pay(checkout, { payment })).to.equal('completed');
      expect((await client.getPayment('org_42', payment.id)).status).to.equal('completed');
      expect(h.sim.requests.some((r) => r.path === `/__simulator/gateway/${payment.id}`)).to.equal(true);
    } finally {
      globalThis.fetch = original;
    }
  });
});
