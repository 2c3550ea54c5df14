import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { monthKey, previousMonths } from '../../src/time/calendar.js';
import { calendarDaysUntil, msUntilNextDay } from '../../src/time/days.js';

describe('msUntilNextDay', () => {
  it('is the time to the next midnight in the given time zone', () => {
    const now = new Date('2026-11-23T18:29:30.250Z'); // 23:59:30.250 in Kolkata, 18:29:30.250 in UTC
    expect(msUntilNextDay(now, 'Asia/Kolkata')).to.equal(29_750);
    expect(msUntilNextDay(now, 'UTC')).to.equal((5 * 3600 + 30 * 60 + 29) * 1000 + 750);
    expect(msUntilNextDay(new Date('2026-11-24T00:00:00Z'), 'UTC')).to.equal(86_400_000);
  });

  it('throws on an unknown zone or an Invalid Date', () => {
    expect(() => msUntilNextDay(new Date(), 'Mars/Olympus')).to.throw(RangeError);
    expect(() => msUntilNextDay(new Date(NaN))).to.throw(RangeError);
  });
});

describe('calendarDaysUntil', () => {
  const now = new Date('2026-11-23T23:30:00Z');

  it('counts calendar days in the viewer time zone, across the day boundary', () => {
    // 23:30 UTC is already 05:00 on the 24th in Kolkata, still the 23rd in Los Angeles.
    expect(calendarDaysUntil('2026-11-24', now, 'Asia/Kolkata')).to.equal(0);
    expect(calendarDaysUntil('2026-11-24', now, 'UTC')).to.equal(1);
    expect(calendarDaysUntil('2026-11-24', now, 'America/Los_Angeles')).to.equal(1);
    expect(calendarDaysUntil('2026-11-23', now, 'Asia/Kolkata')).to.equal(-1);
    expect(calendarDaysUntil('2026-11-23', now, 'UTC')).to.equal(0);
  });

  it('is 30 / 31 at the expiry-warning edge', () => {
    const noon = new Date('2026-12-16T12:00:00Z');
    expect(calendarDaysUntil('2027-01-15', noon, 'UTC')).to.equal(30);
    expect(calendarDaysUntil('2027-01-16', noon, 'UTC')).to.equal(31);
    // Late evening in New York is the next day in Kolkata: one day fewer.
    const evening = new Date('2026-12-17T02:00:00Z'); // Dec 16, 21:00 in New York; Dec 17, 07:30 in Kolkata
    expect(calendarDaysUntil('2027-01-16', evening, 'America/New_York')).to.equal(31);
    expect(calendarDaysUntil('2027-01-16', evening, 'Asia/Kolkata')).to.equal(30);
  });

  it('is not fooled by daylight-saving changes', () => {
    const beforeFallBack = new Date('2026-10-31T23:30:00-04:00');
    expect(calendarDaysUntil('2026-11-02', beforeFallBack, 'America/New_York')).to.equal(2);
    expect(calendarDaysUntil('2027-03-15', new Date('2027-03-13T23:59:00-05:00'), 'America/New_York')).to.equal(2);
  });

  it('throws on malformed input rather than answering NaN', () => {
    expect(() => calendarDaysUntil('2026-02-30', now, 'UTC')).to.throw(RangeError);
    expect(() => calendarDaysUntil('soon', now)).to.throw(RangeError);
    expect(() => calendarDaysUntil('2026-11-24', new Date('nope'), 'UTC')).to.throw(RangeError);
  });

  it('agrees with plain UTC day arithmetic in UTC (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -2000, max: 2000 }),
        (ms, offset) => {
          const day = Math.floor(ms / 86_400_000) + offset;
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          return calendarDaysUntil(iso, new Date(ms), 'UTC') === offset;
        },
      ),
    );
  });
});

describe('monthKey / previousMonths', () => {
  it('keys a timestamp by its month in a time zone', () => {
    expect(monthKey('2026-11-30T20:00:00Z', 'Asia/Kolkata')).to.equal('2026-12');
    expect(monthKey('2026-11-30T20:00:00Z', 'UTC')).to.equal('2026-11');
    expect(monthKey('2027-01-01T03:00:00Z', 'America/Los_Angeles')).to.equal('2026-12');
    expect(() => monthKey('bad', 'UTC')).to.throw(RangeError);
  });

  it('lists the current month first, across a year boundary', () => {
    expect(previousMonths(new Date('2027-01-10T00:00:00Z'), 4, 'UTC')).to.deep.equal(['2027-01', '2026-12', '2026-11', '2026-10']);
    expect(previousMonths(new Date('2027-01-01T05:00:00Z'), 2, 'America/Los_Angeles')).to.deep.equal(['2026-12', '2026-11']);
    expect(previousMonths(new Date('2026-11-23T12:00:00Z'), 1, 'UTC')).to.deep.equal(['2026-11']);
    expect(previousMonths(new Date('2026-03-01T00:00:00Z'), 15, 'UTC').at(-1)).to.equal('2025-01');
    expect(previousMonths(new Date('2026-11-23T12:00:00Z'), 0, 'UTC')).to.deep.equal([]);
  });
});
