import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditsElement } from '../../base/credits-element.js';
import { keyed } from 'lit/directives/keyed.js';
import type { CreditsNavigateEvent, PurchasePlan } from '../../core/events.js';
import { msg } from '../../i18n/localize.js';
import { TAB_VIEWS, isAreaView, type AreaView, type TabView } from './router.js';
import { AreaViewController } from './view-controller.js';
import { styles } from './credits-area.styles.js';
import { heading } from '../../ui/heading.js';

/**
 * The whole Credits area in one tag: the tabs **Credits** (balance, monthly
 * usage, credit usage, purchase history), **Billing & Transactions** (payments,
 * billing details) and **Subscription** (the plan), plus the purchase flow,
 * composed from the other Credits elements.
 *
 * Give it the provider's attributes (`api-base`, `organisation`, `locale`, …)
 * and it makes its own `<credits-provider>` inside; or put it under one.
 *
 * With `routing="history"` the views live at `{base-path}/credits`,
 * `/credits/billing`, `/credits/subscription` and `/credits/purchase`: tab
 * changes push history entries, back/forward and deep links work. Otherwise the
 * view is element state (the `view` attribute).
 *
 * The `credits-navigate` events of the elements inside for `credits`, `billing`,
 * `subscription` and `purchase` are handled here (cancelled, not passed on);
 * `event` and `support` bubble out to the host. **Configure Billing** in the
 * payments list takes the user to the billing form below it (in view, first
 * field focused); **Renew Pro** / **Upgrade to Pro** open the purchase with Pro chosen.
 *
 * Each view has one heading at `heading-level` (default 2): the purchase view's
 * "Buy credits or upgrade" (the wizard inside leaves out its own title), and a
 * tab's view a visually hidden one; the cards' titles and the purchase steps sit
 * one level below it.
 *
 * @summary The Credits area: tabs, purchase flow and routing.
 * @tagname credits-area
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - From the elements inside, for `event` and `support` only. Cancelable. `detail: { target, eventId?, credits?, href? }`.
 * @fires {CustomEvent<CreditsErrorDetail>} credits-error - From the inner provider. `detail: { operation, error, requestId }`.
 * @fires {CustomEvent<AuthRequiredDetail>} credits-auth-required - From the inner provider. `detail: { error }`.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - The active tab panel (and the purchase view).
 * @csspart heading - The heading of each view (focused on programmatic navigation; visually hidden in the tab views, whose selected tab names them).
 * @csspart back - The "Back to Credits" button of the purchase view.
 */
export class CreditsArea extends CreditsElement {
  static override styles = [...CreditsElement.styles, styles];
  /** It reads no resources itself: without a surrounding provider its settings go to an inner `<credits-provider>`, which holds the store. */
  protected static override readonly ownRuntime = false;

  /** `history` maps the views to URL paths; anything else keeps the view in the element. */
  @property() routing?: 'history' | 'none';
  /** Prefix of the area's paths with `routing="history"` (default `''`: `/credits`, …). May end in `#` for hash routes (`/app.html#`). */
  @property({ attribute: 'base-path' }) basePath = '';
  /** The view shown; with history routing the URL decides and this is the fallback. Reflected, so a host can style or read the current view. */
  @property({ reflect: true }) view: AreaView = 'credits';
  /** Photos expected at the next event: passed to the balance and the purchase wizard, which then give the Pro guide's "When to Top Up" advice. */
  @property({ type: Number, attribute: 'expected-photos' }) expectedPhotos?: number;
  /** Credits suggested by the navigation that opened the purchase view (the top-up advice). */
  @state() private suggestedCredits?: number;
  /** The plan asked for by the navigation that opened the purchase view (Renew Pro, Upgrade to Pro). */
  @state() private suggestedPlan?: PurchasePlan;
  /** After the next render, bring the billing form into view and focus its first field. */
  private focusBillingFormAfterRender = false;

  private readonly views = new AreaViewController(this);

  /** Show a view, as a host would: pushes a history entry with history routing and focuses the view's heading. */
  show(view: AreaView): void {
    this.views.select(view, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusBillingFormAfterRender) {
      this.focusBillingFormAfterRender = false;
      this.renderRoot.querySelector<HTMLElement & { focusFirstField?: () => Promise<void> }>('#panel-billing [data-billing-form]')?.focusFirstField?.();
    }
  }

  protected override render() {
    const content = html`<div class="area" @credits-navigate=${this.onNavigate} @credits-wizard-state=${this.views.onWizardState}>
      ${this.views.current === 'purchase' ? this.renderPurchase() : this.renderTabs(this.views.current)}
    </div>`;
    if (this.provided) return content;
    return html`<credits-provider
      .apiBase=${this.apiBase}
      .organisation=${this.organisation}
      .locale=${this.locale}
      .timeZone=${this.timeZone}
      .tokenProvider=${this.tokenProvider}
      .fetch=${this.fetch}
      .routes=${this.routes}
      .gateways=${this.gateways}
      .staleTime=${this.staleTime}
      .sandbox=${this.sandbox}
      .auth=${this.auth}
      .live=${this.live}
      >${content}</credits-provider
    >`;
  }

  private tabLabel(view: AreaView): string {
    switch (view) {
      case 'credits':
        return msg('Credits', { id: 'credits-area.tab.credits' });
      case 'billing':
        return msg('Billing & Transactions', { id: 'credits-area.tab.billing' });
      case 'subscription':
        return msg('Subscription', { id: 'credits-area.tab.subscription' });
      case 'purchase':
        return msg('Buy credits or upgrade', { id: 'credits-area.purchase.title' });
    }
  }

  private renderTabs(active: TabView) {
    return html`<div role="tablist" part="tablist" aria-label=${msg('Credits area', { id: 'credits-area.tablist' })} @keydown=${this.views.onTabKeydown}>
        ${TAB_VIEWS.map(
          (view) => html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${view}"
            aria-selected=${view === active ? 'true' : 'false'}
            aria-controls="panel-${view}"
            tabindex=${view === active ? 0 : -1}
            @click=${() => this.views.select(view, false)}
          >
            ${this.tabLabel(view)}
          </button>`,
        )}
      </div>
      ${TAB_VIEWS.map(
        (view) => html`<section
          role="tabpanel"
          id="panel-${view}"
          aria-labelledby="tab-${view}"
          class="panel"
          part=${view === active ? 'panel' : nothing}
          ?hidden=${view !== active}
        >
          ${view === active ? this.renderPanel(view) : nothing}
        </section>`,
      )}`;
  }

  /** Only the active panel's elements exist, so inactive panels make no requests. */
  private renderPanel(view: TabView) {
    const level = this.innerLevel; // the cards' titles sit one below the view's heading
    switch (view) {
      case 'credits':
        return html`${this.heading('credits')}
          <div class="overview">
            <credits-balance heading-level=${level} .expectedPhotos=${this.expectedPhotos}></credits-balance>
            <monthly-usage heading-level=${level}></monthly-usage>
          </div>
          <usage-table heading-level=${level} direction="usage"></usage-table>
          <usage-table heading-level=${level} direction="addition"></usage-table>`;
      case 'billing':
        return html`${this.heading('billing')}
          <payments-list heading-level=${level}></payments-list>
          <billing-details-form heading-level=${level} data-billing-form></billing-details-form>`;
      case 'subscription':
        return html`${this.heading('subscription')}
          <subscription-card heading-level=${level}></subscription-card>`;
    }
  }

  /**
   * The view's one heading (the focus target on programmatic navigation; tabindex -1 keeps it out of
   * the tab order) and what the view covers. A tab's view is named by its selected tab already: its
   * heading is there for the outline only, visually hidden (no "Credits" under the "Credits" tab).
   */
  private heading(view: AreaView) {
    const cls = view === 'purchase' ? 'heading' : 'heading visually-hidden';
    return html`<div class="view-head">
      ${heading(this.titleLevel, this.tabLabel(view), { id: `heading-${view}`, class: cls, part: 'heading', focusable: true })}
      <p class="muted summary">${this.viewSummary(view)}</p>
    </div>`;
  }

  private viewSummary(view: AreaView): string {
    switch (view) {
      case 'credits':
        return msg('Balance, monthly usage, credit usage and purchase history.', { id: 'credits-area.summary.credits' });
      case 'billing':
        return msg('Payment history, invoice downloads and billing details.', { id: 'credits-area.summary.billing' });
      case 'subscription':
        return msg('Current plan, expiry date and plan status.', { id: 'credits-area.summary.subscription' });
      case 'purchase':
        return msg('Choose a plan or credits, review the order and pay.', { id: 'credits-area.summary.purchase' });
    }
  }

  private renderPurchase() {
    return html`<section class="panel purchase" part="panel" aria-labelledby="heading-purchase">
      <button type="button" class="btn btn-small back" part="back" @click=${() => this.views.select('credits', true)}>
        <span aria-hidden="true">←</span> ${msg('Back to Credits', { id: 'credits-area.back' })}
      </button>
      ${this.heading('purchase')}
      ${this.renderWizard()}
    </section>`;
  }

  /** A new wizard for each suggestion (it reads `plan` and `quantity` when it starts). */
  private renderWizard() {
    const plan = this.suggestedPlan ?? (this.suggestedCredits ? 'credits' : undefined);
    if (!plan) return html`<purchase-wizard
        heading-level=${this.innerLevel}
        hide-title
        .expectedPhotos=${this.expectedPhotos}
        .restore=${this.views.savedPurchase()}
      ></purchase-wizard>`;
    return keyed(
      `${plan}:${this.suggestedCredits ?? ''}`,
      html`<purchase-wizard
        heading-level=${this.innerLevel}
        hide-title
        plan=${plan}
        .quantity=${this.suggestedCredits}
        .expectedPhotos=${this.expectedPhotos}
        .restore=${this.views.savedPurchase()}
      ></purchase-wizard>`,
    );
  }

  private readonly onNavigate = (event: CreditsNavigateEvent) => {
    const target = event.detail.target;
    if (!isAreaView(target)) return; // 'event' and 'support' are the host's
    event.preventDefault();
    event.stopPropagation();
    // The top-up advice's suggestion starts the wizard on Add Credits with that many; Renew Pro on Pro.
    this.suggestedCredits = target === 'purchase' ? event.detail.credits : undefined;
    this.suggestedPlan = target === 'purchase' ? event.detail.plan : undefined;
    if (target === 'billing' && this.views.current === 'billing') {
      // Configure Billing in the payments list: the billing form is right here, below it; never a second one.
      this.focusBillingFormAfterRender = true;
      this.requestUpdate();
      return;
    }
    this.views.select(target, true);
  };
}
