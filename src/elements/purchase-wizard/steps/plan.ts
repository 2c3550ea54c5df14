/** Step 1: the plan, from the organisation's purchase options (never hard-coded prices). */
import { newTabNote } from '../../../ui/new-tab.js';
import { html, nothing } from 'lit';
import type { PurchaseKind } from '../../../api/schemas.js';
import { safeHref } from '../../../ui/safe-url.js';
import { msg, str } from '../../../i18n/localize.js';
import { plural } from '../../../ui/plural.js';
import { availableKinds } from '../order.js';
import { planTitle } from '../../../ui/kind-labels.js';
import { stepHeading, type WizardView } from '../view.js';

function term(days: number): string {
  return days === 365 || days === 366
    ? msg('per year', { id: 'purchase-wizard.plan.per-year' })
    : plural(days, {
        one: () => msg(str`for ${days} day`, { id: 'purchase-wizard.plan.for-days-one' }),
        other: () => msg(str`for ${days} days`, { id: 'purchase-wizard.plan.for-days-other' }),
      });
}

function describe(kind: PurchaseKind, w: WizardView) {
  const { options, fmt } = w;
  const perCredit = fmt.money(options.cost_per_credit, options.currency);
  switch (kind) {
    case 'pro_subscription':
      return html`<span class="price">${fmt.money(options.pro.price, options.currency)} <span class="muted">${term(options.pro.term_days)}</span></span>
        <span>${msg('Annual subscription: custom domain, 9Pic Certify, race videos and priority support.', { id: 'purchase-wizard.plan.pro-desc' })}</span>
        <span class="muted">${options.pro.included_credits > 0
          ? msg(str`Includes ${fmt.credits(options.pro.included_credits)} credits; add more at ${perCredit} each.`, { id: 'purchase-wizard.plan.pro-included' })
          : msg(str`Credits are bought separately at ${perCredit} each (0 or more).`, { id: 'purchase-wizard.plan.pro-credits' })}</span>`;
    case 'credits':
      return html`<span class="price">${perCredit} <span class="muted">${msg('per credit', { id: 'purchase-wizard.plan.per-credit' })}</span></span>
        <span>${msg('Buy credits without changing your plan.', { id: 'purchase-wizard.plan.credits-desc' })}</span>
        <span class="muted">${msg(str`Minimum ${fmt.credits(options.min_credits)} credits.`, { id: 'purchase-wizard.plan.credits-min' })}</span>`;
    case 'custom':
      return html`<span>${msg('Record a payment without adding credits. Use only when the 9Pic team asks you to.', { id: 'purchase-wizard.plan.custom-desc' })}</span>
        <span class="warning-text">${msg('Your balance will not change.', { id: 'purchase-wizard.plan.custom-warning' })}</span>`;
  }
}

export function planStep(w: WizardView) {
  const kinds = availableKinds(w.options);
  const contact = safeHref(w.options.enterprise_contact_url);
  return html`${stepHeading(w.headingLevel, msg('Choose a plan', { id: 'purchase-wizard.plan.heading' }))}
    ${w.proUnavailableNotice
      ? html`<p class="notice" data-tone="info">${msg('Your organisation already has Pro. You can add credits instead.', { id: 'purchase-wizard.plan.pro-taken' })}</p>`
      : nothing}
    <fieldset class="plans">
      <legend class="visually-hidden">${msg('Plan', { id: 'purchase-wizard.step.plan' })}</legend>
      ${kinds.map(
        // The whole card is the click target; the radio is named by the title alone, the rest is its description (#22.9).
        (kind) => html`<label class="plan card" part="plan" data-kind=${kind} ?data-selected=${w.order.kind === kind}>
          <span class="plan-head">
            <input
              type="radio"
              name="plan"
              .value=${kind}
              .checked=${w.order.kind === kind}
              aria-labelledby="plan-${kind}-title"
              aria-describedby="plan-${kind}-desc"
              @change=${() => w.choose(kind)}
            />
            <strong id="plan-${kind}-title">${planTitle(kind)}</strong>
          </span>
          <span class="plan-body" id="plan-${kind}-desc">${describe(kind, w)}</span>
        </label>`,
      )}
      ${w.options.pro.available ? enterpriseCard(contact) : nothing}
    </fieldset>
    ${w.options.pro.available ? nothing : enterpriseLine(contact)}`;
}

/** Beside the self-serve plans: Enterprise, disabled inline (the dashboard guide), opening the contact page. */
function enterpriseCard(contact: string | undefined) {
  return html`<div class="plan card disabled" part="plan" data-kind="enterprise">
    <span class="plan-head">
      <input type="radio" name="plan" id="plan-enterprise" disabled aria-describedby="enterprise-desc" />
      <label for="plan-enterprise"><strong>${msg('Enterprise', { id: 'purchase-wizard.plan.enterprise' })}</strong></label>
    </span>
    <span class="plan-body" id="enterprise-desc">
      <span>${msg('Custom pricing for large organisations, with dedicated support and SLAs. Not available for self-serve checkout.', { id: 'purchase-wizard.plan.enterprise-desc' })}</span>
      ${contact
        ? html`<a href=${contact} target="_blank" rel="noopener noreferrer">${msg('Contact 9Pic for Enterprise', { id: 'purchase-wizard.plan.enterprise-contact' })}${newTabNote()}</a>`
        : nothing}
    </span>
  </div>`;
}

/**
 * An organisation already subscribed sees its two options as cards (the Pro guide) and
 * Enterprise as a quieter line below them: custom pricing, contact us.
 */
function enterpriseLine(contact: string | undefined) {
  return html`<p class="enterprise-line muted" part="enterprise-line" data-kind="enterprise">
    <strong>${msg('Enterprise', { id: 'purchase-wizard.plan.enterprise' })}</strong>:
    ${msg('custom pricing for large organisations.', { id: 'purchase-wizard.plan.enterprise-line' })}
    ${contact
      ? html`<a href=${contact} target="_blank" rel="noopener noreferrer">${msg('Contact us', { id: 'purchase-wizard.plan.enterprise-contact-us' })}${newTabNote()}</a>`
      : nothing}
  </p>`;
}
