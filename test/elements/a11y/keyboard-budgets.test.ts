/**
 * #22 keyboard budgets, in <credits-area> (a host page's header excluded), with
 * real key presses: what a keyboard user must press to get things done.
 * - purchase 5,000 credits from the Credits tab: ≤ 16 Tabs;
 * - open and close a payment's Details: ≤ 3 key presses;
 * - from the Billing & Transactions tab to the billing form's first field: ≤ 6 Tabs;
 * - from the Credits tab to Purchase History: ≤ 16 key presses.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { CreditsArea } from '../../../src/elements/credits-area/credits-area.js';
import { createSimulatedGateway, createSimulator } from '../../../src/simulator/index.js';
import { deepQueryAll } from '../../hostile/support.js';
import { ignoreResizeObserverLoop } from '../../support.js';

function deepActive(): HTMLElement | null {
  let node = document.activeElement as HTMLElement | null;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement as HTMLElement;
  return node;
}
const describeStop = (e: HTMLElement | null) =>
  e ? `${(e.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${e.localName}${e.id ? `#${e.id}` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}"` : 'nothing';
const hostOf = (e: Element | null) => ((e?.getRootNode() as ShadowRoot | undefined)?.host ?? null) as HTMLElement | null;

// The usage table's virtualizer may report a benign "ResizeObserver loop": not a failure.
ignoreResizeObserverLoop();

/** Counts the key presses a walk takes. */
class Keys {
  presses = 0;
  tabs = 0;
  readonly path: string[] = [];
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    this.presses++;
    if (key === 'Tab') this.tabs++;
    this.path.push(`${key} → ${describeStop(deepActive())}`);
  }
  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
  }
  /** Tab until `reached(focused)`; fails after `max` Tabs with the path walked. */
  async tabTo(what: string, reached: (e: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
    for (let i = 0; i < max; i++) {
      await this.press('Tab');
      const now = deepActive();
      if (now && reached(now)) return now;
    }
    throw new Error(`${what} not reached in ${max} Tabs:\n${this.path.join('\n')}`);
  }
}

const named = (label: string | RegExp) => (e: HTMLElement) => {
  const name = (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim();
  return typeof label === 'string' ? name === label : label.test(name);
};

async function mountArea(view: 'credits' | 'billing') {
  const sim = createSimulator();
  const gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  const el = await fixture<CreditsArea>(
    html`<credits-area api-base="/api" organisation="org_42" locale="en-IN" view=${view} .fetch=${sim.fetch} .gateways=${gateways}></credits-area>`,
  );
  await waitUntil(() => deepQueryAll(el, 'tr[data-payment], [role="row"][aria-rowindex]').length > 3, 'the view never loaded', { timeout: 8000 });
  await new Promise((r) => setTimeout(r, 300));
  el.shadowRoot!.querySelector<HTMLElement>(`#tab-${view}`)!.focus();
  return { el, sim };
}

describe('#22 keyboard budgets in <credits-area>', function () {
  this.timeout(60_000);

  it('purchase 5,000 credits from the Credits tab: ≤ 16 Tabs', async () => {
    const { el } = await mountArea('credits');
    const keys = new Keys();
    await keys.tabTo('Purchase Credits', named('Purchase Credits'));
    await keys.press('Enter');
    const wizard = () => deepQueryAll<HTMLElement>(el, 'purchase-wizard')[0]!;
    await waitUntil(() => wizard()?.shadowRoot?.querySelector('#step-heading'), 'the purchase view never opened', { timeout: 4000 });
    // Plan: Add Credits is a radio; arrows choose within the group.
    if (wizard().shadowRoot!.querySelector('[data-kind="credits"] input[type=radio]')) {
      const radio = await keys.tabTo('a plan radio', (e) => e.matches('input[type=radio]'));
      for (let i = 0; i < 4 && !(deepActive() as HTMLInputElement).closest('[data-kind="credits"]'); i++) await keys.press('ArrowDown');
      expect(hostOf(radio)).to.equal(wizard());
      await keys.tabTo('Next', named('Next'));
      await keys.press('Enter');
    }
    const credits = await keys.tabTo('the credits field', (e) => e.id === 'credits');
    (credits as HTMLInputElement).select();
    await keys.type('5000');
    await keys.tabTo('Next', named('Next'));
    await keys.press('Enter');
    await waitUntil(() => /Price confirmed/.test(wizard().shadowRoot!.textContent!), 'no quote', { timeout: 4000 });
    await keys.tabTo('Continue to payment', named('Continue to payment'));
    await keys.press('Enter');
    await keys.tabTo('the Refund Policy checkbox', (e) => e.id === 'refund');
    await keys.press('Space');
    await keys.tabTo('Pay', (e) => e.getAttribute('part') === 'pay-button');
    await keys.press('Enter');
    await waitUntil(() => wizard().shadowRoot!.querySelector('[data-outcome="completed"]'), 'the purchase never completed', { timeout: 6000 });
    expect(keys.tabs, `Tabs to buy 5,000 credits:\n${keys.path.join('\n')}`).to.be.at.most(16);
  });

  it("open and close a payment's Details: ≤ 3 key presses, focus back on Details", async () => {
    const { el } = await mountArea('billing');
    const details = deepQueryAll<HTMLButtonElement>(el, 'tr[data-payment] button[data-action="details"]')[0]!;
    details.focus();
    const keys = new Keys();
    await keys.press('Enter');
    await waitUntil(() => deepQueryAll<HTMLDialogElement>(el, 'dialog').some((d) => d.open), 'Details never opened');
    await keys.press('Escape');
    await waitUntil(() => !deepQueryAll<HTMLDialogElement>(el, 'dialog').some((d) => d.open), 'Details never closed');
    expect(keys.presses).to.be.at.most(3);
    expect(deepActive()).to.equal(details);
  });

  it("the payments table's row buttons are one Tab stop; arrow keys move between them", async () => {
    const { el } = await mountArea('billing');
    const list = deepQueryAll<HTMLElement>(el, 'payments-list')[0]!;
    const rows = [...list.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-payment]')];
    const inRow = (r: HTMLElement) => [...r.querySelectorAll<HTMLElement>('button, a[href]')];
    const keys = new Keys();
    await keys.tabTo('the first Details', (e) => e === inRow(rows[0]!)[0]);
    const second = rows.findIndex((r, i) => i > 0 && inRow(r).length > 1);
    await keys.press('End');
    await keys.press('Home');
    expect(deepActive()).to.equal(inRow(rows[0]!)[0]);
    for (let i = 0; i < second; i++) await keys.press('ArrowDown');
    expect(deepActive()).to.equal(inRow(rows[second]!)[0]);
    await keys.press('ArrowRight');
    expect(deepActive()).to.equal(inRow(rows[second]!)[1]);
    await keys.press('ArrowUp');
    expect(rows.indexOf(deepActive()!.closest('tr')!)).to.equal(second - 1);
    await keys.press('Tab');
    expect(deepActive()!.closest('table'), keys.path.join('\n')).to.equal(null);
  });

  it("from the Billing & Transactions tab to the billing form's first field: ≤ 6 Tabs", async () => {
    const { el } = await mountArea('billing');
    const first = deepQueryAll<HTMLElement>(el, 'billing-details-form').map((f) => f.shadowRoot!.querySelector('form .field :is(input, select, textarea)'))[0]!;
    const keys = new Keys();
    await keys.tabTo("the billing form's first field", (e) => e === first);
    expect(keys.tabs, keys.path.join('\n')).to.be.at.most(6);
  });

  it('from the Credits tab to Purchase History: ≤ 16 key presses', async () => {
    const { el } = await mountArea('credits');
    const history = deepQueryAll<HTMLElement>(el, 'usage-table[direction="addition"]')[0]!;
    const keys = new Keys();
    await keys.tabTo('Purchase History', (e) => hostOf(e) === history && !!e.closest('[role="table"], table'));
    expect(keys.presses, keys.path.join('\n')).to.be.at.most(16);
  });
});
