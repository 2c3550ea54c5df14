/**
 * Hostile and broken answers for the resources the read-only elements show:
 * credits summary, monthly usage, transactions, subscription, payments,
 * billing details. Each case serves one generated answer through the
 * simulator to the element(s) that render it and checks the end state.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as S from '../../src/api/schemas.js';
import * as A from './arbitraries.js';
import { clickButton, expectedFor, html, newTally, preciseMoneyStrings, runCase, serve, type Tally } from './harness.js';
import { deepQueryAll, recordFigures } from './support.js';

const RUNS = { valid: 20, broken: 20 };

interface Target {
  resource: string;
  match: string;
  schema: Parameters<typeof expectedFor>[0];
  valid: fc.Arbitrary<unknown>;
  template: ReturnType<typeof html>;
  organisation?: string;
  /** What a 404 means for this resource (billing details: none saved; monthly usage: the fallback). */
  raw404?: 'data' | 'error';
  drive?: (els: Element[]) => Promise<void>;
}

/** Reveal masked values, open the first details sheet: render everything the answer holds. */
async function revealAll(els: Element[]): Promise<void> {
  for (const el of els) {
    await clickButton(el, /^\s*Show/);
    const details = deepQueryAll<HTMLButtonElement>(el, 'button[data-action="details"]')[0];
    if (details) {
      details.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
  }
}

const TARGETS: Target[] = [
  {
    resource: 'credits summary',
    match: 'GET /credits',
    schema: S.CreditsSummary,
    valid: A.creditsSummary,
    template: html`<credits-balance expected-photos="1000"></credits-balance>`,
    drive: revealAll,
  },
  {
    resource: 'monthly usage',
    match: 'GET /credits/monthly-usage',
    schema: S.MonthlyUsage,
    valid: fc.oneof(A.monthlyUsage, A.recentMonthlyUsage),
    template: html`<monthly-usage></monthly-usage>`,
    raw404: 'data',
  },
  {
    resource: 'transactions page',
    match: 'GET /credits/transactions',
    schema: S.TransactionPage,
    valid: A.transactionPage,
    template: html`<usage-table direction="usage"></usage-table><usage-table direction="addition"></usage-table>`,
  },
  {
    resource: 'subscription',
    match: 'GET /subscription',
    schema: S.Subscription,
    valid: A.subscription,
    template: html`<subscription-card></subscription-card>`,
  },
  {
    resource: 'payments page',
    match: 'GET /payments',
    schema: S.PaymentPage,
    valid: A.paymentPage,
    template: html`<payments-list></payments-list>`,
    drive: revealAll,
  },
  {
    resource: 'billing details',
    match: 'GET /billing-details',
    schema: S.BillingDetails,
    valid: A.billingDetails,
    template: html`<billing-details-form></billing-details-form>`,
    raw404: 'data',
  },
];

const tally: Tally = newTally();

describe('hostile and broken responses: reads', function () {
  this.timeout(60_000);

  after(async () => {
    await recordFigures('responses-reads', [
      { figure: 'cases run', value: tally.cases, expected: null },
      { figure: 'uncaught errors', value: tally.crashes, expected: 0 },
      { figure: 'stuck loading', value: tally.stuck, expected: 0 },
      { figure: 'wrong end state', value: tally.wrongState, expected: 0 },
      { figure: 'bad text (NaN, undefined, Invalid Date, [object Object], over-precise money)', value: tally.badText, expected: 0 },
    ]);
  });

  for (const t of TARGETS) {
    it(`${t.resource}: valid but extreme answers end in data`, async () => {
      const local = newTally();
      await fc.assert(
        fc.asyncProperty(t.valid, async (body) => {
          await runCase(local, {
            label: `${t.resource} valid`,
            template: t.template,
            organisation: t.organisation,
            prepare: (sim) => serve(sim, t.match, { kind: 'json', status: 200, body, label: 'valid' }),
            expected: 'data',
            allowed: preciseMoneyStrings(body),
            drive: t.drive,
          });
        }),
        { numRuns: RUNS.valid },
      );
      merge(tally, local);
      expect(local.failures, local.failures.join('\n\n')).to.deep.equal([]);
    });

    it(`${t.resource}: broken answers end in the error state (or data where the contract allows)`, async () => {
      const local = newTally();
      await fc.assert(
        fc.asyncProperty(A.broken(t.valid), async (answer) => {
          await runCase(local, {
            label: `${t.resource} ${answer.label}`,
            template: t.template,
            organisation: t.organisation,
            prepare: (sim) => serve(sim, t.match, answer),
            expected: expectedFor(t.schema, answer, t.raw404),
            allowed: preciseMoneyStrings(answer.body),
            drive: t.drive,
          });
        }),
        { numRuns: RUNS.broken },
      );
      merge(tally, local);
      expect(local.failures, local.failures.join('\n\n')).to.deep.equal([]);
    });
  }
});

function merge(into: Tally, from: Tally): void {
  into.cases += from.cases;
  into.crashes += from.crashes;
  into.stuck += from.stuck;
  into.wrongState += from.wrongState;
  into.badText += from.badText;
}

describe('hostile suite: the detectors catch what they look for', () => {
  it('bad text', async () => {
    const { badText } = await import('./support.js');
    for (const bad of ['$7.996', '₹1,770.005', 'Total NaN', 'undefined credits', 'Invalid Date', '[object Object]', 'XYZ 0.125', '12.345 USD']) expect(badText(bad), bad).to.not.equal(null);
    for (const good of ['$7.99', '₹1,770.00', '12.5%', '9,00,71,99,25,47,40,991 credits', 'Nov 3, 2026']) expect(badText(good), good).to.equal(null);
    expect(badText('$0.015 per credit', ['$0.015'])).to.equal(null);
  });
});
