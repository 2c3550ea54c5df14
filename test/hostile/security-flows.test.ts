/**
 * Issue #21, the flows: the return page (1), the hand-off checks what was
 * reviewed (2), the token stays with its origin (3, element half), PayGlocal's
 * redirect and return URL (4), safeHref and backslashes (5), route hrefs (8).
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { Payment } from '../../src/api/schemas.js';
import { safeHref } from '../../src/ui/safe-url.js';
import type { CreditsBalance } from '../../src/elements/credits-balance/credits-balance.js';
import { clearReturnMarker, rememberPendingPayment, RETURN_PARAM } from '../../src/gateways/return.js';
import { createPayGlocalAdapter, createRazorpayAdapter, type GatewayAdapter } from '../../src/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText, waitForText } from '../support.js';
import { heading, mountWizard, payButton, toPayment } from '../elements/wizard-helpers.js';
import '../../src/index.js';

const paymentOf = (sim: Simulator, org: string, status: string) => sim.state.orgs[org]!.payments.find((r) => r.payment.status === status)!.payment;
const returnLink = (id: string) => `${location.origin}${location.pathname}?${RETURN_PARAM}=${id}`;

function listen(el: EventTarget, type: string): Event[] {
  const seen: Event[] = [];
  el.addEventListener(type, (e) => seen.push(e));
  return seen;
}

describe('security: the return page (#21.1)', () => {
  afterEach(() => {
    clearReturnMarker();
    fixtureCleanup();
  });

  it('a crafted link to a completed payment shows its status at most: no recheck, no credits-purchase-complete', async () => {
    const { el, sim } = await mountWizard();
    const done = paymentOf(sim, 'org_42', 'completed');
    const complete = listen(el, 'credits-purchase-complete');
    sim.resetRequests();
    expect(await el.resumeReturnedPayment(returnLink(done.id))).to.equal(true);
    await el.updateComplete;
    expect(complete).to.have.length(0);
    expect(sim.requests.filter((r) => r.method === 'POST')).to.deep.equal([]);
  });

  it('the link cannot replace the payment this tab left for: that one is rechecked and announced', async () => {
    const { el, sim } = await mountWizard();
    const mine = paymentOf(sim, 'org_42', 'completed');
    const other = sim.state.orgs.org_42!.payments.find((r) => r.payment.status === 'completed' && r.payment.id !== mine.id)!.payment;
    rememberPendingPayment('org_42', mine.id);
    const complete = listen(el, 'credits-purchase-complete');
    sim.resetRequests();
    await el.resumeReturnedPayment(returnLink(other.id));
    await el.updateComplete;
    expect(sim.requests.filter((r) => r.method === 'POST').map((r) => r.path)).to.deep.equal([`/payments/${mine.id}/recheck`]);
    expect(complete.map((e) => (e as CustomEvent<{ payment: Payment }>).detail.payment.id)).to.deep.equal([mine.id]);
  });

  it("another organisation's marker is not a return here, and is not rechecked under this one", async () => {
    const { el, sim } = await mountWizard();
    rememberPendingPayment('org_trial_us', 'pay_elsewhere');
    sim.resetRequests();
    expect(await el.resumeReturnedPayment(`${location.origin}${location.pathname}`)).to.equal(false);
    expect(sim.requests).to.deep.equal([]);
  });

  it('a marker older than an hour is no longer trusted', async () => {
    const { el, sim } = await mountWizard();
    const done = paymentOf(sim, 'org_42', 'completed');
    rememberPendingPayment('org_42', done.id, Date.now() - 61 * 60_000);
    const complete = listen(el, 'credits-purchase-complete');
    sim.resetRequests();
    await el.resumeReturnedPayment(returnLink(done.id));
    await el.updateComplete;
    expect(complete).to.have.length(0);
    expect(sim.requests.filter((r) => r.method === 'POST')).to.deep.equal([]);
  });

  it('the marker holds organisation, id and time only', async () => {
    rememberPendingPayment('org_42', 'pay_1', 1000);
    const stored = Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)!);
    expect(stored.map((v) => JSON.parse(v))).to.deep.include({ organisation: 'org_42', id: 'pay_1', createdAt: 1000 });
  });
});

/** A gateway that records what it was handed and pays nothing. */
function recordingGateway(name: string) {
  const handed: unknown[] = [];
  const adapter: GatewayAdapter = { name, pay: async (checkout) => (handed.push(checkout), 'cancelled') };
  return { adapter, handed };
}

/** Rewrites the server's purchase answer before the wizard sees it. */
function tamperPurchase(sim: Simulator, change: (body: { payment: Payment; checkout: Record<string, unknown> }) => void): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await sim.handle(request);
    if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/purchases') || response.status !== 201) return response;
    const body = await response.json();
    change(body);
    return new Response(JSON.stringify(body), { status: 201, headers: response.headers });
  }) as typeof fetch;
}

describe('security: the hand-off charges what was reviewed (#21.2)', () => {
  afterEach(() => {
    clearReturnMarker();
    fixtureCleanup();
  });

  const cases: [string, (body: { payment: Payment; checkout: Record<string, unknown> }) => void][] = [
    ['the payment amount differs from the reviewed total', (b) => (b.payment.amount = '999999.00')],
    ['the payment currency differs', (b) => (b.payment.currency = 'USD')],
    ['the checkout amount_minor differs from the payment', (b) => (b.checkout.amount_minor = 99999900)],
    ['the checkout currency differs from the payment', (b) => (b.checkout.currency = 'USD')],
  ];
  for (const [name, change] of cases) {
    it(`${name}: no gateway runs, "The price changed", back to Review`, async () => {
      const sim = createSimulator();
      sim.fetch = tamperPurchase(sim, change);
      const { el, provider } = await mountWizard({ sim });
      const gateway = recordingGateway('razorpay');
      provider.gateways = [gateway.adapter];
      await el.updateComplete;
      const errors = listen(el, 'credits-error');
      await toPayment(el);
      payButton(el).click();
      await waitForText(el, 'The price changed: review the order again');
      expect(gateway.handed).to.deep.equal([]);
      expect(heading(el)).to.match(/Review/);
      expect(errors.map((e) => (e as CustomEvent<{ operation: string }>).detail.operation)).to.include('price-changed');
    });
  }

  it('an untouched purchase answer is handed to the gateway', async () => {
    const { el, provider } = await mountWizard();
    const gateway = recordingGateway('razorpay');
    provider.gateways = [gateway.adapter];
    await toPayment(el);
    payButton(el).click();
    await waitUntil(() => gateway.handed.length === 1, 'the gateway never ran');
  });

  it('a pinned Razorpay key refuses a checkout for another merchant before loading checkout.js', async () => {
    const payment = { id: 'pay_1', amount: '1770.00', currency: 'INR' } as Payment;
    const checkout = { gateway: 'razorpay' as const, order_id: 'order_1', key_id: 'rzp_live_attacker', amount_minor: 177000, currency: 'INR' };
    for (const options of [{ keyId: 'rzp_live_ours' }, { keyPrefix: 'rzp_test_' }]) {
      let error: unknown;
      try {
        await createRazorpayAdapter({ ...options, scriptUrl: '/never-loaded.js' }).pay(checkout, { payment });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(options)).to.be.instanceOf(TypeError);
    }
    expect(document.querySelector('script[src="/never-loaded.js"]')).to.equal(null);
  });
});

describe('security: a token provider is bound to its origin (#21.3)', () => {
  afterEach(() => fixtureCleanup());

  it('after api-base moves to another origin no request goes out until tokenProvider is set again', async () => {
    const sim = createSimulator({ token: 'tok_A' });
    const seen: string[] = [];
    const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(`${new URL(request.url).origin} ${request.headers.get('authorization') ?? ''}`);
      return sim.handle(request);
    }) as typeof fetch;
    const { provider, el } = await mountInProvider<CreditsBalance>(html`<credits-balance></credits-balance>`, { sim });
    provider.fetch = fetchFn;
    provider.tokenProvider = () => 'tok_A';
    await waitForText(el, '12,500');
    const errors = listen(provider, 'credits-error');
    seen.length = 0;
    provider.apiBase = 'https://evil.example/api';
    await waitForText(el, 'The API address changed to another site');
    expect(seen).to.deep.equal([]);
    expect(shadowText(el)).not.to.contain('Request ID');
    expect(errors.length).to.be.greaterThan(0);
    provider.tokenProvider = () => 'tok_A';
    await waitForText(el, '12,500');
    expect(seen.every((s) => s.startsWith('https://evil.example'))).to.equal(true);
  });
});

describe('security: PayGlocal redirect and return URL (#21.4)', () => {
  const payment = { id: 'pay_7' } as Payment;
  const attempt = async (redirect_url: string, options = {}) => {
    const went: string[] = [];
    try {
      await createPayGlocalAdapter({ navigate: (u) => went.push(u), ...options }).pay({ gateway: 'payglocal', redirect_url }, { payment });
    } catch {
      // refused
    }
    return went;
  };

  it("goes only to https pages on PayGlocal's hosts by default", async () => {
    for (const bad of ['https://evil.example/phish', 'http://sim.payglocal.in/checkout/1', 'https://payglocal.in.evil.example/x', 'https://evilpayglocal.in/x', 'https://user:pw@sim.payglocal.in/x']) {
      expect(await attempt(bad), bad).to.deep.equal([]);
    }
    expect(await attempt('https://sim.payglocal.in/checkout/1')).to.have.length(1);
    expect(await attempt('https://payglocal.in/pay')).to.have.length(1);
  });

  it('takes the host allow-list from the adapter options', async () => {
    expect(await attempt('https://pay.example/x', { allowedHosts: ['pay.example'] })).to.have.length(1);
    expect(await attempt('https://sim.payglocal.in/x', { allowedHosts: ['pay.example'] })).to.deep.equal([]);
  });

  it('the return URL is origin + path + credits_payment only (no query, no fragment)', async () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?tenant=t1#access_token=SECRET_FRAGMENT`);
    try {
      const [went] = await attempt('https://sim.payglocal.in/checkout/1');
      const back = new URL(new URL(went!).searchParams.get('return_url')!);
      expect(back.toString()).to.equal(`${location.origin}${location.pathname}?${RETURN_PARAM}=pay_7`);
      expect(went).not.to.contain('SECRET_FRAGMENT');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});

describe('security: safeHref and backslashes (#21.5)', () => {
  it('refuses scheme-less links that leave the origin however they are spelled', () => {
    for (const u of ['/\\evil.example/x', '\\\\evil.example', '\\/evil.example', '/\\t/evil.example', '/\t/evil.example', ' /\\evil.example', '//evil.example']) {
      expect(safeHref(u), JSON.stringify(u)).to.equal(undefined);
      // Chromium itself reads these as another origin, which is why they are refused.
    }
    expect(new URL('/\\evil.example/x', location.href).origin).to.equal('http://evil.example');
  });

  it('keeps same-origin relative links', () => {
    for (const u of ['/credits', 'billing?tab=payments', '#purchase', './a/b', '../up']) expect(safeHref(u), u).to.equal(u);
  });
});

describe('security: route hrefs never take dot segments from ids (#21.8)', () => {
  afterEach(() => fixtureCleanup());

  async function hrefFor(id: string) {
    const { provider, el } = await mountInProvider<CreditsBalance>(html`<credits-balance></credits-balance>`);
    provider.routes = { event: '/org/42/events/{eventId}/photos?again={eventId}' };
    await el.updateComplete;
    const details: { href?: string; eventId?: string }[] = [];
    el.addEventListener('credits-navigate', (e) => (details.push(e.detail), e.preventDefault()));
    (el as unknown as { navigate(t: string, id: string): boolean }).navigate('event', id);
    return details[0]!;
  }

  it('every {eventId} is filled, and dots are encoded', async () => {
    for (const [id, encoded] of [
      ['evt.7', 'evt%2E7'],
      ['../../admin', '%2E%2E%2F%2E%2E%2Fadmin'],
    ] as const) {
      const { href } = await hrefFor(id);
      expect(href).to.equal(`/org/42/events/${encoded}/photos?again=${encoded}`);
      expect(new URL(href!, location.href).pathname).to.equal(`/org/42/events/${encoded}/photos`);
      fixtureCleanup();
    }
  });

  it('an id that is a dot segment gives no href (the WHATWG URL parser reads %2E%2E as ..): the host decides', async () => {
    // Why encoding alone is not enough: Chromium resolves an encoded dot segment too.
    expect(new URL('/org/42/events/%2E%2E/photos', location.href).pathname).to.equal('/org/42/photos');
    for (const id of ['..', '.']) {
      const detail = await hrefFor(id);
      expect(detail.eventId).to.equal(id);
      expect(detail.href, id).to.equal(undefined);
      fixtureCleanup();
    }
  });
});
