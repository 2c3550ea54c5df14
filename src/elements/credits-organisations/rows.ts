/**
 * One organisation as a row of the list: a button whose text says everything
 * a partner scans for (name, balance, plan, expiry, flags), and the loading skeleton.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OrganisationSummary } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { badge, skeleton } from '../../ui/states.js';
import { msg } from '../../i18n/localize.js';
import { expiryBadge } from '../subscription-card/expiry-badge.js';
import { expiryStatus } from '../subscription-card/expiry-status.js';
import { planText } from '../subscription-card/plans.js';

export interface RowContext {
  fmt: Formatter;
  now: Date;
  /** The provider's organisation (marked as current). */
  current: string | undefined;
  /** Below this balance an organisation is flagged low (undefined: no flag). */
  threshold: number | undefined;
  /** The row that takes Tab (roving tabindex). */
  focusIndex: number;
  total: number;
  choose: (organisation: OrganisationSummary) => void;
}

export const columnHeaders = () => [
  msg('Organisation', { id: 'credits-organisations.col.name' }),
  msg('Balance', { id: 'credits-organisations.col.balance' }),
  msg('Plan', { id: 'credits-organisations.col.plan' }),
  msg('Expiry', { id: 'credits-organisations.col.expiry' }),
];

/** Sighted users' column labels; each row's button already says all of it. */
export const headerRow = () =>
  html`<div class="row-grid header" aria-hidden="true" part="header-row">
    ${columnHeaders().map((label, i) => html`<span class=${i === 1 ? 'c-balance' : ''}>${label}</span>`)}
  </div>`;

export function isLow(org: OrganisationSummary, threshold: number | undefined): boolean {
  return threshold !== undefined && org.available_credits >= 0 && org.available_credits < threshold;
}

export function organisationRow(org: OrganisationSummary, index: number, ctx: RowContext): TemplateResult {
  const { fmt } = ctx;
  const negative = org.available_credits < 0;
  const current = org.id === ctx.current;
  const plan = planText(org.plan_type);
  const status = expiryStatus(org.expires_at, ctx.now, fmt.timeZone);
  return html`<div role="listitem" class="item" data-index=${index} aria-setsize=${ctx.total} aria-posinset=${index + 1}>
    <button type="button" class="row-grid row" part="row" tabindex=${index === ctx.focusIndex ? 0 : -1}
      aria-current=${current ? 'true' : 'false'} ?data-current=${current} @click=${() => ctx.choose(org)}>
      <span class="c-name">
        <span class="name">${org.name}</span>
        <span class="id">${org.id}</span>
      </span>
      <span class="c-balance" ?data-negative=${negative}>
        <span class="amount">${negative ? fmt.signedCredits(org.available_credits) : fmt.credits(org.available_credits)}</span>
        <span class="visually-hidden">${msg('credits', { id: 'credits-organisations.credits' })}</span>
      </span>
      <span class="c-plan">${plan.label}</span>
      <span class="c-expiry">${org.expires_at ? expiryBadge(status, fmt) : html`<span class="muted">${msg('No expiry', { id: 'credits-organisations.no-expiry' })}</span>`}</span>
      <span class="c-flags">
        ${negative
          ? badge(msg('Negative balance', { id: 'credits-organisations.negative' }), 'danger', 'badge negative')
          : isLow(org, ctx.threshold)
            ? badge(msg('Low balance', { id: 'credits-organisations.low' }), 'warning', 'badge low')
            : nothing}
        ${current ? badge(msg('Current', { id: 'credits-organisations.current' }), 'info', 'badge current') : nothing}
      </span>
    </button>
  </div>`;
}

/** Grey rows of the final size while a page loads (no layout jump). */
export const skeletonRows = (count = 6) =>
  html`<div class="skeleton-rows" aria-hidden="true">
    ${Array.from(
      { length: count },
      () => html`<div class="row-grid row">
        <span class="c-name">${skeleton('70%')} ${skeleton('40%', '0.8em')}</span><span class="c-balance">${skeleton('4em')}</span>
        <span class="c-plan">${skeleton('4em')}</span><span class="c-expiry">${skeleton('6em', '1.2em')}</span><span class="c-flags"></span>
      </div>`,
    )}
  </div>`;
