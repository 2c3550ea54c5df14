import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PurchaseOptions, Quote } from '../../src/api/schemas.js';
import { previewQuote, quotesAgree, validateAmountInput, validateCreditsInput } from '../../src/money/index.js';

// ------------------------------------------------------------------
// Independent reference: integer minor units (2 digits for INR/USD),
// prices as [units, scale] by string splitting, no shared code.
function priceParts(s: string): [bigint, bigint] {
  const [whole, fraction = ''] = s.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}
/** round half-up of n / d for n ≥ 0. */
function divHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}
/** Line amount in cents: round(quantity × price). */
function lineCents(quantity: number, price: string): bigint {
  const [units, denominator] = priceParts(price);
  return divHalfUp(BigInt(quantity) * units * 100n, denominator);
}
function cents(minor: bigint): string {
  return `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
}
function reference(lineMinor: bigint[], taxRate: string | null): { subtotal: string; tax: string | null; total: string } {
  const subtotal = lineMinor.reduce((a, b) => a + b, 0n);
  let tax = 0n;
  if (taxRate !== null) {
    const [rateUnits, rateDen] = priceParts(taxRate);
    tax = divHalfUp(subtotal * rateUnits, rateDen);
  }
  return { subtotal: cents(subtotal), tax: taxRate === null ? null : cents(tax), total: cents(subtotal + tax) };
}
// ------------------------------------------------------------------

const INR: PurchaseOptions = {
  currency: 'INR',
  cost_per_credit: '1.50',
  min_credits: 1000,
  max_credits: 10_000_000,
  pro: { available: true, price: '10000.00', included_credits: 0, term_days: 365 },
  tax: { name: 'GST', rate: '0.18', gstin: '27AAPFU0939F1ZV', business_name: 'Mumbai Marathon Photos' },
  gateway: 'razorpay',
  refund_policy_url: 'https://9pic.ai/refund-policy',
  enterprise_contact_url: 'https://9pic.ai/contact',
  fair_usage_url: null,
};
const USD: PurchaseOptions = { ...INR, currency: 'USD', cost_per_credit: '0.02', pro: { ...INR.pro, price: '200.00' }, tax: null, gateway: 'payglocal' };

const centsPrice = fc.integer({ min: 1, max: 9_999_999 }).map((c) => cents(BigInt(c))); // "0.01".."99999.99"
const subCentPrice = fc
  .integer({ min: 1, max: 99_999_999 })
  .map((m) => `${Math.floor(m / 1000)}.${String(m % 1000).padStart(3, '0')}`); // "0.001".."99999.999", e.g. "0.015"
const unitPrice = fc.oneof(centsPrice, subCentPrice);
const quantity = fc.integer({ min: 0, max: 10_000_000 });
const options = fc.constantFrom(INR, USD);

describe('previewQuote', () => {
  it('matches the API.md example: 1,000 credits at ₹1.50 + 18% GST', () => {
    expect(previewQuote({ kind: 'credits', credits: 1000 }, INR)).to.deep.equal({
      currency: 'INR',
      lines: [{ label: 'Credits', quantity: 1000, unit_amount: '1.50', amount: '1500.00' }],
      subtotal: '1500.00',
      tax: { name: 'GST', rate: '0.18', amount: '270.00' },
      total: '1770.00',
    });
  });

  it('matches the API.md payment: 5,000 credits → 7500.00 + 1350.00 = 8850.00', () => {
    const q = previewQuote({ kind: 'credits', credits: 5000 }, INR);
    expect([q.subtotal, q.tax?.amount, q.total]).to.deep.equal(['7500.00', '1350.00', '8850.00']);
  });

  it('prices Pro alone and Pro with credits', () => {
    const pro = previewQuote({ kind: 'pro_subscription', credits: 0 }, INR);
    expect(pro.lines).to.deep.equal([{ label: 'Pro Subscription', quantity: 1, unit_amount: '10000.00', amount: '10000.00' }]);
    expect([pro.subtotal, pro.tax?.amount, pro.total]).to.deep.equal(['10000.00', '1800.00', '11800.00']);
    const both = previewQuote({ kind: 'pro_subscription', credits: 2000 }, USD);
    expect(both.lines.map((l) => l.label)).to.deep.equal(['Pro Subscription', 'Credits']);
    expect([both.subtotal, both.tax, both.total]).to.deep.equal(['240.00', null, '240.00']);
  });

  it('prices a custom payment (taxed in INR, adds no credit line)', () => {
    const q = previewQuote({ kind: 'custom', amount: '2500', remark: 'Watermark setup' }, INR);
    expect(q.lines).to.deep.equal([{ label: 'Custom Payment', quantity: 1, unit_amount: '2500.00', amount: '2500.00' }]);
    expect([q.subtotal, q.tax?.amount, q.total]).to.deep.equal(['2500.00', '450.00', '2950.00']);
  });

  it('keeps a sub-cent unit price and rounds the line half-up', () => {
    const q = previewQuote({ kind: 'credits', credits: 1001 }, { ...USD, cost_per_credit: '0.015' });
    expect(q.lines[0]).to.deep.equal({ label: 'Credits', quantity: 1001, unit_amount: '0.015', amount: '15.02' }); // 15.015
    expect(previewQuote({ kind: 'credits', credits: 1000 }, { ...INR, cost_per_credit: '1.5' }).lines[0].unit_amount).to.equal('1.50');
  });

  it('has no lines and zero totals for 0 credits', () => {
    const q = previewQuote({ kind: 'credits', credits: 0 }, INR);
    expect([q.lines.length, q.subtotal, q.tax?.amount, q.total]).to.deep.equal([0, '0.00', '0.00', '0.00']);
  });

  it('refuses negative or fractional credits', () => {
    expect(() => previewQuote({ kind: 'credits', credits: -1 }, INR)).to.throw(RangeError);
    expect(() => previewQuote({ kind: 'credits', credits: 1.5 }, INR)).to.throw(RangeError);
  });

  it('credits: subtotal, tax and total equal the integer reference (property)', () => {
    fc.assert(
      fc.property(options, quantity, unitPrice, (base, credits, price) => {
        const q = previewQuote({ kind: 'credits', credits }, { ...base, cost_per_credit: price });
        const expected = reference(credits > 0 ? [lineCents(credits, price)] : [], base.tax?.rate ?? null);
        return q.subtotal === expected.subtotal && (q.tax?.amount ?? null) === expected.tax && q.total === expected.total;
      }),
      { numRuns: 500 },
    );
  });

  it('pro + credits and custom: equal the integer reference (property)', () => {
    fc.assert(
      fc.property(options, quantity, unitPrice, centsPrice, (base, credits, price, proPrice) => {
        const opts = { ...base, cost_per_credit: price, pro: { ...base.pro, price: proPrice } };
        const pro = previewQuote({ kind: 'pro_subscription', credits }, opts);
        const expectedPro = reference(
          [lineCents(1, proPrice), ...(credits > 0 ? [lineCents(credits, price)] : [])],
          base.tax?.rate ?? null,
        );
        const custom = previewQuote({ kind: 'custom', amount: proPrice, remark: 'x' }, opts);
        const expectedCustom = reference([lineCents(1, proPrice)], base.tax?.rate ?? null);
        return (
          pro.total === expectedPro.total &&
          (pro.tax?.amount ?? null) === expectedPro.tax &&
          pro.subtotal === expectedPro.subtotal &&
          custom.total === expectedCustom.total &&
          (custom.tax?.amount ?? null) === expectedCustom.tax
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotesAgree', () => {
  const server: Quote = previewQuote({ kind: 'credits', credits: 1000 }, INR);

  it('agrees with itself and with differently written equal decimals', () => {
    expect(quotesAgree(server, server)).to.equal(true);
    const reformatted: Quote = { ...server, subtotal: '1500', tax: { name: 'GST', rate: '0.18', amount: '270.0' }, total: '1770.000' };
    expect(quotesAgree(server, reformatted)).to.equal(true);
  });

  it('disagrees on a minor-unit difference, another currency, or a malformed amount', () => {
    expect(quotesAgree(server, { ...server, total: '1770.01' })).to.equal(false);
    expect(quotesAgree(server, { ...server, tax: { name: 'GST', rate: '0.18', amount: '269.99' } })).to.equal(false);
    expect(quotesAgree(server, { ...server, currency: 'USD' })).to.equal(false);
    expect(quotesAgree(server, { ...server, subtotal: 'abc' })).to.equal(false);
  });

  it('treats a null tax as zero tax', () => {
    const usd = previewQuote({ kind: 'credits', credits: 1000 }, USD);
    expect(quotesAgree(usd, { ...usd, tax: { name: 'Tax', rate: '0', amount: '0.00' } })).to.equal(true);
    expect(quotesAgree(usd, { ...usd, tax: { name: 'Tax', rate: '0.1', amount: '2.00' } })).to.equal(false);
  });
});

describe('validateCreditsInput', () => {
  const credits = { kind: 'credits', min: 1000, max: 10_000_000 } as const;
  const pro = { ...credits, kind: 'pro_subscription' } as const;
  const cases: [string, typeof credits | typeof pro, ReturnType<typeof validateCreditsInput>][] = [
    ['', credits, { ok: false, reason: 'empty' }],
    ['   ', credits, { ok: false, reason: 'empty' }],
    ['999', credits, { ok: false, reason: 'below_min' }],
    ['1000', credits, { ok: true, credits: 1000 }],
    [' 1000 ', credits, { ok: true, credits: 1000 }],
    ['1,000', credits, { ok: true, credits: 1000 }],
    ['5 000', credits, { ok: true, credits: 5000 }],
    ['5_000', credits, { ok: true, credits: 5000 }],
    ['1,25,000', credits, { ok: true, credits: 125000 }],
    ['0', credits, { ok: false, reason: 'below_min' }],
    ['0', pro, { ok: true, credits: 0 }],
    ['000', pro, { ok: true, credits: 0 }],
    ['1', pro, { ok: false, reason: 'below_min' }],
    ['999', pro, { ok: false, reason: 'below_min' }],
    ['1000', pro, { ok: true, credits: 1000 }],
    ['-1000', credits, { ok: false, reason: 'below_min' }],
    ['1e3', credits, { ok: false, reason: 'not_whole' }],
    ['10.5', credits, { ok: false, reason: 'not_whole' }],
    ['1000.0', credits, { ok: false, reason: 'not_whole' }],
    ['10,5', credits, { ok: false, reason: 'not_whole' }],
    ['1,,000', credits, { ok: false, reason: 'not_whole' }],
    [',1000', credits, { ok: false, reason: 'not_whole' }],
    ['abc', credits, { ok: false, reason: 'not_whole' }],
    ['0x3E8', credits, { ok: false, reason: 'not_whole' }],
    ['10000000', credits, { ok: true, credits: 10_000_000 }],
    ['10000001', credits, { ok: false, reason: 'above_max' }],
    ['99999999999999999999999', credits, { ok: false, reason: 'above_max' }],
  ];
  for (const [raw, rules, expected] of cases) {
    it(`${JSON.stringify(raw)} (${rules.kind}) → ${JSON.stringify(expected)}`, () => {
      expect(validateCreditsInput(raw, rules)).to.deep.equal(expected);
    });
  }

  it('accepts every whole number in range, grouped or not (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        const a = validateCreditsInput(String(n), credits);
        const b = validateCreditsInput(grouped, credits);
        return a.ok && a.credits === n && b.ok && b.credits === n;
      }),
    );
  });
});

describe('validateAmountInput', () => {
  const cases: [string, ReturnType<typeof validateAmountInput>][] = [
    ['', { ok: false, reason: 'empty' }],
    ['0', { ok: false, reason: 'not_positive' }],
    ['0.00', { ok: false, reason: 'not_positive' }],
    ['-5', { ok: false, reason: 'not_positive' }],
    ['0.001', { ok: false, reason: 'too_many_decimals' }],
    ['12.345', { ok: false, reason: 'too_many_decimals' }],
    ['12.50', { ok: true, amount: '12.50' }],
    ['12.5', { ok: true, amount: '12.50' }],
    ['12.500', { ok: true, amount: '12.50' }],
    ['0.01', { ok: true, amount: '0.01' }],
    ['2500', { ok: true, amount: '2500.00' }],
    ['2,500.00', { ok: true, amount: '2500.00' }],
    ['1,25,000.5', { ok: true, amount: '125000.50' }],
    [' 7 ', { ok: true, amount: '7.00' }],
    ['.5', { ok: true, amount: '0.50' }],
    ['5.', { ok: true, amount: '5.00' }],
    ['.', { ok: false, reason: 'invalid' }],
    ['-', { ok: false, reason: 'invalid' }],
    ['1e3', { ok: false, reason: 'invalid' }],
    ['12,5', { ok: false, reason: 'invalid' }],
    ['abc', { ok: false, reason: 'invalid' }],
    ['NaN', { ok: false, reason: 'invalid' }],
    ['Infinity', { ok: false, reason: 'invalid' }],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => {
      expect(validateAmountInput(raw)).to.deep.equal(expected);
    });
  }

  it('accepts every positive cent amount and returns it unchanged (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 18n }), (minor) => {
        const text = cents(minor);
        const result = validateAmountInput(text);
        return result.ok && result.amount === text;
      }),
    );
  });
});
