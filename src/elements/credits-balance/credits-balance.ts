import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditsElement } from '../../base/credits-element.js';
import { badge, renderResource, skeleton } from '../../ui/states.js';
import type { CreditsSummary } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { isPositiveDecimal } from '../../money/format.js';
import { ResourceController } from '../../state/resource-controller.js';
import { creditsSummary } from '../../state/resources.js';
import { isLow } from '../../state/low-balance.js';
import { LowBalanceWatch } from './low-balance-watch.js';
import type * as AdviceModule from './advice-view.js';
import { RunwayView, runwayPlaceholder } from './runway-view.js';
import type { AddCreditsDialog } from './add-credits-dialog.js';
import { styles } from './credits-balance.styles.js';
import { MIN_PURCHASE, topUpAdvice, urgent } from './top-up-advice.js';
import { supportLink } from '../../ui/support-link.js';
import { heading } from '../../ui/heading.js';
import { adoptStyles } from '../../styles/adopt.js';

/** The advice panel's place while it loads (the balance loading, or the advice's chunk). */
const adviceSkeleton = html`<div class="advice advice-skeleton">${skeleton('100%', '5.5em')}</div>`;

/** True when the organisation has pricing configured: `cost_per_credit` set and > 0. */
export const hasPricing = (summary: CreditsSummary): boolean =>
  summary.cost_per_credit !== null && isPositiveDecimal(summary.cost_per_credit);

/**
 * The organisation's credit balance with the ways to add to it.
 *
 * - **Available Credits**, grouped for the locale (en-IN: 1,25,000); a negative
 *   balance is flagged and explained.
 * - **Cost per Credit**, only when pricing is configured; masked until **Show**.
 * - **Purchase Credits** and **Billing & Transactions** ask the host to navigate.
 * - **Add Credits** (9Pic staff only): a dialog granting credits with a reason.
 * - With `expected-photos`, the Pro guide's "When to Top Up" advice and a
 *   suggested top-up (see `top-up-advice.ts`).
 * - **Runway**: "≈ 23 days at your recent usage", from the previous full
 *   month plus this month so far (the monthly usage `<monthly-usage>` reads:
 *   one request serves both); hidden without usage (see `runway.ts`).
 * - **Low balance**: below `low-balance-threshold` (its own, else the
 *   provider's) the balance is marked low in colour and words, and
 *   `credits-low-balance` fires once each time it crosses below.
 *
 * @summary Available Credits, Cost per Credit, purchase and billing actions, staff grant, top-up advice.
 * @tagname credits-balance
 * @attr {number} expected-photos - Photos expected at the next event; turns on the top-up advice.
 * @attr {number} low-balance-threshold - Below this many credits the balance is marked low (overrides the provider's).
 * @fires {CustomEvent<LowBalanceDetail>} credits-low-balance - The balance went below the low-balance threshold (also when first seen below it); not again until it has been at or above it. `detail: { available, threshold }`.
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - `{ target: 'purchase' }` from Purchase Credits and the advice, `{ target: 'billing' }` from Billing & Transactions. Cancelable; when not cancelled, `routes[target]` is followed.
 * @csspart card - The card around everything.
 * @csspart balance - The Available Credits figure.
 * @csspart negative-note - The explanation under a negative balance.
 * @csspart cost - The Cost per Credit row.
 * @csspart cost-toggle - The Show/Hide button.
 * @csspart actions - The row of Purchase Credits and Billing & Transactions.
 * @csspart purchase-button - Purchase Credits.
 * @csspart billing-button - Billing & Transactions.
 * @csspart add-button - Add Credits (staff only).
 * @csspart advice - The top-up advice panel.
 * @csspart runway - How long the balance lasts at recent usage.
 * @csspart low-note - The words under a low balance.
 * @csspart dialog - The Add Credits dialog.
 * @cssprop --credits-balance-font-size - Size of the Available Credits figure (default 2.25em).
 */
export class CreditsBalance extends CreditsElement {
  static override styles = [...CreditsElement.styles, styles];

  /** Photos expected at the next event (1 credit = 1 processed photo); turns on the top-up advice. */
  @property({ type: Number, attribute: 'expected-photos' }) expectedPhotos?: number;
  /** Cost per Credit is shown (after Show) or masked. */
  @state() protected costRevealed = false;
  /** The last grant's confirmation, announced politely. */
  @state() protected notice = '';

  private readonly summary = new ResourceController(this, creditsSummary);
  /** The runway at recent usage (reads the monthly usage `<monthly-usage>` reads: one request serves both). */
  private readonly runway = new RunwayView(this);
  /** Low balance: the threshold in force, and `credits-low-balance` once per crossing below it. */
  private readonly low = new LowBalanceWatch(this);
  /** The staff grant dialog: its own chunk, loaded once a staff viewer is seen (customers never download it). */
  private grantDialog?: AddCreditsDialog;
  /**
   * The top-up advice panel (and its styles): its own chunk, requested as soon as `expected-photos` asks for
   * advice, beside the balance's own request; a skeleton of its size holds its place until it is here.
   */
  private adviceView?: typeof AdviceModule.adviceView;
  private adviceLoading?: Promise<void>;
  private adviceFailed = false;
  private grantDialogLoading?: Promise<AddCreditsDialog>;

  private loadGrantDialog(): Promise<AddCreditsDialog> {
    this.grantDialogLoading ??= import('./add-credits-dialog.js').then(
      ({ AddCreditsDialog }) => {
        this.grantDialog = new AddCreditsDialog(this);
        this.requestUpdate();
        return this.grantDialog;
      },
      (error: unknown) => {
        this.grantDialogLoading = undefined; // the next click tries again
        throw error;
      },
    );
    return this.grantDialogLoading;
  }

  private loadAdvice(): void {
    this.adviceLoading ??= import('./advice-view.js').then(
      ({ adviceView, adviceStyles }) => {
        adoptStyles(this, adviceStyles);
        this.adviceView = adviceView;
        this.requestUpdate();
      },
      () => {
        this.adviceFailed = true; // not loaded (offline, a deploy in between): no advice rather than a skeleton forever
        this.requestUpdate();
      },
    );
  }

  protected override organisationChanged(): void {
    this.costRevealed = false;
    this.notice = '';
    this.grantDialog?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (topUpAdvice(0, this.expectedPhotos)) this.loadAdvice();
    // Someone who is no longer staff (viewer changed) must not keep the dialog.
    const data = this.summary.state.data;
    if (data && !data.viewer.is_staff && this.grantDialog?.active) this.grantDialog.close();
    if (data?.viewer.is_staff) this.loadGrantDialog().catch(() => {}); // ready before the first click; a failure is reported on click
    this.low.check(data, this.summary.state.status === 'error');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.low.announce();
  }

  /** @internal Called by the dialog after a grant succeeded. */
  grantSucceeded(credits: number): void {
    const n = this.fmt.credits(credits);
    this.notice = plural(credits, {
      one: () => msg(str`${n} credit added.`, { id: 'credits-balance.grant.done-one' }),
      other: () => msg(str`${n} credits added.`, { id: 'credits-balance.grant.done-other' }),
    });
  }

  private openGrant = (event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    this.notice = '';
    this.loadGrantDialog().then(
      (dialog) => dialog.open(opener),
      () => {
        this.notice = msg('The Add Credits dialog could not be loaded. Check the connection and try again.', { id: 'credits-balance.grant.unavailable' });
      },
    );
  };

  protected override render() {
    const data = this.summary.state.status === 'error' ? undefined : this.summary.state.data;
    // Busy only while loading: a card still marked busy in its error state may keep its alert unread.
    const busy = !data && this.summary.state.status !== 'error';
    // The heading stays in every state; Add Credits joins it once a staff viewer is known.
    return html`<section class="card" part="card" aria-busy=${busy ? 'true' : 'false'}>
      <div class="head">
        ${heading(this.titleLevel, msg('Available Credits', { id: 'credits-balance.available' }), { id: 'balance-title', class: 'title' })}
        ${data?.viewer.is_staff
          ? html`<button type="button" class="btn btn-small" part="add-button" aria-haspopup="dialog" @click=${this.openGrant}>
              ${msg('Add Credits', { id: 'credits-balance.add' })}
            </button>`
          : nothing}
      </div>
      ${renderResource(this.summary, {
        failed: msg('Credits balance could not be loaded.', { id: 'credits-balance.load-failed' }),
        loading: () => this.renderSkeleton(),
        data: (summary) => this.renderData(summary),
      })}
      ${this.summary.state.status === 'error' ? this.renderActions() : nothing}
    </section>`;
  }

  private renderSkeleton() {
    const withAdvice = topUpAdvice(0, this.expectedPhotos) !== undefined;
    return html`<div class="amount-line">${skeleton('9ch', '1.2em')}</div>
      ${runwayPlaceholder()}
      <div class="cost">${skeleton('14em', '1em')}</div>
      <div class="actions">${skeleton('10em', '36px')} ${skeleton('12em', '36px')}</div>
      ${withAdvice ? adviceSkeleton : nothing}
      <span class="visually-hidden" role="status">${msg('Loading the credits balance…', { id: 'credits-balance.loading' })}</span>`;
  }

  private renderData(summary: CreditsSummary) {
    const balance = summary.available_credits;
    const negative = balance < 0;
    const threshold = this.low.threshold()?.value;
    const low = !negative && isLow(balance, threshold);
    const advice = topUpAdvice(balance, this.expectedPhotos);
    return html`<p class="amount-line" part="balance" ?data-negative=${negative} ?data-low=${low}>
        <span class="amount">${negative ? this.fmt.signedCredits(balance) : this.fmt.credits(balance)}</span>
        <span class="unit">${msg('credits', { id: 'credits-balance.unit' })}</span>
        ${negative ? badge(msg('Negative balance', { id: 'credits-balance.negative' }), 'danger') : nothing}
        ${low ? badge(msg('Low balance', { id: 'credits-balance.low' }), 'warning') : nothing}
      </p>
      ${low
        ? html`<p class="low-note" part="low-note">
            ${msg(str`Below your low-balance level of ${this.fmt.credits(threshold!)} credits.`, { id: 'credits-balance.low-note' })}
          </p>`
        : nothing}
      ${this.runway.render(balance, this.fmt)}
      <p class="notice" role="status" ?data-empty=${!this.notice}>${this.notice}</p>
      ${negative
        ? html`<p class="negative-note" part="negative-note">
            ${msg(
              str`More credits were used than were available (${this.fmt.credits(-balance)} credits below zero). Purchase at least ${this.fmt.credits(Math.max(MIN_PURCHASE, -balance))} credits (the minimum purchase is ${this.fmt.credits(MIN_PURCHASE)}) to bring the balance back to zero or above before processing more photos.`,
              { id: 'credits-balance.negative-note-min' },
            )}
          </p>`
        : nothing}
      ${hasPricing(summary) ? this.renderCost(summary) : this.renderNoPricing(summary)}
      ${this.renderActions(urgent(advice))}
      ${!advice
        ? nothing
        : this.adviceView
          ? this.adviceView(advice, balance, this.fmt, (credits) => this.navigate('purchase', undefined, credits))
          : this.adviceFailed
            ? nothing
            : adviceSkeleton}
      ${summary.viewer.is_staff && this.grantDialog ? this.grantDialog.render(summary.organisation.name) : nothing}`;
  }

  /** The ways to buy: also under a failed balance (buying does not need the balance). Secondary while an urgent top-up advice holds the primary action. */
  private renderActions(adviceLeads = false) {
    return html`<div class="actions" part="actions">
      <button type="button" class=${adviceLeads ? 'btn' : 'btn btn-primary'} part="purchase-button" @click=${() => this.navigate('purchase')}>
        ${msg('Purchase Credits', { id: 'credits-balance.purchase' })}
      </button>
      <button type="button" class="btn" part="billing-button" @click=${() => this.navigate('billing')}>
        ${msg('Billing & Transactions', { id: 'credits-balance.billing' })}
      </button>
    </div>`;
  }

  private renderCost(summary: CreditsSummary) {
    const revealed = this.costRevealed;
    // The toggle's name says what a press does (Show / Hide cost per credit); no aria-pressed on top of it (#22.9).
    return html`<div class="cost" part="cost">
      <span class="cost-label" id="cost-label">${msg('Cost per Credit', { id: 'credits-balance.cost' })}</span>
      <span class="cost-value" id="cost-value">
        ${revealed
          ? this.fmt.money(summary.cost_per_credit!, summary.currency)
          : html`<span class="mask" aria-hidden="true">••••</span><span class="visually-hidden">${msg('hidden', { id: 'credits-balance.cost-hidden' })}</span>`}
      </span>
      <button
        type="button"
        class="btn btn-small"
        part="cost-toggle"
        aria-controls="cost-value"
        aria-label=${revealed
          ? msg('Hide cost per credit', { id: 'credits-balance.hide-cost' })
          : msg('Show cost per credit', { id: 'credits-balance.show-cost' })}
        @click=${() => (this.costRevealed = !revealed)}
      >
        ${revealed ? msg('Hide', { id: 'credits-balance.hide' }) : msg('Show', { id: 'credits-balance.show' })}
      </button>
    </div>`;
  }

  /** Cost per Credit is hidden: say why, and how to ask for pricing (the guide's "Why do I not see the cost per credit?"). */
  private renderNoPricing(summary: CreditsSummary) {
    const organisation = `${summary.organisation.name} (${this.credits?.organisation ?? ''})`;
    return html`<p class="pricing-note muted" part="pricing-note">
      ${msg('Cost per credit: pricing is not configured for your organisation yet.', { id: 'credits-balance.no-pricing' })}
      ${supportLink(this, msg('Ask 9Pic support for pricing', { id: 'credits-balance.no-pricing-ask' }), msg(str`Pricing: ${organisation}`, { id: 'credits-balance.no-pricing-subject' }))}
    </p>`;
  }
}
