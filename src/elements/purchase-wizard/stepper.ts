/** The progress indicator: four numbered steps, the current one marked `aria-current="step"`. */
import { html } from 'lit';
import type { PurchaseKind } from '../../api/schemas.js';
import { msg } from '../../i18n/localize.js';
import { STEPS, type Step } from './view.js';

function stepLabel(step: Step, kind: PurchaseKind): string {
  switch (step) {
    case 'plan':
      return msg('Plan', { id: 'purchase-wizard.step.plan' });
    case 'credits':
      return kind === 'custom' ? msg('Amount', { id: 'purchase-wizard.step.amount' }) : msg('Credits', { id: 'purchase-wizard.line.credits' });
    case 'review':
      return msg('Review', { id: 'purchase-wizard.step.review' });
    case 'payment':
      return msg('Payment', { id: 'purchase-wizard.step.payment' });
  }
}

/** `finished`: the flow is over (an outcome is shown), every step counts as done. */
export function stepper(current: Step, kind: PurchaseKind, finished: boolean) {
  const index = STEPS.indexOf(current);
  return html`<nav aria-label=${msg('Purchase steps', { id: 'purchase-wizard.steps' })}>
    <ol class="stepper" part="stepper">
      ${STEPS.map((step, i) => {
        const done = finished || i < index;
        const state = done ? 'done' : i === index ? 'current' : 'todo';
        return html`<li data-state=${state} aria-current=${!finished && i === index ? 'step' : 'false'}>
          <span class="dot" aria-hidden="true">${done ? '✓' : i + 1}</span>
          <span class="label">${stepLabel(step, kind)}</span>
          ${done ? html`<span class="visually-hidden">(${msg('done', { id: 'purchase-wizard.step.done' })})</span>` : ''}
        </li>`;
      })}
    </ol>
  </nav>`;
}
