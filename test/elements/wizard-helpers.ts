/** Helpers for the <purchase-wizard> tests: mount on the in-process simulator with simulated gateways, drive the steps. */
import { html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/purchase-wizard/define.js';
import type { PurchaseWizard } from '../../src/elements/purchase-wizard/purchase-wizard.js';
import { createSimulatedGateway } from '../../src/simulator/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { $, button, mountInProvider, shadowText, waitForText } from '../support.js';

export async function mountWizard(options: { organisation?: string; plan?: string; sim?: Simulator; extra?: unknown } = {}) {
  const mounted = await mountInProvider<PurchaseWizard>(html`<purchase-wizard plan=${ifDefined(options.plan)}></purchase-wizard>${options.extra ?? ''}`, {
    organisation: options.organisation ?? 'org_42',
    sim: options.sim,
  });
  const { el, sim, provider } = mounted;
  el.quoteDelay = 0;
  provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
  await waitUntil(() => el.shadowRoot?.querySelector('#step-heading'), 'the wizard never showed a step', { timeout: 4000 });
  await el.updateComplete;
  return mounted;
}

export const heading = (el: Element) => $(el, '#step-heading').textContent!.replace(/\s+/g, ' ').trim();
export const currentStep = (el: Element) => $(el, '[aria-current="step"] .label').textContent!.trim();

/** Set an input's value as typing would (one input event). */
export async function typeInto(el: PurchaseWizard, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function press(el: PurchaseWizard, label: string | RegExp): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

export async function choosePlan(el: PurchaseWizard, kind: 'pro_subscription' | 'credits' | 'custom'): Promise<void> {
  const radio = $<HTMLInputElement>(el, `[data-kind="${kind}"] input[type=radio]`);
  radio.click();
  await el.updateComplete;
}

/** The text of the order summary's Total row. */
export const summaryTotal = (el: Element) => $(el, 'table.summary tr.total td').textContent!.trim();

/** Plan (chosen) → Credits (typed) → Review (server quote) → Payment (policy accepted). */
export async function toPayment(el: PurchaseWizard, { kind = 'credits', credits = '5000' }: { kind?: 'pro_subscription' | 'credits'; credits?: string } = {}) {
  if (heading(el) === 'Choose a plan') {
    await choosePlan(el, kind);
    await press(el, 'Next');
  }
  await typeInto(el, '#credits', credits);
  await reviewAndAccept(el);
}

/** From a filled Credits step: Next → the server's quote → Payment, with the Refund Policy accepted. */
export async function reviewAndAccept(el: PurchaseWizard, timeout = 4000): Promise<void> {
  await press(el, 'Next');
  await waitForText(el, 'Price confirmed', timeout);
  await press(el, 'Continue to payment');
  const refund = $<HTMLInputElement>(el, '#refund');
  if (!refund.checked) refund.click();
  await el.updateComplete;
}

export const payButton = (el: Element) => $<HTMLButtonElement>(el, '[part="pay-button"]');

export async function waitForOutcome(el: PurchaseWizard, outcome: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector(`[data-outcome="${outcome}"]`), `no ${outcome} outcome; text: ${shadowText(el).slice(0, 300)}`, {
    timeout: 4000,
  });
}
