import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Payment, PurchaseKind, PurchaseOptions, Quote } from '../../api/schemas.js';
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
import { availableKinds, checkOrder, initialOrder, orderSignature, planKind, purchaseBody, serverFieldErrors, type CheckedOrder, type OrderErrors, type OrderField, type OrderInput } from './order.js';
import { completedOutcome, failedOutcome, pendingOutcome, type OutcomeActions } from './outcomes.js';
import { PaymentController, PriceChangedError, type PaymentResult } from './payment-controller.js';
import { QuoteController } from './quote-controller.js';
import { PendingFollower } from './pending-follow.js';
import { creditFactsStyles } from './credit-facts.js';
import { uncertainNotice, type UncertainView } from './uncertain-notice.js';
import { findSentPayment } from '../../state/actions.js';
import type { UncertainPurchase } from '../../state/store.js';
import { supportLink } from '../../ui/support-link.js';
import { supportSubject } from './outcomes.js';
import { creditsStep } from './steps/credits.js';
import { payLabel, paymentStep } from './steps/payment.js';
import { planStep } from './steps/plan.js';
import { reviewStep } from './steps/review.js';
import { STEPS, type Step, type WizardView } from './view.js';
import { announceWizardState, restoredSnapshot, type WizardSnapshot } from './snapshot.js';
import { stepper } from './stepper.js';
import { styles } from './purchase-wizard.styles.js';
import { stepperStyles, summaryStyles } from './parts.styles.js';

const NO_ERRORS: CheckedOrder = { request: null, errors: {}, preview: null };

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
  static override styles = [...CreditsElement.styles, formStyles, styles, stepperStyles, summaryStyles, contextStyles, creditFactsStyles];

  /** Start on the Credits step with this plan chosen (when the organisation may buy it). */
  @property() plan?: 'pro' | 'credits' | 'custom';
  /** Credits to start with (e.g. the top-up advice's suggestion) instead of the minimum. */
  @property({ type: Number }) quantity?: number;
  /** Photos expected at the next event: the Credits step offers the top-up advice's suggestion as a quick pick. */
  @property({ type: Number, attribute: 'expected-photos' }) expectedPhotos?: number;
  /**
   * @internal The step and order to start from (the Credits area's history entry:
   * browser Back and Forward keep the purchase). Read once, when the wizard starts.
   */
  restore?: WizardSnapshot;
  /** The last snapshot announced with `credits-wizard-state` (announced only when it changes). */
  private announcedSnapshot = '';

  private readonly options = new ResourceController(this, purchaseOptions);
  /** The balance the purchase adds to (the Credits and Review steps show where it will be). */
  private readonly summary = new ResourceController(this, creditsSummary);
  private readonly quotes = new QuoteController(this, (server, preview) => this.reportMismatch(server, preview));
  private readonly payment = new PaymentController(this, (result) => this.announce(result));
  /** A pending outcome is followed until it settles (Recheck in place, and on a backoff). */
  private readonly follower = new PendingFollower(this, () => this.recheckPending());
  /** What the last recheck of the pending payment found. */
  @state() private checkedNote?: string;
  /** Recheck of a purchase sent without an answer (another order than this one): running, and what it found. */
  @state() private uncertainChecking = false;
  @state() private uncertainFound?: { signature: string; payment: Payment | 'none' };
  /** The pending payment already announced (rechecks that find it still pending announce nothing). */
  private pendingAnnounced?: string;

  @state() private step: Step = 'plan';
  @state() private order?: OrderInput;
  @state() private shown = new Set<OrderField>();
  @state() private refundAccepted = false;
  /** Field messages of the server's last rejection (422 `fields`), shown beside their inputs until edited. */
  @state() private serverErrors: OrderErrors = {};
  @state() private proUnavailableNotice = false;
  /** The purchase answer charged another amount than reviewed: Review shows why. */
  @state() private priceChanged = false;
  private checked: CheckedOrder = NO_ERRORS;
  private moveFocus = false;

  /** @internal Waits in ms between the automatic rechecks of a pending payment (tests shorten them). */
  get followDelays(): readonly number[] {
    return this.follower.delays;
  }
  set followDelays(delays: readonly number[]) {
    this.follower.delays = delays;
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
    this.moveFocus = true;
    return true;
  }

  protected override organisationChanged(): void {
    this.quotes.reset();
    this.follower.stop();
    this.pendingAnnounced = undefined;
    this.checkedNote = undefined;
    this.payment.reset();
    this.order = undefined;
    this.step = 'plan';
    this.shown = new Set();
    this.serverErrors = {};
    this.refundAccepted = false;
    this.proUnavailableNotice = false;
    this.priceChanged = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const options = this.options.state.data;
    if (!options) return;
    if (!this.order) this.start(options);
    else if (!availableKinds(options).includes(this.order.kind) && !this.payment.result) this.order = { ...this.order, kind: 'credits' };
    this.checked = checkOrder(this.order!, options, this.fmt);
    const store = this.credits?.store;
    if (store && this.step !== 'plan' && !this.payment.result) this.quotes.request(store, this.checked.request, this.checked.preview);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceSnapshot();
    if (!this.moveFocus) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (heading) {
      this.moveFocus = false;
      heading.focus();
    }
  }

  private start(options: PurchaseOptions): void {
    const restored = restoredSnapshot(this.restore, options, this.fmt);
    if (restored) {
      this.order = restored.order;
      this.step = restored.step;
      return;
    }
    const wanted = planKind(this.plan);
    const allowed = availableKinds(options);
    const kind = wanted && allowed.includes(wanted) ? wanted : 'credits';
    this.order = initialOrder(kind, options);
    if (kind !== 'custom' && Number.isSafeInteger(this.quantity) && this.quantity! > 0) this.order = { ...this.order, credits: String(this.quantity) };
    this.step = wanted && allowed.includes(wanted) ? 'credits' : 'plan';
    this.proUnavailableNotice = wanted === 'pro_subscription' && !options.pro.available;
  }

  /**
   * Tell the Credits area (inside its shadow root only: not composed) where the
   * user is, so its history entry can carry the step and the order.
   */
  private announceSnapshot(): void {
    if (!this.order) return;
    const snapshot: WizardSnapshot = { step: this.step, order: this.order };
    const key = JSON.stringify(snapshot);
    if (key === this.announcedSnapshot) return;
    this.announcedSnapshot = key;
    announceWizardState(this, snapshot);
  }

  private get view(): WizardView {
    const balance = this.summary.state.data?.available_credits;
    const suggested = balance === undefined ? undefined : topUpAdvice(balance, this.expectedPhotos)?.suggestedCredits;
    return {
      balance,
      suggestedCredits: suggested ? suggested : undefined,
      options: this.options.state.data!,
      order: this.order!,
      checked: this.checked,
      shown: this.shown,
      serverErrors: this.serverErrors,
      fmt: this.fmt,
      quote: this.quotes.state,
      payment: this.payment,
      refundAccepted: this.refundAccepted,
      proUnavailableNotice: this.proUnavailableNotice,
      choose: (kind) => this.choose(kind),
      edit: (field, value) => {
        this.order = { ...this.order!, [field]: value };
        if (this.serverErrors[field]) this.serverErrors = { ...this.serverErrors, [field]: undefined };
        this.payment.clearResult();
      },
      leave: (field) => {
        if (this.order![field] !== '' || field === 'remark') this.shown = new Set([...this.shown, field]);
      },
      pick: (credits) => this.view.edit('credits', String(credits)),
      acceptRefund: (accepted) => (this.refundAccepted = accepted),
      next: () => this.next(),
      // While paying, Back and Pay stay focusable (aria-disabled) and ignore activation.
      back: () => this.payment.busy || this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]!),
      goTo: (step) => this.goTo(step),
      fixField: (field) => {
        this.goTo('credits');
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus());
      },
      retryQuote: () => this.quotes.retry(),
      pay: () => void this.pay(),
      openFairUsage: this.credits?.routes['fair-usage'] ? () => void this.navigate('fair-usage') : undefined,
    };
  }

  private choose(kind: PurchaseKind): void {
    const order = this.order!;
    const options = this.options.state.data!;
    // A count the user has not changed follows the plan's default (Pro: 0, credits: the minimum).
    const untouched = order.credits.trim() === '' || order.credits === initialOrder(order.kind, options).credits;
    const credits = untouched ? initialOrder(kind, options).credits : order.credits;
    this.order = { ...order, kind, credits };
    this.shown = new Set();
  }

  private goTo(step: Step): void {
    this.follower.stop();
    this.pendingAnnounced = undefined;
    this.checkedNote = undefined;
    this.payment.clearResult();
    this.step = step;
    this.moveFocus = true;
    this.requestUpdate();
  }

  private next(): void {
    if (this.step === 'credits') {
      const fields: OrderField[] = this.order!.kind === 'custom' ? ['amount', 'remark'] : ['credits'];
      const invalid = fields.filter((f) => this.checked.errors[f]);
      if (invalid.length) {
        this.shown = new Set([...this.shown, ...fields]);
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${invalid[0]}`)?.focus());
        return;
      }
    }
    if (this.step === 'review' && this.quotes.state.status !== 'ready') return;
    this.priceChanged = false;
    this.goTo(STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  private async pay(): Promise<void> {
    const store = this.credits?.store;
    const request = this.checked.request;
    const quote = this.quotes.state.quote;
    if (!store || !request || !quote || !this.refundAccepted || this.payment.busy) return;
    await this.payment.pay({
      store,
      body: purchaseBody(request),
      signature: orderSignature(store.organisation, request),
      gateways: this.credits?.gateways ?? [],
      sandbox: this.isSandbox,
      quote,
    });
  }

  /** A purchase of another order that got no answer: shown with Recheck until its outcome is known (issue 15 rule 8). */
  private get uncertainView(): UncertainView | undefined {
    const store = this.credits?.store;
    if (!store) return undefined;
    const current = this.checked.request ? orderSignature(store.organisation, this.checked.request) : undefined;
    const entry = [...store.uncertain].find(([signature, sent]) => sent.organisation === store.organisation && signature !== current);
    if (!entry) return undefined;
    const [signature, sent] = entry;
    const found = this.uncertainFound?.signature === signature ? this.uncertainFound.payment : undefined;
    return {
      sent,
      fmt: this.fmt,
      checking: this.uncertainChecking,
      found,
      recheck: () => void this.recheckUncertain(signature, sent),
      dismiss: () => {
        store.uncertain.delete(signature);
        this.uncertainFound = undefined;
      },
    };
  }

  private async recheckUncertain(signature: string, sent: UncertainPurchase): Promise<void> {
    const store = this.credits?.store;
    if (!store || this.uncertainChecking) return;
    this.uncertainChecking = true;
    try {
      const payment = (await findSentPayment(store, sent)) ?? 'none';
      // Its outcome is known: over unless still pending (then the same order again is the same payment).
      if (payment === 'none' || payment.status !== 'pending') store.intents.delete(signature);
      this.uncertainFound = { signature, payment };
    } catch (error) {
      emit(this, 'credits-error', { operation: 'recheck', error: error as Error });
    } finally {
      this.uncertainChecking = false;
    }
  }

  private async recheckPending(): Promise<void> {
    const store = this.credits?.store;
    if (!store) return;
    const reached = await this.payment.recheckShown(store);
    if (this.payment.result?.kind !== 'pending') return;
    this.checkedNote = reached
      ? msg('Still not confirmed. This page keeps checking.', { id: 'purchase-wizard.outcome.still-pending' })
      : msg('The server could not be reached. This page tries again.', { id: 'purchase-wizard.outcome.check-failed' });
  }

  private announce(result: PaymentResult): void {
    if (result.kind === 'pending') {
      const again = this.pendingAnnounced === result.payment.id;
      this.pendingAnnounced = result.payment.id;
      if (!result.untrusted) this.follower.follow();
      if (again) return; // a recheck found it still pending: nothing new to say, focus stays
    } else {
      this.follower.stop();
      this.checkedNote = undefined;
    }
    if (result.kind === 'error' && result.error instanceof PriceChangedError) {
      emit(this, 'credits-error', { operation: 'price-changed', error: result.error });
      this.priceChanged = true;
      this.refundAccepted = false;
      this.quotes.reset();
      this.goTo('review');
      return;
    }
    if (result.kind === 'error') {
      if (result.gateway) emit(this, 'credits-error', { operation: 'gateway', error: result.error });
      // The plan changed elsewhere (Pro or Enterprise already): what may be bought changed too.
      if ((result.error as { code?: string }).code === 'already_subscribed') this.credits?.store.invalidate(['purchase-options', 'subscription']);
      this.serverErrors = serverFieldErrors(result.error);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-panel')?.focus());
      return;
    }
    this.moveFocus = true;
    if (result.untrusted) return;
    if (result.kind === 'completed') emit(this, 'credits-purchase-complete', { payment: result.payment });
    if (result.kind === 'pending') emit(this, 'credits-payment-pending', { payment: result.payment });
  }

  private reportMismatch(server: Quote, preview: Quote): void {
    const error = new Error(`The server quoted ${server.total} ${server.currency}; the preview said ${preview.total} ${preview.currency}. The server's quote is shown.`);
    emit(this, 'credits-error', { operation: 'quote-mismatch', error });
  }

  private get outcomeActions(): OutcomeActions {
    return {
      fmt: this.fmt,
      tryAgain: () => this.goTo('payment'),
      startOver: () => {
        const options = this.options.state.data!;
        // After a completed or pending payment: a new order from the Plan step (a pending one stays open: the same order again is the same payment).
        const completed = this.payment.result?.kind === 'completed' || this.payment.result?.kind === 'pending';
        this.payment.clearResult();
        this.quotes.reset();
        this.refundAccepted = false;
        if (completed) this.order = initialOrder(availableKinds(options).includes(this.order!.kind) ? this.order!.kind : 'credits', options);
        this.goTo(completed ? 'plan' : 'credits');
      },
      openPayments: () => this.navigate('billing'),
      openCredits: () => this.navigate('credits'),
      recheck: () => void this.follower.now(),
      checking: this.follower.checking,
      checkedNote: this.checkedNote,
      support: (payment) =>
        supportLink(this, msg(str`Contact 9Pic support about payment ${payment.id}`, { id: 'purchase-wizard.support.link' }), supportSubject(payment), payment.id),
    };
  }

  protected override render() {
    return html`<section class="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title">${msg('Purchase credits', { id: 'purchase-wizard.title' })}</h2>
      ${renderResource(this.options, {
        failed: msg('Purchase options could not be loaded.', { id: 'purchase-wizard.load-failed' }),
        loading: () => html`<div class="loading" aria-busy="true">
          <span class="visually-hidden">${msg('Loading purchase options…', { id: 'purchase-wizard.loading' })}</span>
          ${skeleton('100%', '2.25rem')}
          <div class="plans">${[1, 2, 3, 4].map(() => skeleton('100%', '8.5rem'))}</div>
        </div>`,
        data: () => (this.order ? this.renderWizard() : nothing),
      })}
    </section>`;
  }

  private renderWizard() {
    const result = this.payment.result;
    const a = this.outcomeActions;
    if (result && result.kind !== 'error') {
      return html`${stepper('payment', this.order!.kind, true)}
        <div class="panel">
          ${result.kind === 'completed'
            ? completedOutcome(result.payment, a)
            : result.kind === 'pending'
              ? pendingOutcome(result.payment, a)
              : failedOutcome(result.payment, result.kind === 'cancelled', a)}
        </div>`;
    }
    const w = this.view;
    const body = { plan: planStep, credits: creditsStep, review: reviewStep, payment: paymentStep }[this.step](w);
    const first = this.step === 'plan';
    const busy = this.payment.busy;
    return html`${stepper(this.step, this.order!.kind, false)}
      <form class="panel" novalidate @submit=${(e: Event) => (e.preventDefault(), this.step === 'payment' ? w.pay() : w.next())}>
        ${this.priceChanged && this.step === 'review'
          ? html`<div class="error-panel" role="alert" part="error">
              <p><strong>${msg('The price changed: review the order again.', { id: 'purchase-wizard.error.price-changed' })}</strong></p>
            </div>`
          : nothing}
        ${uncertainNotice(this.uncertainView)}
        ${body}
        <div class="actions">
          ${first ? nothing : html`<button type="button" class="btn" aria-disabled=${busy ? 'true' : 'false'} @click=${w.back}>${msg('Back', { id: 'purchase-wizard.action.back' })}</button>`}
          ${this.step === 'payment'
            ? html`<button type="submit" class="btn btn-primary" part="pay-button" ?disabled=${!this.refundAccepted} aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
                ${busy ? msg('Processing…', { id: 'purchase-wizard.payment.processing' }) : payLabel(w.options.gateway)}
              </button>`
            : html`<button type="submit" class="btn btn-primary" ?disabled=${this.step === 'review' && this.quotes.state.status !== 'ready'}>
                ${this.step === 'review' ? msg('Continue to payment', { id: 'purchase-wizard.action.to-payment' }) : msg('Next', { id: 'purchase-wizard.action.next' })}
              </button>`}
        </div>
        ${this.step === 'payment' && !this.refundAccepted
          ? html`<p class="hint gate">${msg('Accept the Refund Policy to continue.', { id: 'purchase-wizard.payment.gate' })}</p>`
          : nothing}
      </form>`;
  }
}
