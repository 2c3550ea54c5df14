/**
 * The progress indicator: an ordered list of the four steps, the current one
 * marked `aria-current="step"`. Narrow (a phone), the other steps shrink to their
 * numbered dots and the current one reads whole: "Step 2 of 4: Credits".
 */
import { html } from 'lit';
import type { PurchaseKind } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
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
  const count = STEPS.length;
  return html`<ol class="stepper" part="stepper" aria-label=${msg('Purchase steps', { id: 'purchase-wizard.steps' })}>
    ${STEPS.map((step, i) => {
      const done = finished || i < index;
      const state = done ? 'done' : i === index ? 'current' : 'todo';
      const position = i + 1;
      return html`<li data-state=${state} aria-current=${!finished && i === index ? 'step' : 'false'}>
        <span class="dot" aria-hidden="true">${done ? '✓' : position}</span>
        <span class="text"><span class="of">${msg(str`Step ${position} of ${count}:`, { id: 'purchase-wizard.step.of' })} </span><span class="label">${stepLabel(step, kind)}</span></span>
        ${done ? html`<span class="visually-hidden">(${msg('done', { id: 'purchase-wizard.step.done' })})</span>` : ''}
      </li>`;
    })}
  </ol>`;
}
