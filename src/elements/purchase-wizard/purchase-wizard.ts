import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Quote } from '../../api/schemas.js';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { emit } from '../../core/events.js';
import { renderResource, skeleton } from '../../ui/states.js';
import { clearReturnMarker, returnedPayment } from '../../gateways/return.js';
import { msg, str } from '../../i18n/localize.js';
import { creditsSummary, purchaseOptions } from '../../state/resources.js';
import { topUpAdvice } from '../credits-balance/top-up-advice.js';
import { contextStyles } from './context.styles.js';
import { ResourceController } from '../../state/resource-controller.js';
import { orderSignature, purchaseBody, serverFieldErrors } from './order.js';
import { WizardFlowController } from './flow-controller.js';
import { outcomeScreen, supportSubject, type NewBalance, type OutcomeActions } from './outcomes.js';
import { PaymentController, PriceChangedError, type PaymentResult } from './payment-controller.js';
import { QuoteController } from './quote-controller.js';
import { PendingWatch } from './pending-watch.js';
import { creditFactsStyles } from './credit-facts.js';
import { UncertainRecheck } from './uncertain-recheck.js';
import { supportLink } from '../../ui/support-link.js';
import { heading, type HeadingLevel } from '../../ui/heading.js';
import type { WizardView } from './view.js';
import type { WizardSnapshot } from './snapshot.js';
import { stepForm } from './step-form.js';
import { styles } from './purchase-wizard.styles.js';
import { stepperStyles, summaryStyles } from './parts.styles.js';
import { layoutStyles } from './layout.styles.js';

/**
 * The purchase flow: **Plan → Credits → Review → Payment**. Plans and prices
 * come from the organisation's purchase options; the Review shows the server's
 * quote; the payment is handed to a gateway adapter (Razorpay for INR,
 * PayGlocal for other currencies, or the provider's `gateways`) with one
 * idempotency key per user intent, and rechecked with the server afterwards.
 *
 * @summary Buy credits, Pro or a custom payment, with the gateway hand-off.
 * @tagname purchase-wizard
 * @fires {CustomEvent<PurchaseCompleteDetail>} credits-purchase-complete - The payment completed (balance, histories, payments and subscription refresh). `detail: { payment }`.
 * @fires {CustomEvent<PaymentPendingDetail>} credits-payment-pending - The outcome is not confirmed yet; the user is offered the payments list with Recheck. `detail: { payment }`.
 * @fires {CustomEvent<CreditsErrorDetail>} credits-error - Besides load/write failures: `operation: 'quote-mismatch'` when the server's quote differs from the live preview (the server's is shown); `operation: 'gateway'` when the payment gateway could not load or failed.
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - Go to Credits (`credits`) or the payments list (`billing`).
 * @csspart stepper - The step indicator.
 * @csspart plan - Each plan card.
 * @csspart summary - The order summary table.
 * @csspart outcome - The success, pending, failed or cancelled screen.
 * @csspart pay-button - The Pay with … button.
 * @csspart balance-context - The current balance and the balance after this purchase (Credits step).
 */
export class PurchaseWizard extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, styles, layoutStyles, stepperStyles, summaryStyles, contextStyles, creditFactsStyles];

  /** Start on the Credits step with this plan chosen (when the organisation may buy it). */
  @property() plan?: 'pro' | 'credits' | 'custom';
  /** Credits to start with (e.g. the top-up advice's suggestion) instead of the minimum. */
  @property({ type: Number }) quantity?: number;
  /** Photos expected at the next event: the Credits step offers the top-up advice's suggestion as a quick pick. */
  @property({ type: Number, attribute: 'expected-photos' }) expectedPhotos?: number;
  /**
   * Leave out the "Purchase credits" title where the page already names the
   * purchase (as `<credits-area>`'s purchase view does): the step headings then
   * sit at `heading-level` themselves, so the outline has one heading per view.
   */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /**
   * @internal The step and order to start from (the Credits area's history entry:
   * browser Back and Forward keep the purchase). Read once, when the wizard starts.
   */
  restore?: WizardSnapshot;

  private readonly options = new ResourceController(this, purchaseOptions);
  /** The balance the purchase adds to (the Credits and Review steps show where it will be). */
  private readonly summary = new ResourceController(this, creditsSummary);
  private readonly quotes = new QuoteController(this, (server, preview) => this.reportMismatch(server, preview));
  private readonly payment = new PaymentController(this, (result) => this.announce(result));
  /** A pending outcome is followed until it settles (Recheck in place, and on a backoff). */
  private readonly pending = new PendingWatch(this, this.payment, () => this.credits?.store);
  /** Another order's purchase sent without an answer: noticed with Recheck until its outcome is known (issue 15 rule 8). */
  private readonly uncertain = new UncertainRecheck(this, () => this.credits?.store);
  /** Steps, the order, Next/Back, focus and the history snapshot. */
  private readonly flow = new WizardFlowController(this, {
    options: () => this.options.state.data,
    fmt: () => this.fmt,
    payment: this.payment,
    quotes: this.quotes,
    start: () => ({ plan: this.plan, quantity: this.quantity, restore: this.restore }),
    leaving: () => this.pending.stop(),
  });

  /** The balance as the store held it when the payment completed: a newer copy is the balance after it. */
  private balanceAtCompletion?: object;

  /** @internal Waits in ms between the automatic rechecks of a pending payment (tests shorten them). */
  get followDelays(): readonly number[] {
    return this.pending.follower.delays;
  }
  set followDelays(delays: readonly number[]) {
    this.pending.follower.delays = delays;
  }

  /** Quote debounce in ms (tests shorten it). */
  get quoteDelay(): number {
    return this.quotes.delay;
  }
  set quoteDelay(ms: number) {
    this.quotes.delay = ms;
  }

  /**
   * On the page a redirect gateway (PayGlocal) returns to: recheck the payment
   * the user left for and show its outcome. Answers false when this is not a return.
   * Only a payment this tab left for (same organisation, within the hour) is rechecked
   * and announced (`credits-purchase-complete`); a link naming any other payment shows
   * that payment's status and announces nothing.
   */
  async resumeReturnedPayment(url: string = location.href): Promise<boolean> {
    const store = this.credits?.store;
    const returned = store ? returnedPayment(store.organisation, url) : null;
    if (!store || !returned) return false;
    await this.payment.resume(store, returned.id, returned.trusted);
    clearReturnMarker();
    this.flow.focusHeading();
    return true;
  }

  protected override organisationChanged(): void {
    this.quotes.reset();
    this.pending.stop();
    this.payment.reset();
    this.flow.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const options = this.options.state.data;
    if (!options) return;
    const checked = this.flow.sync(options);
    const store = this.credits?.store;
    if (store && this.flow.step !== 'plan' && !this.payment.result) this.quotes.request(store, checked.request, checked.preview);
  }

  /** The steps' headings: one below the title, or at `heading-level` without it. */
  private get stepLevel(): HeadingLevel {
    return this.hideTitle ? this.titleLevel : this.innerLevel;
  }

  private get view(): WizardView {
    const balance = this.summary.state.data?.available_credits;
    const suggested = balance === undefined ? undefined : topUpAdvice(balance, this.expectedPhotos)?.suggestedCredits;
    const flow = this.flow;
    return {
      balance,
      suggestedCredits: suggested ? suggested : undefined,
      options: this.options.state.data!,
      order: flow.order!,
      checked: flow.checked,
      shown: flow.shown,
      serverErrors: flow.serverErrors,
      fmt: this.fmt,
      headingLevel: this.stepLevel,
      quote: this.quotes.state,
      payment: this.payment,
      refundAccepted: flow.refundAccepted,
      proUnavailableNotice: flow.proUnavailableNotice,
      choose: (kind) => flow.choose(kind),
      edit: (field, value) => flow.edit(field, value),
      leave: (field) => flow.leave(field),
      pick: (credits) => flow.edit('credits', String(credits)),
      acceptRefund: (accepted) => flow.acceptRefund(accepted),
      next: () => flow.next(),
      back: () => flow.back(),
      goTo: (step) => flow.goTo(step),
      fixField: (field) => flow.fixField(field),
      retryQuote: () => this.quotes.retry(),
      pay: () => void this.pay(),
      openFairUsage: this.credits?.routes['fair-usage'] ? () => void this.navigate('fair-usage') : undefined,
    };
  }

  private async pay(): Promise<void> {
    const store = this.credits?.store;
    const request = this.flow.checked.request;
    const quote = this.quotes.state.quote;
    if (!store || !request || !quote || !this.flow.refundAccepted || this.payment.busy) return;
    await this.payment.pay({
      store,
      body: purchaseBody(request),
      signature: orderSignature(store.organisation, request),
      gateways: this.credits?.gateways ?? [],
      sandbox: this.isSandbox,
      quote,
    });
  }

  private announce(result: PaymentResult): void {
    if (!this.pending.seen(result)) return; // a recheck found it still pending: nothing new to say, focus stays
    if (result.kind === 'error' && result.error instanceof PriceChangedError) {
      emit(this, 'credits-error', { operation: 'price-changed', error: result.error });
      this.flow.priceChangedBack();
      return;
    }
    if (result.kind === 'error') {
      if (result.gateway) emit(this, 'credits-error', { operation: 'gateway', error: result.error });
      // The plan changed elsewhere (Pro or Enterprise already): what may be bought changed too.
      if ((result.error as { code?: string }).code === 'already_subscribed') this.credits?.store.invalidate(['purchase-options', 'subscription']);
      this.flow.rejected(serverFieldErrors(result.error));
      return;
    }
    if (result.kind === 'completed') this.balanceAtCompletion = this.summary.state.data;
    this.flow.focusHeading();
    if (result.untrusted) return;
    if (result.kind === 'completed') emit(this, 'credits-purchase-complete', { payment: result.payment });
    if (result.kind === 'pending') emit(this, 'credits-payment-pending', { payment: result.payment });
  }

  private reportMismatch(server: Quote, preview: Quote): void {
    const error = new Error(`The server quoted ${server.total} ${server.currency}; the preview said ${preview.total} ${preview.currency}. The server's quote is shown.`);
    emit(this, 'credits-error', { operation: 'quote-mismatch', error });
  }

  /** The signature of the order as typed (a purchase sent for it resumes instead of showing the uncertain notice). */
  private get currentSignature(): string | undefined {
    const store = this.credits?.store;
    const request = this.flow.checked.request;
    return store && request ? orderSignature(store.organisation, request) : undefined;
  }

  /** The balance after the completed payment: the summary the store refetched once it settled (never the copy from before). */
  private get newBalance(): NewBalance {
    const state = this.summary.state;
    if (state.refreshing || state.status === 'loading' || state.status === 'idle') return { status: 'loading' };
    if (!state.data || (state.error && state.data === this.balanceAtCompletion)) return { status: 'error' };
    return { status: 'ready', credits: state.data.available_credits };
  }

  private get outcomeActions(): OutcomeActions {
    return {
      newBalance: this.newBalance,
      fmt: this.fmt,
      headingLevel: this.stepLevel,
      tryAgain: () => this.flow.goTo('payment'),
      startOver: () => this.flow.startOver(),
      openPayments: () => this.navigate('billing'),
      openCredits: () => this.navigate('credits'),
      recheck: () => void this.pending.follower.now(),
      checking: this.pending.follower.checking,
      checkedNote: this.pending.note,
      support: (payment) =>
        supportLink(this, msg(str`Contact 9Pic support about payment ${payment.id}`, { id: 'purchase-wizard.support.link' }), supportSubject(payment), payment.id),
    };
  }

  protected override render() {
    return html`<div class="wizard">
      ${this.hideTitle ? nothing : heading(this.titleLevel, msg('Purchase credits', { id: 'purchase-wizard.title' }), { id: 'wizard-title', class: 'title' })}
      ${renderResource(this.options, {
        failed: msg('Purchase options could not be loaded.', { id: 'purchase-wizard.load-failed' }),
        loading: () => html`<div class="loading" aria-busy="true">
          <span class="visually-hidden">${msg('Loading purchase options…', { id: 'purchase-wizard.loading' })}</span>
          ${skeleton('100%', '2.25rem')}
          <div class="plans">${[1, 2, 3, 4].map(() => skeleton('100%', '8.5rem'))}</div>
        </div>`,
        data: () => (this.flow.order ? this.renderWizard() : nothing),
      })}
    </div>`;
  }

  private renderWizard() {
    const result = this.payment.result;
    if (result && result.kind !== 'error') return outcomeScreen(result, this.flow.order!.kind, this.outcomeActions);
    return stepForm(this.view, this.flow.step, { priceChanged: this.flow.priceChanged, uncertain: this.uncertain.view(this.currentSignature, this.fmt) });
  }
}
