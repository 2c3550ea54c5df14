/**
 * Hostile and broken answers for the purchase side: purchase options (the
 * wizard driven to its live preview), the quote (the Review step), and one
 * payment (a recheck answer patched into the payments list and shown in the
 * details sheet).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as S from '../../src/api/schemas.js';
import type { Simulator } from '../../src/simulator/index.js';
import * as A from './arbitraries.js';
import { expectedFor, html, newTally, preciseMoneyStrings, runCase, serve, waitFor, type Tally, type Case } from './harness.js';
import { deepQueryAll, recordFigures, uiState } from './support.js';
import type { Answer } from './arbitraries.js';

const RUNS = { valid: 25, broken: 25 };
const tally: Tally = newTally();

interface WizardLike extends HTMLElement {
  quoteDelay: number;
  updateComplete: Promise<unknown>;
}

const q = <E extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);

async function type(el: WizardLike, selector: string, value: string) {
  const input = q<HTMLInputElement>(el, selector);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function press(el: WizardLike, label: RegExp) {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '') && !b.disabled);
  found?.click();
  await el.updateComplete;
}

/** Plan → Credits with a few quantities typed (each re-renders the live preview), then custom payment amounts. */
async function driveWizard(els: Element[]) {
  const el = els[0] as WizardLike;
  el.quoteDelay = 0;
  const radio = q<HTMLInputElement>(el, '[data-kind="credits"] input[type=radio]');
  if (!radio) return;
  radio.click();
  await el.updateComplete;
  await press(el, /^\s*Next\s*$/);
  if (!q(el, '#credits')) tally.failures.push(`the wizard did not reach the Credits step: ${el.shadowRoot!.textContent?.slice(0, 300)}`);
  for (const n of ['1001', '1000', '333', '9007199254740991', '1e3', '-5']) await type(el, '#credits', n);
  await type(el, '#credits', '1001');
  await press(el, /^\s*Back\s*$/);
  const custom = q<HTMLInputElement>(el, '[data-kind="custom"] input[type=radio]');
  if (!custom) return;
  custom.click();
  await el.updateComplete;
  await press(el, /^\s*Next\s*$/);
  for (const amount of ['0.005', '1.005', '99999999999999.99', '7.996']) await type(el, '#amount', amount);
  await type(el, '#remark', 'مرحبا 🏃‍♀️');
}

const wizard = html`<purchase-wizard></purchase-wizard>`;

interface Target {
  resource: string;
  valid: fc.Arbitrary<unknown>;
  schema: Parameters<typeof expectedFor>[0];
  make(answer: Answer): Case;
}

const TARGETS: Target[] = [
  {
    resource: 'purchase options',
    valid: A.purchaseOptions,
    schema: S.PurchaseOptions,
    make: (answer) => ({
      label: `purchase options ${answer.label}`,
      template: wizard,
      prepare: (sim) => serve(sim, 'GET /purchase-options', answer),
      expected: expectedFor(S.PurchaseOptions, answer),
      allowed: preciseMoneyStrings(answer.body),
      drive: driveWizard,
    }),
  },
  {
    resource: 'quote',
    valid: A.quote,
    schema: S.Quote,
    make: (answer) => ({
      label: `quote ${answer.label}`,
      template: html`<purchase-wizard plan="credits"></purchase-wizard>`,
      // Every quote of this case gets the answer (the wizard may ask more than once).
      prepare: (sim) => serve(sim, 'POST /purchases/quote', answer, 20),
      // The wizard itself loads fine; the Review step then shows the quote or its error.
      expected: 'data',
      allowed: preciseMoneyStrings(answer.body),
      drive: async (els) => {
        const el = els[0] as WizardLike;
        el.quoteDelay = 0;
        await type(el, '#credits', '2000');
        await press(el, /^\s*Next\s*$/);
        const want = expectedFor(S.Quote, answer);
        const ok = await waitFor(() => (want === 'error' ? uiState(el) === 'error' : /Price confirmed/.test(el.shadowRoot!.textContent ?? '')), 4000);
        if (!ok) tally.failures.push(`quote ${answer.label}: the Review step never showed ${want}; text: ${el.shadowRoot!.textContent?.slice(0, 300)}`);
      },
      timeout: 4000,
    }),
  },
  {
    resource: 'payment',
    valid: A.payment,
    schema: S.Payment,
    make: (answer) => {
      let pendingId = '';
      const body = answer.kind === 'json' && answer.body && typeof answer.body === 'object' && 'id' in answer.body ? answer.body : undefined;
      return {
        label: `payment ${answer.label}`,
        template: html`<payments-list></payments-list>`,
        prepare: (sim: Simulator) => {
          pendingId = sim.state.orgs.org_42!.payments.find((p) => p.payment.status === 'pending')!.payment.id;
          // The answer is about the row being rechecked, so it is patched in place.
          if (body) (body as { id: unknown }).id = pendingId;
          serve(sim, `POST /payments/${pendingId}/recheck`, answer);
        },
        expected: 'data',
        allowed: preciseMoneyStrings(answer.body),
        drive: async (els) => {
          const el = els[0] as WizardLike;
          const recheck = deepQueryAll<HTMLButtonElement>(el, `tr[data-payment="${pendingId}"] button[data-action="recheck"]`)[0];
          if (!recheck) return;
          recheck.click();
          await el.updateComplete;
          const want = expectedFor(S.Payment, answer);
          const ok = await waitFor(() => !recheck.isConnected || (recheck.getAttribute('aria-disabled') !== 'true' && /Payment|payment/.test(q(el, '[part="notice"]')?.textContent ?? '')) || uiState(el) === 'error', 4000);
          if (!ok || (want === 'error') !== (uiState(el) === 'error'))
            tally.failures.push(`payment ${answer.label}: expected ${want} after recheck, got ${uiState(el)}; ${el.shadowRoot!.textContent?.slice(0, 300)}`);
          const details = deepQueryAll<HTMLButtonElement>(el, `tr[data-payment="${pendingId}"] button[data-action="details"]`)[0];
          details?.click();
          await el.updateComplete;
        },
      };
    },
  },
];

describe('hostile and broken responses: purchase', function () {
  this.timeout(60_000);

  after(async () => {
    await recordFigures('responses-purchase', [
      { figure: 'cases run', value: tally.cases, expected: null },
      { figure: 'uncaught errors', value: tally.crashes, expected: 0 },
      { figure: 'stuck loading', value: tally.stuck, expected: 0 },
      { figure: 'wrong end state', value: tally.wrongState + tally.failures.filter((f) => f.includes('never showed') || f.includes('after recheck')).length, expected: 0 },
      { figure: 'bad text (NaN, undefined, Invalid Date, [object Object], over-precise money)', value: tally.badText, expected: 0 },
    ]);
  });

  for (const t of TARGETS) {
    for (const kind of ['valid', 'broken'] as const) {
      it(`${t.resource}: ${kind === 'valid' ? 'valid but extreme answers' : 'broken answers'}`, async () => {
        const local = newTally();
        const arb: fc.Arbitrary<Answer> =
          kind === 'valid' ? t.valid.map((body): Answer => ({ kind: 'json', status: 200, body, label: 'valid' })) : A.broken(t.valid);
        const failuresBefore = tally.failures.length;
        await fc.assert(
          fc.asyncProperty(arb, async (answer) => {
            await runCase(local, t.make(answer));
          }),
          { numRuns: kind === 'valid' ? RUNS.valid : RUNS.broken },
        );
        tally.cases += local.cases;
        tally.crashes += local.crashes;
        tally.stuck += local.stuck;
        tally.wrongState += local.wrongState;
        tally.badText += local.badText;
        const failures = [...local.failures, ...tally.failures.slice(failuresBefore)];
        expect(failures, failures.join('\n\n')).to.deep.equal([]);
      });
    }
  }
});
