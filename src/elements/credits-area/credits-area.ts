import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CreditsElement } from '../../base/credits-element.js';
import type { CreditsNavigateEvent } from '../../core/events.js';
import { msg } from '../../i18n/localize.js';
import { TAB_VIEWS, isAreaView, pathFor, viewFromLocation, type AreaView, type TabView } from './router.js';
import { styles } from './credits-area.styles.js';
import { readSnapshot, type WizardSnapshot } from '../purchase-wizard/snapshot.js';

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
 * `event` and `support` bubble out to the host.
 *
 * @summary The Credits area: tabs, purchase flow and routing.
 * @tagname credits-area
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - From the elements inside, for `event` and `support` only. Cancelable. `detail: { target, eventId?, credits?, href? }`.
 * @fires {CustomEvent<CreditsErrorDetail>} credits-error - From the inner provider. `detail: { operation, error, requestId }`.
 * @fires {CustomEvent<AuthRequiredDetail>} credits-auth-required - From the inner provider. `detail: { error }`.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - The active tab panel (and the purchase view).
 * @csspart heading - The heading of each view (focused on programmatic navigation).
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
  /** Credits suggested by the navigation that opened the purchase view (the top-up advice). */
  @state() private suggestedCredits?: number;

  /** The view to show when the URL names none of the area's paths (history routing). */
  private fallbackView: AreaView = 'credits';
  /** The next view change came from the URL: do not push it back. */
  private changeFromHistory = false;
  /** After the next render, focus the view's heading. */
  private focusHeadingAfterRender = false;
  private listening = false;
  /** The first render shows the initial view: it never pushes a history entry. */
  private hasRendered = false;
  private hasConnected = false;

  private get historyRouting(): boolean {
    return this.routing === 'history';
  }

  private get currentView(): AreaView {
    return isAreaView(this.view) ? this.view : 'credits';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasConnected) this.fallbackView = this.currentView;
    this.hasConnected = true;
    this.syncListeners();
    if (this.historyRouting) this.readLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening();
  }

  /** Show a view, as a host would: pushes a history entry with history routing and focuses the view's heading. */
  show(view: AreaView): void {
    this.select(view, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('routing') && this.isConnected) {
      this.syncListeners();
      if (this.historyRouting && changed.get('routing') !== undefined) this.readLocation(false);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('view') && this.historyRouting && !this.changeFromHistory && this.hasRendered) {
      const path = pathFor(this.currentView, this.basePath);
      if (viewFromLocation(window.location, this.basePath) !== this.currentView) window.history.pushState({ creditsArea: this.currentView }, '', path);
    }
    this.changeFromHistory = false;
    this.hasRendered = true;
    if (this.focusHeadingAfterRender) {
      this.focusHeadingAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>(`#heading-${this.currentView}`)?.focus();
    }
  }

  protected override render() {
    const content = html`<div class="area" @credits-navigate=${this.onNavigate} @credits-wizard-state=${this.onWizardState}>
      ${this.currentView === 'purchase' ? this.renderPurchase() : this.renderTabs(this.currentView)}
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
    return html`<div role="tablist" part="tablist" aria-label=${msg('Credits area', { id: 'credits-area.tablist' })} @keydown=${this.onTabKeydown}>
        ${TAB_VIEWS.map(
          (view) => html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${view}"
            aria-selected=${view === active ? 'true' : 'false'}
            aria-controls="panel-${view}"
            tabindex=${view === active ? 0 : -1}
            @click=${() => this.select(view, false)}
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
    switch (view) {
      case 'credits':
        return html`${this.heading('credits')}
          <div class="overview">
            <credits-balance></credits-balance>
            <monthly-usage></monthly-usage>
          </div>
          <usage-table direction="usage"></usage-table>
          <usage-table direction="addition"></usage-table>`;
      case 'billing':
        return html`${this.heading('billing')}
          <payments-list></payments-list>
          <billing-details-form></billing-details-form>`;
      case 'subscription':
        return html`${this.heading('subscription')}
          <subscription-card></subscription-card>`;
    }
  }

  /** The view's heading (the focus target on programmatic navigation; tabindex -1 keeps it out of the tab order) and what the view covers. */
  private heading(view: AreaView) {
    return html`<div class="view-head">
      <h2 id="heading-${view}" class="heading" part="heading" tabindex="-1">${this.tabLabel(view)}</h2>
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
      <button type="button" class="btn btn-small back" part="back" @click=${() => this.select('credits', true)}>
        <span aria-hidden="true">←</span> ${msg('Back to Credits', { id: 'credits-area.back' })}
      </button>
      ${this.heading('purchase')}
      ${this.suggestedCredits
        ? html`<purchase-wizard plan="credits" .quantity=${this.suggestedCredits} .restore=${this.savedPurchase()}></purchase-wizard>`
        : html`<purchase-wizard .restore=${this.savedPurchase()}></purchase-wizard>`}
    </section>`;
  }

  /** Change the view; `focusHeading` for programmatic navigation (tabs keep focus on the tab). */
  private select(view: AreaView, focusHeading: boolean): void {
    if (focusHeading) this.focusHeadingAfterRender = true;
    if (view === this.currentView) {
      if (focusHeading) this.requestUpdate();
      return;
    }
    this.view = view;
  }

  private readonly onNavigate = (event: CreditsNavigateEvent) => {
    const target = event.detail.target;
    if (!isAreaView(target)) return; // 'event' and 'support' are the host's
    event.preventDefault();
    event.stopPropagation();
    // The top-up advice's suggestion starts the wizard on Add Credits with that many.
    this.suggestedCredits = target === 'purchase' ? event.detail.credits : undefined;
    this.select(target, true);
  };

  private readonly onTabKeydown = (event: KeyboardEvent) => {
    // From the tab that has focus (with automatic activation that is also the selected one).
    const focusedTab = (event.target as HTMLElement).closest('[role="tab"]');
    const current = TAB_VIEWS.findIndex((view) => focusedTab?.id === `tab-${view}`);
    const last = TAB_VIEWS.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = current >= last ? 0 : current + 1;
        break;
      case 'ArrowLeft':
        next = current <= 0 ? last : current - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const view = TAB_VIEWS[next]!;
    this.select(view, false); // automatic activation: data is cached, switching is cheap
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  };

  /** The step and order the current history entry carries (history routing, purchase view). */
  private savedPurchase(): WizardSnapshot | undefined {
    if (!this.historyRouting || viewFromLocation(window.location, this.basePath) !== 'purchase') return undefined;
    const state: unknown = window.history.state;
    return state && typeof state === 'object' ? readSnapshot((state as { creditsWizard?: unknown }).creditsWizard) : undefined;
  }

  /** The wizard moved: its history entry carries the step and the order, so Back and Forward keep them. */
  private readonly onWizardState = (event: CustomEvent<WizardSnapshot>) => {
    event.stopPropagation();
    if (!this.historyRouting || this.currentView !== 'purchase' || viewFromLocation(window.location, this.basePath) !== 'purchase') return;
    const state: unknown = window.history.state;
    window.history.replaceState({ ...(state && typeof state === 'object' ? state : {}), creditsArea: 'purchase', creditsWizard: event.detail }, '');
  };

  private readonly onPopState = () => this.readLocation(true);

  /** Show the view the URL names (the fallback view when it names none). */
  private readLocation(fromNavigation: boolean): void {
    const view = viewFromLocation(window.location, this.basePath) ?? this.fallbackView;
    if (view === this.currentView) return;
    this.changeFromHistory = true;
    // Back/forward while working in the area: focus follows to the new view's heading.
    if (fromNavigation && this.matches(':focus-within')) this.focusHeadingAfterRender = true;
    this.view = view;
  }

  private syncListeners(): void {
    if (this.historyRouting && !this.listening) {
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('hashchange', this.onPopState);
      this.listening = true;
    } else if (!this.historyRouting) {
      this.stopListening();
    }
  }

  private stopListening(): void {
    if (!this.listening) return;
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    this.listening = false;
  }
}
