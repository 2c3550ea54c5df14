import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Decimal, DecimalParseError, minorUnitDigits } from '../../src/money/index.js';

/** Independent reference: a decimal string as [integer units, scale] via string splitting. */
function ref(s: string): [bigint, number] {
  const negative = s.startsWith('-');
  const [whole, fraction = ''] = (negative ? s.slice(1) : s).split('.');
  const units = BigInt(whole + fraction);
  return [negative ? -units : units, fraction.length];
}
function refAt(s: string, scale: number): bigint {
  const [u, sc] = ref(s);
  return u * 10n ** BigInt(scale - sc);
}
/** Reference half-up (away from zero) rounding of n / d, d > 0. */
function refDivHalfUp(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}

const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 8 }))
  .map(([units, scale]) => {
    const neg = units < 0n;
    const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale);
    return (neg ? '-' : '') + whole + (scale ? `.${fraction}` : '');
  });

describe('Decimal.parse', () => {
  it('parses plain decimal strings exactly', () => {
    expect(Decimal.parse('1770.00').toString()).to.equal('1770.00');
    expect(Decimal.parse('0.015').toString()).to.equal('0.015');
    expect(Decimal.parse('-2.5').toString()).to.equal('-2.5');
    expect(Decimal.parse('123456789012345678901234567890.123456789').toString()).to.equal(
      '123456789012345678901234567890.123456789',
    );
  });

  for (const garbage of ['', ' 1', '1 ', '+1', '1e3', '1,000', '.5', '5.', 'NaN', 'Infinity', '0x10', '--1', '1.2.3', 'abc']) {
    it(`rejects ${JSON.stringify(garbage)} with a clear error`, () => {
      expect(() => Decimal.parse(garbage)).to.throw(DecimalParseError, /Not a decimal string/);
      expect(Decimal.tryParse(garbage)).to.equal(null);
    });
  }

  it('round-trips any decimal string (property)', () => {
    fc.assert(fc.property(decimalString, (s) => Decimal.parse(s).toString() === s));
  });
});

describe('Decimal arithmetic', () => {
  it('adds exactly where floats do not (0.1 + 0.2)', () => {
    expect(Decimal.parse('0.1').plus('0.2').toString()).to.equal('0.3');
    expect(Decimal.parse('1.50').times(1000).toString()).to.equal('1500.00');
    expect(Decimal.parse('0.02').times(10_000_000).toFixed(2)).to.equal('200000.00');
    expect(Decimal.parse('10').minus('0.01').toString()).to.equal('9.99');
  });

  it('add is associative and commutative, minus undoes plus (property)', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (a, b, c) => {
        const [x, y, z] = [a, b, c].map((s) => Decimal.parse(s));
        return (
          x.plus(y).plus(z).equals(x.plus(y.plus(z))) &&
          x.plus(y).equals(y.plus(x)) &&
          x.plus(y).minus(y).equals(x)
        );
      }),
    );
  });

  it('add, multiply and compare match the reference (property)', () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        const [ua, sa] = ref(a);
        const [ub, sb] = ref(b);
        const s = Math.max(sa, sb);
        const sum = Decimal.parse(a).plus(b);
        const product = Decimal.parse(a).times(b);
        const expectedCmp = refAt(a, s) < refAt(b, s) ? -1 : refAt(a, s) > refAt(b, s) ? 1 : 0;
        return (
          refAt(sum.toString(), s) === refAt(a, s) + refAt(b, s) &&
          refAt(product.toString(), sa + sb) === ua * ub &&
          Decimal.parse(a).compare(b) === expectedCmp
        );
      }),
    );
  });

  it('multiplies by integers like repeated addition (property)', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 50 }), (a, n) => {
        let sum = Decimal.ZERO;
        for (let i = 0; i < n; i++) sum = sum.plus(a);
        return Decimal.parse(a).times(n).equals(sum) && Decimal.parse(a).times(BigInt(n)).equals(sum);
      }),
    );
  });

  it('refuses non-integer numbers as multipliers', () => {
    expect(() => Decimal.parse('1.5').times(0.1)).to.throw(RangeError);
    expect(() => Decimal.parse('1.5').times(Number.MAX_SAFE_INTEGER + 1)).to.throw(RangeError);
  });

  it('answers zero / sign predicates', () => {
    expect(Decimal.parse('0.00').isZero()).to.equal(true);
    expect(Decimal.parse('-0').isZero()).to.equal(true);
    expect(Decimal.parse('0.01').isPositive()).to.equal(true);
    expect(Decimal.parse('-0.01').isPositive()).to.equal(false);
    expect(Decimal.parse('-0.01').isNegative()).to.equal(true);
    expect(Decimal.parse('1.5').equals('1.500')).to.equal(true);
  });
});

describe('Decimal.roundHalfUp / toFixed', () => {
  const cases: [string, number, string][] = [
    ['2.675', 2, '2.68'],
    ['2.665', 2, '2.67'],
    ['-2.675', 2, '-2.68'],
    ['-2.665', 2, '-2.67'],
    ['2.674999', 2, '2.67'],
    ['-2.674999', 2, '-2.67'],
    ['0.005', 2, '0.01'],
    ['-0.005', 2, '-0.01'],
    ['-0.004', 2, '0.00'],
    ['1.5', 2, '1.50'],
    ['0.5', 0, '1'],
    ['-0.5', 0, '-1'],
    ['1234.5', 0, '1235'],
    ['999.995', 2, '1000.00'],
  ];
  for (const [input, places, expected] of cases) {
    it(`${input} → ${expected} at ${places} places`, () => {
      expect(Decimal.parse(input).toFixed(places)).to.equal(expected);
      expect(Decimal.parse(input).roundHalfUp(places).toString()).to.equal(expected);
    });
  }

  it('matches the reference half-up rounding (property)', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 6 }), (s, places) => {
        const [u, sc] = ref(s);
        const expected = sc <= places ? u * 10n ** BigInt(places - sc) : refDivHalfUp(u, 10n ** BigInt(sc - places));
        return refAt(Decimal.parse(s).toFixed(places), places) === expected;
      }),
    );
  });

  it('rejects negative or fractional places', () => {
    expect(() => Decimal.parse('1').roundHalfUp(-1)).to.throw(RangeError);
    expect(() => Decimal.parse('1').toFixed(1.5)).to.throw(RangeError);
  });
});

describe('minor units', () => {
  it('knows the minor digits of currencies', () => {
    expect(minorUnitDigits('INR')).to.equal(2);
    expect(minorUnitDigits('USD')).to.equal(2);
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('KWD')).to.equal(3);
    expect(minorUnitDigits('not a code')).to.equal(2);
  });

  it('converts to and from minor units', () => {
    expect(Decimal.parse('1770.00').toMinorUnits('INR')).to.equal(177000n);
    expect(Decimal.parse('0.015').toMinorUnits('USD')).to.equal(2n);
    expect(Decimal.parse('1234.5').toMinorUnits('JPY')).to.equal(1235n);
    expect(Decimal.fromMinorUnits(177000n, 'INR').toString()).to.equal('1770.00');
    expect(Decimal.fromMinorUnits(-5n, 'USD').toString()).to.equal('-0.05');
    expect(Decimal.fromMinorUnits(1235n, 'JPY').toString()).to.equal('1235');
  });

  it('round-trips minor units (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom('INR', 'USD', 'JPY', 'KWD'), (m, c) =>
        Decimal.fromMinorUnits(m, c).toMinorUnits(c) === m,
      ),
    );
  });
});
