/**
 * The step being filled in: the stepper, then a form with the step's body
 * (Plan, Credits, Review or Payment), the notices above it (the price changed;
 * another order's purchase got no answer), Back and Next (or Pay), and the
 * Refund Policy gate under the Pay button: until the policy is accepted Pay is
 * aria-disabled (it stays focusable) and described by the gate's hint, so a
 * screen reader says why it does nothing.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/localize.js';
import { creditsSide, creditsStep } from './steps/credits.js';
import { payLabel, paymentSide, paymentStep } from './steps/payment.js';
import { planStep } from './steps/plan.js';
import { reviewSide, reviewStep } from './steps/review.js';
import { stepper } from './stepper.js';
import { uncertainNotice, type UncertainView } from './uncertain-notice.js';
import type { Step, WizardView } from './view.js';

const BODIES = { plan: planStep, credits: creditsStep, review: reviewStep, payment: paymentStep } as const;
/** What stands beside each step's body: the order summary (the Plan step has none). */
const SIDES = { plan: undefined, credits: creditsSide, review: reviewSide, payment: paymentSide } as const;

export interface StepNotices {
  /** The purchase answer charged another amount than reviewed (shown on Review). */
  priceChanged: boolean;
  /** Another order's purchase sent without an answer. */
  uncertain?: UncertainView;
}

export function stepForm(w: WizardView, step: Step, notices: StepNotices) {
  const first = step === 'plan';
  const busy = w.payment.busy;
  const side = SIDES[step]?.(w);
  return html`${stepper(step, w.order.kind, false)}
    <form class=${side ? 'panel layout with-side' : 'panel layout'} novalidate @submit=${(e: Event) => (e.preventDefault(), step === 'payment' ? w.pay() : w.next())}>
      <div class="main">
        ${notices.priceChanged && step === 'review'
          ? html`<div class="error-panel" role="alert" part="error">
              <p><strong>${msg('The price changed: review the order again.', { id: 'purchase-wizard.error.price-changed' })}</strong></p>
            </div>`
          : nothing}
        ${uncertainNotice(notices.uncertain)} ${BODIES[step](w)}
      </div>
      ${side ? html`<div class="side">${side}</div>` : nothing}
      <div class="actions">
        ${first ? nothing : html`<button type="button" class="btn" aria-disabled=${busy ? 'true' : 'false'} @click=${w.back}>${msg('Back', { id: 'purchase-wizard.action.back' })}</button>`}
        ${step === 'payment'
          ? html`<button
              type="submit"
              class="btn btn-primary"
              part="pay-button"
              aria-disabled=${busy || !w.refundAccepted ? 'true' : 'false'}
              aria-describedby=${ifDefined(w.refundAccepted ? undefined : 'pay-gate')}
              aria-busy=${busy ? 'true' : 'false'}
            >
              ${busy ? msg('Processing…', { id: 'purchase-wizard.payment.processing' }) : payLabel(w.options.gateway)}
            </button>`
          : html`<button type="submit" class="btn btn-primary" ?disabled=${step === 'review' && w.quote.status !== 'ready'}>
              ${step === 'review' ? msg('Continue to payment', { id: 'purchase-wizard.action.to-payment' }) : msg('Next', { id: 'purchase-wizard.action.next' })}
            </button>`}
      </div>
      ${step === 'payment' && !w.refundAccepted ? html`<p class="hint gate" id="pay-gate">${msg('Accept the Refund Policy to continue.', { id: 'purchase-wizard.payment.gate' })}</p>` : nothing}
    </form>`;
}
