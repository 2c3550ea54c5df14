import { expect } from '@open-wc/testing';
import type { Payment } from '../../src/api/schemas.js';
import { createPayGlocalAdapter } from '../../src/gateways/payglocal.js';
import { RETURN_PARAM, clearReturnMarker, recheckReturnedPayment, rememberPendingPayment } from '../../src/gateways/return.js';
import { resolveGateway, MissingGatewayError } from '../../src/gateways/resolve.js';
import { CreditsClient } from '../../src/api/client.js';
import { CreditsStore } from '../../src/state/store.js';
import { createSimulator } from '../../src/simulator/index.js';

const payment = { id: 'pay_42' } as Payment;

describe('PayGlocal adapter', () => {
  afterEach(() => clearReturnMarker());

  it('navigates to the redirect URL with a return URL naming the payment, and resolves pending', async () => {
    const visited: string[] = [];
    const adapter = createPayGlocalAdapter({ navigate: (url) => visited.push(url) });
    const outcome = await adapter.pay({ gateway: 'payglocal', redirect_url: 'https://sim.payglocal.in/checkout/pay_42' }, { payment });
    expect(outcome).to.equal('pending');
    expect(visited).to.have.length(1);
    const url = new URL(visited[0]!);
    expect(url.origin + url.pathname).to.equal('https://sim.payglocal.in/checkout/pay_42');
    const back = new URL(url.searchParams.get('return_url')!);
    expect(back.origin).to.equal(location.origin);
    expect(back.searchParams.get(RETURN_PARAM)).to.equal('pay_42');
    // The return marker is the wizard's (it knows the organisation): see test/hostile/security-flows.test.ts.
  });

  it('takes a host return URL', async () => {
    const visited: string[] = [];
    const adapter = createPayGlocalAdapter({
      navigate: (url) => visited.push(url),
      returnUrl: (p) => `https://host.example/credits?paid=${p.id}`,
      allowedHosts: ['pg.example'],
    });
    await adapter.pay({ gateway: 'payglocal', redirect_url: 'https://pg.example/x' }, { payment });
    expect(new URL(visited[0]!).searchParams.get('return_url')).to.equal('https://host.example/credits?paid=pay_42');
  });

  it('never navigates to a javascript: or data: URL', async () => {
    const visited: string[] = [];
    const adapter = createPayGlocalAdapter({ navigate: (url) => visited.push(url) });
    for (const redirect_url of ['javascript:alert(1)', 'data:text/html,hi', '//evil.example/x']) {
      let error: unknown;
      try {
        await adapter.pay({ gateway: 'payglocal', redirect_url }, { payment });
      } catch (e) {
        error = e;
      }
      expect(error, redirect_url).to.be.instanceOf(TypeError);
    }
    expect(visited).to.have.length(0);
  });

  it('on return, the helper rechecks the pending payment this tab left for', async () => {
    const sim = createSimulator();
    const store = new CreditsStore({ client: new CreditsClient({ apiBase: '/api', fetch: sim.fetch }), organisation: 'org_42' });
    const pending = sim.state.orgs.org_42!.payments.find((r) => r.payment.status === 'pending')!.payment;
    expect(await recheckReturnedPayment(store, `${location.origin}/?${RETURN_PARAM}=${pending.id}`)).to.equal(null); // no marker: not trusted
    rememberPendingPayment('org_42', pending.id);
    const answered = await recheckReturnedPayment(store, `${location.origin}/?${RETURN_PARAM}=${pending.id}`);
    expect(answered!.id).to.equal(pending.id);
    expect(sim.requests.filter((r) => r.path === `/payments/${pending.id}/recheck`)).to.have.length(1);
    expect(await recheckReturnedPayment(store, `${location.origin}/`)).to.equal(null);
  });

  it('resolves built-in adapters lazily; the provider gateways override them by name', async () => {
    const own = { name: 'razorpay', pay: async () => 'completed' as const };
    expect(await resolveGateway('razorpay', [own])).to.equal(own);
    expect((await resolveGateway('razorpay', [])).name).to.equal('razorpay');
    expect((await resolveGateway('payglocal', [])).name).to.equal('payglocal');
    let error: unknown;
    try {
      await resolveGateway('stripe', []);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(MissingGatewayError);
  });
});
