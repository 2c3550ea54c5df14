import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as S from '../../src/api/schemas.js';
import type { GatewayAdapter } from '../../src/core/gateway.js';
import { previewQuote, quotesAgree } from '../../src/money/pricing.js';
import { createSimulatedGateway } from '../../src/simulator/gateway.js';
import { harness } from './helpers.js';

describe('simulator: agreement with the client', () => {
  it("the wizard's preview equals the server's quote to the minor unit", async () => {
    const h = harness();
    const options: Record<string, S.PurchaseOptions> = {};
    for (const org of ['org_42', 'org_trial_us', 'org_expired']) options[org] = (await h.call('GET', `${org}/purchase-options`)).json;
    const request = fc.oneof(
      fc.record({ kind: fc.constant('credits' as const), credits: fc.integer({ min: 1000, max: 10_000_000 }) }),
      fc.record({ kind: fc.constant('pro_subscription' as const), credits: fc.oneof(fc.constant(0), fc.integer({ min: 1000, max: 10_000_000 })) }),
      fc.record({
        kind: fc.constant('custom' as const),
        amount: fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
        remark: fc.constant('Service fee'),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('org_42', 'org_trial_us', 'org_expired'), request, async (picked, body) => {
        // org_42 is on an active Pro plan: it may not quote Pro.
        const org = body.kind === 'pro_subscription' && picked === 'org_42' ? 'org_expired' : picked;
        const server = await h.call('POST', `${org}/purchases/quote`, body);
        expect(server.status).to.equal(200);
        const preview = previewQuote(body, options[org]!);
        expect(quotesAgree(preview, server.json)).to.equal(true);
        // The server adds the GST split (contract 1.1), which the preview does not compute.
        const { tax, ...rest } = server.json as S.Quote;
        const plainTax = tax && { name: tax.name, rate: tax.rate, amount: tax.amount };
        expect(preview).to.deep.equal({ ...rest, tax: plainTax });
      }),
      { numRuns: 300 },
    );
  });

  it('the simulated gateway is a GatewayAdapter', () => {
    const { sim } = harness();
    const adapter: GatewayAdapter = createSimulatedGateway(sim);
    expect(adapter.name).to.equal('simulator');
  });
});
