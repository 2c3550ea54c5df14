/**
 * #22.3: focus never falls to <body> after an action. Busy buttons stay
 * focusable (aria-disabled + aria-busy) instead of becoming `disabled`; a
 * button that goes away with its action hands focus to what comes next.
 * Keys are real key presses; focus is read through shadow roots.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { button, mountInProvider, requestsTo, waitForText, loaded } from '../../support.js';
import { mountWizard, payButton, toPayment, waitForOutcome } from '../wizard-helpers.js';
import type { Simulator } from '../../../src/simulator/index.js';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}
const notBody = (when: string) => expect(deepActive(), `focus fell to <body> ${when}`).not.to.equal(document.body);

describe('#22.3 focus never falls to <body>', () => {
  for (const [tag, rows] of [['usage-table', 'tbody tr']] as const) {
    it(`${tag}: Enter on Load more keeps focus on it while loading and after; the new rows follow it`, async () => {
      const { el, sim } = await mountInProvider(html`${tag === 'usage-table' ? html`<usage-table></usage-table>` : html`<payments-list></payments-list>`}`);
      await waitForText(el, 'Load more');
      const before = el.shadowRoot!.querySelectorAll(rows).length;
      sim.options.latency = 300;
      const more = button(el, 'Load more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => more.getAttribute('aria-busy') === 'true', 'Load more never showed busy');
      notBody('while loading more');
      expect(deepActive()).to.equal(more);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => el.shadowRoot!.querySelectorAll(rows).length > before, 'no more rows', { timeout: 4000 });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      notBody('after loading more');
    });
  }

  it('billing form: Enter on "Discard changes" moves focus to the form\'s first field', async () => {
    const { el } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
    await loaded(el);
    const city = el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="city"]')!;
    city.focus();
    await sendKeys({ type: 'x' });
    await waitForText(el, 'Discard changes');
    button(el, 'Discard changes').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.textContent!.includes('Discard changes'), 'Discard never applied');
    await waitUntil(() => deepActive() !== document.body, 'focus fell to <body> after Discard', { timeout: 1000 });
    const first = el.shadowRoot!.querySelector('form .field :is(input, select, textarea)');
    expect(deepActive()).to.equal(first);
  });

  /** Enter on a busy-making button: it stays focused and aria-disabled while busy, a second Enter is ignored, focus never reaches <body>. */
  async function pressAndHold(target: HTMLButtonElement, sim: Simulator, request: [string, string]) {
    target.focus();
    const before = requestsTo(sim, ...request).length;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => target.getAttribute('aria-busy') === 'true', 'the button never showed busy');
    notBody('while busy');
    expect(deepActive(), 'focus left the busy button').to.equal(target);
    expect(target.getAttribute('aria-disabled')).to.equal('true');
    expect(target.disabled, 'a busy button is never `disabled` (focus would fall to <body>)').to.equal(false);
    await sendKeys({ press: 'Enter' }); // ignored while busy
    await waitUntil(() => target.getAttribute('aria-busy') !== 'true' || !target.isConnected, 'never done', { timeout: 4000 });
    expect(requestsTo(sim, ...request).length - before, 'a second Enter while busy made another request').to.equal(1);
  }

  it('purchase wizard: Enter on Pay keeps focus on it while paying; after the outcome focus is on the outcome, not <body>', async () => {
    const { el, sim } = await mountWizard();
    await toPayment(el, { credits: '5000' });
    sim.options.latency = 300;
    await pressAndHold(payButton(el), sim, ['POST', '/purchases']);
    await waitForOutcome(el, 'completed');
    await el.updateComplete;
    notBody('after paying');
  });

  for (const [action, label, pick] of [
    ['recheck', 'Recheck', (p: { status: string }) => p.status === 'pending'],
    ['generate-invoice', 'Generate Invoice', (p: { status: string; invoice: { status: string } }) => p.status === 'completed' && p.invoice.status === 'not_generated'],
  ] as const) {
    it(`payments: Enter on ${label} keeps focus on it while busy and on the row after`, async () => {
      const { el, sim } = await mountInProvider(html`<payments-list></payments-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('tr[data-payment]'), 'rows never appeared');
      const payment = sim.state.orgs.org_42!.payments.map((r) => r.payment).find((p) => pick(p as never))!;
      const row = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-payment]')].find((r) => r.dataset.payment === payment.id)!;
      const target = row().querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
      expect(target, `no ${label} button`).to.exist;
      sim.options.latency = 300;
      const path = action === 'recheck' ? `/payments/${payment.id}/recheck` : `/payments/${payment.id}/invoice`;
      await pressAndHold(target, sim, ['POST', path]);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await waitUntil(() => deepActive() !== document.body, `focus fell to <body> after ${label}`, { timeout: 1000 });
      expect(row().contains(deepActive()), `focus left the row after ${label}`).to.equal(true);
    });
  }
});
