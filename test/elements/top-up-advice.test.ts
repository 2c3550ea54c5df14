import { expect } from '@open-wc/testing';
import { MIN_PURCHASE, suggestedTopUp, topUpAdvice } from '../../src/elements/credits-balance/top-up-advice.js';

describe('topUpAdvice (the Pro guide\'s "When to Top Up" table)', () => {
  const level = (balance: number, expected: unknown) => topUpAdvice(balance, expected)?.level;

  it('balance ≥ 2× expected: fine, exactly at 2× included', () => {
    expect(level(2000, 1000)).to.equal('fine');
    expect(level(2001, 1000)).to.equal('fine');
    expect(level(1_000_000, 1000)).to.equal('fine');
  });

  it('expected ≤ balance < 2× expected: top up before Sync (covers the 1.5× row and the band up to 2×)', () => {
    expect(level(1999, 1000)).to.equal('before-sync');
    expect(level(1500, 1000)).to.equal('before-sync');
    expect(level(1000, 1000)).to.equal('before-sync');
  });

  it('balance < expected, or negative: top up now', () => {
    expect(level(999, 1000)).to.equal('now');
    expect(level(0, 1000)).to.equal('now');
    expect(level(-250, 1000)).to.equal('now');
  });

  it('no advice without a usable expected photo count', () => {
    for (const bad of [undefined, null, 0, -5, Number.NaN, Infinity, 'abc', '']) expect(topUpAdvice(5000, bad), String(bad)).to.equal(undefined);
    expect(topUpAdvice(5000, '1000')?.expectedPhotos).to.equal(1000);
    expect(topUpAdvice(5000, 999.2)?.expectedPhotos).to.equal(1000);
  });

  it('suggests topping up to ~3× expected, rounded up to a step of 100', () => {
    expect(topUpAdvice(1999, 1000)!.suggestedCredits).to.equal(1100); // 3000 − 1999 = 1001 → 1100
    expect(topUpAdvice(1000, 1000)!.suggestedCredits).to.equal(2000);
    expect(topUpAdvice(4321, 5000)!.suggestedCredits).to.equal(10_700); // 10,679 → 10,700
    expect(topUpAdvice(-250, 5000)!.suggestedCredits).to.equal(15_300); // the debt is covered too
    expect(topUpAdvice(2000, 1000)!.suggestedCredits).to.equal(0); // fine: nothing to buy
  });

  it('never suggests less than the minimum purchase of 1,000', () => {
    expect(MIN_PURCHASE).to.equal(1000);
    expect(topUpAdvice(150, 100)!.suggestedCredits).to.equal(1000); // 3× is 300
    expect(topUpAdvice(1, 1)!.suggestedCredits).to.equal(1000);
    expect(suggestedTopUp(2999, 1000)).to.equal(1000);
    for (let balance = -3000; balance < 10_000; balance += 37) {
      const advice = topUpAdvice(balance, 5000)!;
      if (advice.level !== 'fine') {
        expect(advice.suggestedCredits).to.be.at.least(1000);
        expect(advice.suggestedCredits % 100).to.equal(0);
        expect(balance + advice.suggestedCredits).to.be.at.least(15_000);
      }
    }
  });
});
