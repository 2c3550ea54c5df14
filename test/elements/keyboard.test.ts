/**
 * Keyboard-only completion of the flows that move money or data: the purchase
 * wizard, the staff grant dialog, a payment's details sheet and the billing
 * form. Each starts on a host-page button before the element and uses only
 * Tab / Shift+Tab / Enter / Space / Escape / arrow keys and typed text — no
 * clicks, no programmatic focus inside the element.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { createSimulatedGateway, createSimulator, type Simulator } from '../../src/simulator/index.js';
import { $, requestsTo, shadowText, waitForText } from '../support.js';

const STAFF = { email: 'staff@9pic.ai', is_staff: true };

interface Page<T extends HTMLElement> {
  el: T;
  sim: Simulator;
  start: HTMLButtonElement;
}

/** A host page: a "Start" button, then the element inside a provider on a fresh simulator. */
async function page<T extends HTMLElement>(inner: TemplateResult, options: { organisation?: string; locale?: string; viewer?: typeof STAFF } = {}): Promise<Page<T>> {
  const sim = createSimulator(options.viewer ? { viewer: options.viewer } : {});
  const root = await fixture<HTMLDivElement>(html`<div>
    <button id="start" type="button">Start</button>
    <credits-provider api-base="/api" organisation=${options.organisation ?? 'org_42'} locale=${options.locale ?? 'en-IN'} .fetch=${sim.fetch}>${inner}</credits-provider>
  </div>`);
  const provider = root.querySelector<CreditsProvider>('credits-provider')!;
  provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  const el = provider.firstElementChild as T;
  const start = root.querySelector<HTMLButtonElement>('#start')!;
  start.focus(); // where the user's keyboard journey begins, on the host page
  return { el, sim, start };
}

/** The focused element, through shadow roots. */
function deepActive(): HTMLElement | null {
  let node = document.activeElement as HTMLElement | null;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement as HTMLElement;
  return node;
}

const label = (e: HTMLElement | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const describe_ = (e: HTMLElement | null) => (e ? `<${e.localName}${e.id ? `#${e.id}` : ''}> "${label(e).slice(0, 40)}"` : 'nothing');

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(matches: (e: HTMLElement) => boolean, what: string, { max = 40, back = false } = {}): Promise<HTMLElement> {
  for (let i = 0; i <= max; i++) {
    const focused = deepActive();
    if (focused && matches(focused)) return focused;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describe_(deepActive())}`);
}
const byText = (text: string) => (e: HTMLElement) => label(e) === text;
const byId = (id: string) => (e: HTMLElement) => e.id === id;

describe('keyboard only', () => {
  it('purchase wizard: choose Add Credits, type 3,000, review, accept the policy and pay', async () => {
    const { el, sim } = await page<HTMLElement & { quoteDelay: number }>(html`<purchase-wizard></purchase-wizard>`);
    el.quoteDelay = 0;
    await waitUntil(() => el.shadowRoot?.querySelector('#step-heading'), 'the wizard never showed a step', { timeout: 4000 });
    const plan = await tabTo((e) => e.matches('input[type=radio]'), 'a plan radio');
    // Arrow keys move within the radio group; land on Add Credits.
    for (let i = 0; i < 4 && !plan.closest('[data-kind="credits"]') && !deepActive()?.closest('[data-kind="credits"]'); i++) await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()?.closest('[data-kind="credits"]'), describe_(deepActive())).to.exist;
    await sendKeys({ press: 'Space' });
    await tabTo(byText('Next'), 'Next');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, 'How many credits?');
    await tabTo(byId('credits'), 'the credits field');
    await sendKeys({ type: '3000' });
    await sendKeys({ press: 'Enter' }); // submits the step
    await waitForText(el, 'Price confirmed');
    await tabTo(byText('Continue to payment'), 'Continue to payment');
    await sendKeys({ press: 'Enter' });
    await tabTo(byId('refund'), 'the refund policy checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(byText('Pay with Razorpay'), 'Pay with Razorpay');
    const done = oneEvent(el, 'credits-purchase-complete');
    await sendKeys({ press: 'Enter' });
    const { detail } = await done;
    expect(detail.payment.credits).to.equal(3000);
    await waitForText(el, 'Payment complete');
    expect(requestsTo(sim, 'POST', '/purchases')).to.have.length(1);
  });

  it('staff grant dialog: open with Enter, type, submit; Escape cancels; focus returns to the opener', async () => {
    const { el, sim } = await page<HTMLElement>(html`<credits-balance></credits-balance>`, { viewer: STAFF });
    await waitForText(el, '12,500');
    const opener = await tabTo(byText('Add Credits'), 'Add Credits');
    // The dialog is its own chunk, loaded once a staff viewer is seen.
    await waitUntil(() => el.shadowRoot!.querySelector('dialog'), 'the grant dialog chunk never loaded');
    const dialog = $<HTMLDialogElement>(el, 'dialog');

    // Escape cancels: nothing posted, focus back on the opener.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open && deepActive()?.id === 'grant-credits', 'the dialog did not open with focus in it');
    await sendKeys({ type: '999' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await waitUntil(() => deepActive() === opener, 'focus did not return to Add Credits');
    expect(requestsTo(sim, 'POST', '/credits/grants')).to.have.length(0);

    // Focus stays in the modal dialog while tabbing.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open && deepActive()?.id === 'grant-credits');
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActive();
      if (focused && focused !== document.body) expect(dialog.contains(focused), `Tab left the dialog for ${describe_(focused)}`).to.equal(true);
    }
    await tabTo(byId('grant-credits'), 'the credits field');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '750' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('grant-reason');
    await sendKeys({ type: 'Keyboard grant' });
    await tabTo((e) => label(e) === 'Add Credits' && dialog.contains(e), "the dialog's Add Credits");
    await sendKeys({ press: 'Enter' });
    await waitForText(el, '13,250');
    await waitUntil(() => deepActive() === opener, 'focus did not return to Add Credits after the grant');
    expect(requestsTo(sim, 'POST', '/credits/grants')[0]!.body).to.deep.equal({ credits: 750, reason: 'Keyboard grant' });
  });

  it("payments: a payment's details sheet opens with Enter, keeps focus inside, closes with Escape and with Close", async () => {
    const { el } = await page<HTMLElement>(html`<payments-list></payments-list>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tr[data-payment]').length > 0, 'rows never appeared', { timeout: 4000 });
    // The rows' buttons are one Tab stop (#22): Tab into the table, then ArrowRight along the row to Details.
    await tabTo((e) => !!e.closest('tr[data-payment]'), "the payments table's stop");
    for (let i = 0; i < 6 && deepActive()?.dataset.action !== 'details'; i++) await sendKeys({ press: 'ArrowRight' });
    const details = deepActive()!;
    expect(details.dataset.action, describe_(details)).to.equal('details');
    const sheet = $<HTMLDialogElement>(el, 'dialog.sheet');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sheet.open && sheet.contains(deepActive()), 'the sheet did not open with focus in it');
    expect(sheet.matches(':modal')).to.equal(true);
    expect(shadowText(el)).to.include('Gateway reference');
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = deepActive();
      if (focused && focused !== document.body) expect(sheet.contains(focused), `Tab left the sheet for ${describe_(focused)}`).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sheet.open, 'Escape did not close the sheet');
    await waitUntil(() => deepActive() === details, 'focus did not return to Details');

    await sendKeys({ press: 'Space' });
    await waitUntil(() => sheet.open, 'Space did not open the sheet');
    await tabTo((e) => e.hasAttribute('data-close-sheet'), 'Close', { max: 10 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !sheet.open, 'Close did not close the sheet');
    await waitUntil(() => deepActive() === details, 'focus did not return to Details after Close');
  });

  it('billing form: choose the country, fill the required fields and save; an error is reached by keyboard too', async () => {
    const { el, sim } = await page<HTMLElement>(html`<billing-details-form></billing-details-form>`, { organisation: 'org_trial_us', locale: 'en-US' });
    await waitUntil(() => el.shadowRoot!.querySelector('form select'), 'the form never rendered', { timeout: 4000 });
    const country = await tabTo((e) => e.getAttribute('name') === 'address.country', 'the country select');
    await sendKeys({ type: 'United States' }); // type-ahead on the closed select
    await waitUntil(() => (country as HTMLSelectElement).value === 'US', `type-ahead chose ${(country as HTMLSelectElement).value}`);

    // Saving too early: the first invalid field gets focus, with its message.
    await tabTo(byText('Save billing details'), 'Save billing details');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.getAttribute('name') === 'business_name', `focus went to ${describe_(deepActive())}, not the first invalid field`);
    expect(deepActive()?.getAttribute('aria-invalid')).to.equal('true');
    expect(requestsTo(sim, 'PUT', '/billing-details')).to.have.length(0);

    const fill = async (name: string, text: string) => {
      await tabTo((e) => e.getAttribute('name') === name, name, { max: 20 });
      await sendKeys({ type: text });
    };
    await fill('business_name', 'Boston Running Club Inc');
    await fill('billing_email', 'billing@bostonrunning.org');
    await fill('address.line1', '1 Boylston St');
    await fill('address.city', 'Boston');
    await fill('address.postal_code', '02116');
    await sendKeys({ press: 'Enter' }); // Enter in a field submits the form
    await waitForText(el, 'Billing details saved.');
    const put = requestsTo(sim, 'PUT', '/billing-details');
    expect(put).to.have.length(1);
    expect(put[0]!.body).to.include({ business_name: 'Boston Running Club Inc', billing_email: 'billing@bostonrunning.org' });
  });
});
