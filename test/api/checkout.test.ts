import { expect } from '@open-wc/testing';
import { Checkout } from '../../src/api/schemas.js';

// The checkout of a purchase answer: the first known gateway it matches (unknown keys dropped), else kept whole
// for its adapter (as z.union([Razorpay, PayGlocal, Other]) read it before it was written without zod's union).
describe('Checkout schema', () => {
  it('reads Razorpay, PayGlocal and any other gateway, and refuses an answer without a gateway name', () => {
    const razorpay = { gateway: 'razorpay', order_id: 'order_1', key_id: 'rzp_k', amount_minor: 177000, currency: 'INR' };
    expect(Checkout.parse({ ...razorpay, extra: 1 })).to.deep.equal(razorpay);
    expect(Checkout.parse({ gateway: 'payglocal', redirect_url: 'https://pay.example/x', extra: 2 })).to.deep.equal({ gateway: 'payglocal', redirect_url: 'https://pay.example/x' });
    // Not a complete Razorpay order (or a fraction of a paisa): kept whole, as any other gateway's checkout.
    expect(Checkout.parse({ gateway: 'razorpay', order_id: 'order_1' })).to.deep.equal({ gateway: 'razorpay', order_id: 'order_1' });
    expect(Checkout.parse({ ...razorpay, amount_minor: 1.5, extra: 1 })).to.deep.equal({ ...razorpay, amount_minor: 1.5, extra: 1 });
    expect(Checkout.parse({ gateway: 'simulated', session: { id: 's' } })).to.deep.equal({ gateway: 'simulated', session: { id: 's' } });
    for (const bad of [{ gateway: 3 }, {}, null, 'razorpay', []]) expect(Checkout.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
  });
});
