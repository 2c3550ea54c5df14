/**
 * #22.3: focus never falls to <body> after an action. Busy buttons stay
 * focusable (aria-disabled + aria-busy) instead of becoming `disabled`; a
 * button that goes away with its action hands focus to what comes next.
 * Keys are real key presses; focus is read through shadow roots.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { button, mountInProvider, waitForText } from '../../support.js';

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
    await waitForText(el, 'GSTIN');
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
});
