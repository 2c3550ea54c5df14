import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EM_DASH,
  formatCredits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatPercent,
  formatSignedCredits,
} from '../../src/money/index.js';

const digitsOf = (s: string): string => s.replace(/[^0-9]/g, '');

describe('formatMoney', () => {
  it('formats INR in en-IN and USD in en-US', () => {
    expect(formatMoney('1770.00', 'INR', 'en-IN')).to.contain('1,770.00');
    expect(formatMoney('1770.00', 'INR', 'en-IN')).to.contain('₹');
    expect(formatMoney('0.02', 'USD', 'en-US')).to.equal('$0.02');
    expect(formatMoney('1250000', 'INR', 'en-IN')).to.contain('12,50,000.00');
    expect(formatMoney('-5.5', 'USD', 'en-US')).to.equal('\u2212$5.50');
  });

  it('always shows the minor digits and keeps sub-cent precision', () => {
    expect(formatMoney('1.5', 'USD', 'en-US')).to.equal('$1.50');
    expect(formatMoney('0.015', 'USD', 'en-US')).to.equal('$0.015');
    expect(formatMoney('1235', 'JPY', 'ja-JP')).to.contain('1,235');
    expect(formatMoney('1235', 'JPY', 'ja-JP')).not.to.contain('.');
  });

  it('formats a 17-digit amount exactly (no float rounding)', () => {
    const out = formatMoney('12345678901234567.89', 'USD', 'en-US');
    expect(out).to.equal('$12,345,678,901,234,567.89');
    expect(digitsOf(formatMoney('99999999999999999.99', 'INR', 'en-IN'))).to.equal('9999999999999999999');
  });

  it('is exact for any amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.constantFrom('en-US', 'en-IN', 'de-DE', 'hi-IN-u-nu-latn'), (minor, locale) => {
        const text = `${minor / 100n}.${(minor % 100n).toString().padStart(2, '0')}`;
        return digitsOf(formatMoney(text, 'INR', locale)) === text.replace('.', '');
      }),
      { numRuns: 200 },
    );
  });

  it('never renders NaN: malformed input gives an em dash', () => {
    for (const bad of ['', 'abc', 'NaN', '1e3', '1,000.00']) {
      expect(formatMoney(bad, 'USD', 'en-US')).to.equal(EM_DASH);
    }
    expect(formatMoney('1.00', 'USD', 'not_a_locale')).to.contain('1.00');
  });
});

describe('formatCredits / formatSignedCredits', () => {
  it('groups lakhs in en-IN and thousands in en-US', () => {
    expect(formatCredits(125000, 'en-IN')).to.equal('1,25,000');
    expect(formatCredits(12500000, 'en-IN')).to.equal('1,25,00,000');
    expect(formatCredits(125000, 'en-US')).to.equal('125,000');
    expect(formatCredits(0, 'en-US')).to.equal('0');
  });

  it('signs changes with + and a real minus sign', () => {
    expect(formatSignedCredits(5000, 'en-US')).to.equal('+5,000');
    expect(formatSignedCredits(-350, 'en-US')).to.equal('\u2212350');
    expect(formatSignedCredits(-125000, 'en-IN')).to.equal('\u22121,25,000');
    expect(formatSignedCredits(0, 'en-US')).to.equal('0');
  });

  it('never renders NaN', () => {
    expect(formatCredits(Number.NaN, 'en-US')).to.equal(EM_DASH);
    expect(formatSignedCredits(Number.POSITIVE_INFINITY, 'en-US')).to.equal(EM_DASH);
  });
});

describe('formatPercent', () => {
  it('formats decimal rates exactly', () => {
    expect(formatPercent('0.18', 'en-US')).to.equal('18%');
    expect(formatPercent('0.125', 'en-US')).to.equal('12.5%');
    expect(formatPercent('0', 'en-US')).to.equal('0%');
    expect(formatPercent('oops', 'en-US')).to.equal(EM_DASH);
  });
});

describe('formatDate / formatDateTime / formatMonth', () => {
  it('formats timestamps in the given time zone', () => {
    expect(formatDate('2026-11-03T08:15:00Z', 'en-US', 'UTC')).to.equal('Nov 3, 2026');
    expect(formatDate('2026-11-23T23:30:00Z', 'en-US', 'Asia/Kolkata')).to.equal('Nov 24, 2026');
    expect(formatDateTime('2026-11-03T08:15:00Z', 'en-US', 'Asia/Kolkata')).to.match(/^Nov 3, 2026, 1:45\sPM$/);
    expect(formatDate('2026-11-03T08:15:00+05:30', 'en-GB', 'UTC')).to.equal('3 Nov 2026');
  });

  it('shows a date-only value as that calendar day in every time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', undefined]) {
      expect(formatDate('2027-01-15', 'en-US', tz)).to.equal('Jan 15, 2027');
    }
  });

  it('formats a calendar month without any UTC shift', () => {
    expect(formatMonth('2026-11', 'en-US')).to.equal('November 2026');
    expect(formatMonth('2027-01', 'en-US')).to.equal('January 2027');
  });

  it('never renders "Invalid Date" or "NaN"', () => {
    for (const bad of ['', 'yesterday', '2026-13-01', '2026-02-30', '2026-11-03T25:00:00Z', 'NaN']) {
      expect(formatDate(bad, 'en-US'), bad).to.equal(EM_DASH);
      expect(formatDateTime(bad, 'en-US'), bad).to.equal(EM_DASH);
    }
    for (const bad of ['2026-13', '2026-00', '2026-1', 'November']) {
      expect(formatMonth(bad, 'en-US'), bad).to.equal(EM_DASH);
    }
    expect(formatDate('2026-11-03T08:15:00Z', 'en-US', 'Not/AZone')).to.equal(EM_DASH);
  });
});
