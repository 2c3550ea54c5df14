/**
 * Where the balance will be: the Credits step shows the current balance and
 * the balance after this purchase (following the quantity as it is typed),
 * quick picks for common quantities and, when the top-up advice is known
 * (`expected-photos`), its suggestion; the Review step repeats the balance
 * after purchase. Exact: the sum is done in `Decimal`, never in floats.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { Decimal } from '../../money/decimal.js';
import { msg, str } from '../../i18n/localize.js';
import type { WizardView } from './view.js';

/** Quantities offered as one-press choices (those outside the organisation's limits are left out). */
export const QUICK_PICKS: readonly number[] = [1_000, 5_000, 10_000, 25_000];

/** The balance once `credits` are added (exact; the balance may be negative). */
export function balanceAfter(available: number, credits: number): number {
  return Number(Decimal.fromInteger(available).plus(Decimal.fromInteger(credits)).toString());
}

/** The credits the valid order adds, or undefined (custom payment, or input not valid yet). */
export function orderedCredits(w: WizardView): number | undefined {
  const request = w.checked.request;
  return request && request.kind !== 'custom' ? request.credits : undefined;
}

/** "Current balance" and "After this purchase", for the Credits step's live column. */
export function balanceContext(w: WizardView) {
  if (w.balance === undefined || w.order.kind === 'custom') return nothing;
  const credits = orderedCredits(w);
  const after = credits === undefined ? undefined : balanceAfter(w.balance, credits);
  return html`<dl class="balance-context" part="balance-context">
    <div>
      <dt>${msg('Current balance', { id: 'purchase-wizard.context.current' })}</dt>
      <dd class="current-balance">${msg(str`${w.fmt.credits(w.balance)} credits`, { id: 'purchase-wizard.context.credits' })}</dd>
    </div>
    <div>
      <dt>${msg('After this purchase', { id: 'purchase-wizard.context.after' })}</dt>
      <dd class="balance-after">${after === undefined ? '—' : msg(str`${w.fmt.credits(after)} credits`, { id: 'purchase-wizard.context.credits' })}</dd>
    </div>
  </dl>`;
}

/** What the polite live region adds to the total: the balance after purchase. */
export function balanceAfterAnnouncement(w: WizardView): string {
  const credits = orderedCredits(w);
  if (w.balance === undefined || credits === undefined) return '';
  return msg(str`Balance after purchase: ${w.fmt.credits(balanceAfter(w.balance, credits))} credits`, { id: 'purchase-wizard.context.live-after' });
}

/** Arrow keys, Home and End move focus between a toolbar's buttons (a roving tabindex: the focused one is the Tab stop). */
function toolbarKeys(e: KeyboardEvent): void {
  const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
  const last = buttons.length - 1;
  const next =
    e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (at >= last ? 0 : at + 1)
    : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at <= 0 ? last : at - 1)
    : e.key === 'Home' ? 0
    : e.key === 'End' ? last
    : -1;
  if (next < 0) return;
  e.preventDefault();
  for (const [i, b] of buttons.entries()) b.tabIndex = i === next ? 0 : -1;
  buttons[next]!.focus();
}

/** One-press quantities, and the advice's suggestion when there is one; the chosen one is pressed. One Tab stop, arrow keys within. */
export function quickPicks(w: WizardView) {
  if (w.order.kind === 'custom') return nothing;
  const { options, fmt } = w;
  const chosen = orderedCredits(w);
  const picks = QUICK_PICKS.filter((n) => n >= options.min_credits && n <= options.max_credits);
  const suggested = w.suggestedCredits !== undefined && w.suggestedCredits <= options.max_credits ? w.suggestedCredits : undefined;
  if (!picks.length && suggested === undefined) return nothing;
  // One Tab stop for the group (a toolbar): the chosen pick, else the first; arrow keys move between them.
  const all = suggested === undefined ? picks : [...picks, suggested];
  const stop = chosen !== undefined && all.includes(chosen) ? chosen : all[0];
  const pick = (n: number, label: string, extra = '') => html`<button
    type="button"
    class="btn btn-small pick ${extra}"
    tabindex=${live(n === stop ? '0' : '-1')}
    aria-pressed=${chosen === n ? 'true' : 'false'}
    @click=${() => w.pick(n)}
  >${label}</button>`;
  return html`<div class="quick-picks" role="toolbar" aria-labelledby="quick-picks-label" @keydown=${toolbarKeys}>
    <span class="hint" id="quick-picks-label">${msg('Quick picks', { id: 'purchase-wizard.context.picks' })}</span>
    ${picks.map((n) => pick(n, fmt.credits(n)))}
    ${suggested === undefined
      ? nothing
      : pick(suggested, msg(str`Suggested: ${fmt.credits(suggested)}`, { id: 'purchase-wizard.context.suggested' }), 'suggested')}
  </div>`;
}

/** The Review step's "Balance after purchase" fact. */
export function reviewBalanceAfter(w: WizardView) {
  const credits = orderedCredits(w);
  if (w.balance === undefined || credits === undefined) return nothing;
  return html`<div>
    <dt>${msg('Balance after purchase', { id: 'purchase-wizard.context.review-after' })}</dt>
    <dd class="balance-after">${msg(str`${w.fmt.credits(balanceAfter(w.balance, credits))} credits`, { id: 'purchase-wizard.context.credits' })}</dd>
  </div>`;
}
