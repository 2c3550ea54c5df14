/**
 * Issue #17 point 14: the wizard uses the width. Where its container is wide (1280 px page), the
 * order summary stands beside the form on Credits, Review and Payment, and the panel spans the
 * container (no ~300 px left empty); at 390 px, or in a narrow host on a wide page (a container
 * query, not a media query), the summary stacks under the fields, above the actions.
 * Point 22: the success screen shows the new balance (from the store once the purchase settled),
 * and its key/value rows are a definition list whose values line up (one x for every value).
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { atViewport } from './support.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { $, shadowText } from '../support.js';
import { heading, mountWizard, payButton, press, typeInto, waitForOutcome } from '../elements/wizard-helpers.js';

const box = (el: Element) => el.getBoundingClientRect();
const side = (el: Element) => $(el, 'table.summary').closest('.side')!;
const main = (el: Element) => $(el, 'form .main');
const overflowFree = (el: PurchaseWizard) => expect(el.shadowRoot!.querySelector('.wizard')!.scrollWidth).to.be.at.most(el.clientWidth);

/** The summary beside the form's main column, level with its top, and the panel as wide as the wizard. */
function expectBeside(el: PurchaseWizard, step: string) {
  const m = box(main(el));
  const s = box(side(el));
  expect(s.left, `${step}: the summary starts right of the form`).to.be.at.least(m.right);
  expect(Math.abs(s.top - m.top), `${step}: the summary is level with the form`).to.be.below(2);
  expect(box($(el, 'form.panel')).right, `${step}: the panel spans the wizard`).to.be.closeTo(box(el).right, 1);
  overflowFree(el);
}

/** The summary under the fields and above the actions, both as wide as the form's content. */
function expectStacked(el: PurchaseWizard, step: string) {
  const m = box(main(el));
  const s = box(side(el));
  expect(s.top, `${step}: the summary is under the fields`).to.be.at.least(m.bottom);
  expect(box($(el, 'form .actions')).top, `${step}: the actions follow the summary`).to.be.at.least(s.bottom);
  expect(s.left).to.be.closeTo(m.left, 1);
  expect(s.width).to.be.closeTo(m.width, 1);
  overflowFree(el);
}

async function throughTheSteps(el: PurchaseWizard, check: (el: PurchaseWizard, step: string) => void) {
  await typeInto(el, '#credits', '5000');
  await waitUntil(() => el.shadowRoot!.querySelector('table.summary'), 'no summary on Credits');
  check(el, 'Credits');
  await press(el, 'Next');
  await waitUntil(() => shadowText(el).includes('Price confirmed'), 'no quote');
  check(el, 'Review');
  await press(el, 'Continue to payment');
  check(el, 'Payment');
}

describe('the wizard at 1280 px (#17.14, #17.22)', function () {
  this.timeout(20_000);
  atViewport(1280);
  afterEach(() => fixtureCleanup());

  it('uses the width: the summary beside the form on Credits, Review and Payment; the success screen shows the new balance in aligned rows', async () => {
    const { el, sim } = await mountWizard({ plan: 'credits' });
    expect(el.getBoundingClientRect().width).to.be.above(1100);
    await throughTheSteps(el, expectBeside);
    const before = sim.state.orgs.org_42!.balance;
    await reviewAndAcceptDone(el);
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    const rows = await successRows(el);
    expect(rows.map(([term]) => term)).to.include.members(['New balance', 'Purchase', 'Payment ID', 'Amount']);
    expect(rows.find(([term]) => term === 'New balance')![1]).to.equal(`${(before + 5000).toLocaleString('en-IN')} credits`);
    await expect(el).to.be.accessible();
  });

  it('in a 420 px host on the same page, the summary stacks (a container query)', async () => {
    const { el } = await mountWizard({ plan: 'credits' });
    el.style.width = '420px';
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    await throughTheSteps(el, expectStacked);
  });
});

describe('the wizard at 390 px (#17.14, #17.22)', function () {
  this.timeout(20_000);
  atViewport(390);
  afterEach(() => fixtureCleanup());

  it('the summary stacks under the fields on every step; the success rows still line up', async () => {
    const { el } = await mountWizard({ plan: 'credits' });
    await throughTheSteps(el, expectStacked);
    await reviewAndAcceptDone(el);
    payButton(el).click();
    await waitForOutcome(el, 'completed');
    await successRows(el);
    overflowFree(el);
  });
});

/** Accept the Refund Policy on the Payment step. */
async function reviewAndAcceptDone(el: PurchaseWizard) {
  expect(heading(el)).to.equal('Payment');
  const refund = $<HTMLInputElement>(el, '#refund');
  if (!refund.checked) refund.click();
  await el.updateComplete;
}

/** The success screen's rows once the new balance arrived: every value starts at one x, right of every term. */
async function successRows(el: PurchaseWizard): Promise<[string, string][]> {
  const outcome = $(el, '[data-outcome="completed"]');
  await waitUntil(() => outcome.querySelector('dd.new-balance:not([aria-busy="true"])'), 'the new balance never arrived');
  const dl = outcome.querySelector('dl')!;
  const terms = [...dl.querySelectorAll('dt')];
  const values = [...dl.querySelectorAll('dd')];
  expect(values.length).to.equal(terms.length);
  const x = values.map((d) => Math.round(box(d).left));
  expect(new Set(x).size, `value x: ${x.join(', ')}`).to.equal(1);
  const rightmostTerm = Math.max(...terms.map((t) => box(t).right));
  expect(x[0]).to.be.at.least(rightmostTerm);
  for (const [i, t] of terms.entries()) expect(Math.abs(box(t).top - box(values[i]!).top), `row ${t.textContent}`).to.be.below(3);
  return terms.map((t, i) => [t.textContent!.trim(), values[i]!.textContent!.replace(/\s+/g, ' ').trim()]);
}
