// The contract's schemas written without zod's heavier schemas (issue #16: they would sit in the CDN entry) read as those did.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Checkout, Credits, DateOnly, GrantRequest, Timestamp } from '../../src/api/schemas.js';

// Timestamps and dates are plain regex checks (src/api/schemas/records.ts) so zod's ISO schemas stay out of the
// CDN entry: they must accept and refuse exactly what z.iso.datetime({ offset: true }) and z.iso.date() do.
describe('Timestamp and DateOnly schemas', () => {
  it('read every sample as zod 4’s ISO schemas do', () => {
    const isoDateTime = z.iso.datetime({ offset: true });
    const isoDate = z.iso.date();
    const dates = ['2026-11-28', '2024-02-29', '2000-02-29', '1900-02-29', '2025-02-29', '2026-02-28', '2026-04-31', '2026-13-01', '2026-00-10', '0000-01-01', '26-11-28', '2026-1-5', ' 2026-11-28'];
    const times = ['T10:15:30Z', 'T10:15:30.123456Z', 'T23:59:59+05:30', 'T00:00:00-08:00', 'T10:15Z', 'T10:15:30', 'T24:00:00Z', 'T10:60:00Z', 'T10:15:30+0530', 'T10:15:30z', 't10:15:30Z', 'T10:15:30+24:00', 'T10:15:30.Z'];
    const samples: unknown[] = [...dates, ...dates.flatMap((d) => times.map((t) => d + t)), '', 20261128, null, undefined, {}, '2026-11-28T10:15:30Z\n'];
    for (const sample of samples) {
      expect(Timestamp.safeParse(sample).success, `timestamp ${JSON.stringify(sample)}`).to.equal(isoDateTime.safeParse(sample).success);
      expect(DateOnly.safeParse(sample).success, `date ${JSON.stringify(sample)}`).to.equal(isoDate.safeParse(sample).success);
    }
    expect(Timestamp.safeParse('2024-02-29T23:59:59.5+05:30').success).to.equal(true);
    expect(DateOnly.safeParse('2025-02-29').success).to.equal(false);
  });
});

describe('whole numbers (Credits and every integer of the contract)', () => {
  it('read every sample as z.int() does', () => {
    const int = z.int();
    const samples: unknown[] = [0, -0, 1, -1, 12_500, -250, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, -(2 ** 53), 1.5, 0.1, 1e21, Number.NaN, Infinity, -Infinity, '12', null, undefined, true, [], {}];
    for (const sample of samples) expect(Credits.safeParse(sample).success, String(sample)).to.equal(int.safeParse(sample).success);
    // A grant is a positive whole number.
    const grant = (credits: unknown) => GrantRequest.safeParse({ credits, reason: 'Event refund' }).success;
    expect([grant(1), grant(500), grant(0), grant(-5), grant(2.5), grant('5')]).to.deep.equal([true, true, false, false, false, false]);
  });
});

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
