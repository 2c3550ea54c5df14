/**
 * The wizard's step navigation and order state: where it starts (a restored
 * history snapshot, the `plan` and `quantity` attributes), the order as typed
 * and its check, which field errors show, Next (blocked on invalid fields and
 * on an unconfirmed price), Back, the refund acceptance, the server's field
 * errors, moving focus to each new step's heading, and announcing the step
 * and order to the Credits area's history entry (browser Back and Forward
 * keep the purchase).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PurchaseKind, PurchaseOptions } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { availableKinds, checkOrder, initialOrder, planKind, type CheckedOrder, type OrderErrors, type OrderField, type OrderInput } from './order.js';
import type { PaymentController } from './payment-controller.js';
import type { QuoteController } from './quote-controller.js';
import { announceWizardState, restoredSnapshot, type WizardSnapshot } from './snapshot.js';
import { HEADING_ID, STEPS, type Step } from './view.js';

const NO_ERRORS: CheckedOrder = { request: null, errors: {}, preview: null };

export interface WizardFlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface WizardFlowDeps {
  options: () => PurchaseOptions | undefined;
  fmt: () => Formatter;
  payment: PaymentController;
  quotes: QuoteController;
  /** Where to start: the `plan` and `quantity` attributes, and a snapshot from the history entry. */
  start: () => { plan?: string; quantity?: number; restore?: WizardSnapshot };
  /** The user leaves the step or outcome shown (the host stops following a pending payment). */
  leaving?: () => void;
}

export class WizardFlowController implements ReactiveController {
  step: Step = 'plan';
  order?: OrderInput;
  /** Fields whose errors are shown (after leaving them, or after Next). */
  shown: ReadonlySet<OrderField> = new Set();
  refundAccepted = false;
  /** Field messages of the server's last rejection (422 `fields`), shown beside their inputs until edited. */
  serverErrors: OrderErrors = {};
  /** The host asked for Pro but the organisation already has it. */
  proUnavailableNotice = false;
  /** The purchase answer charged another amount than reviewed: Review shows why. */
  priceChanged = false;
  /** The order checked against the purchase options (at each update). */
  checked: CheckedOrder = NO_ERRORS;
  private moveFocus = false;
  /** The last snapshot announced with `credits-wizard-state` (announced only when it changes). */
  private announced = '';

  constructor(
    private readonly host: WizardFlowHost,
    private readonly deps: WizardFlowDeps,
  ) {
    host.addController(this);
  }

  /** A new organisation: back to the first step with nothing chosen. */
  reset(): void {
    this.order = undefined;
    this.step = 'plan';
    this.shown = new Set();
    this.serverErrors = {};
    this.refundAccepted = false;
    this.proUnavailableNotice = false;
    this.priceChanged = false;
  }

  /** In the host's willUpdate, once the options are loaded: start, keep the plan available, check the order. */
  sync(options: PurchaseOptions): CheckedOrder {
    if (!this.order) this.start(options);
    else if (!availableKinds(options).includes(this.order.kind) && !this.deps.payment.result) this.order = { ...this.order, kind: 'credits' };
    this.checked = checkOrder(this.order!, options, this.deps.fmt());
    return this.checked;
  }

  hostUpdated(): void {
    this.announceSnapshot();
    if (!this.moveFocus) return;
    const heading = this.host.renderRoot.querySelector<HTMLElement>(`#${HEADING_ID}`);
    if (heading) {
      this.moveFocus = false;
      heading.focus();
    }
  }

  /** After the next render, focus the step's (or outcome's) heading. */
  focusHeading(): void {
    this.moveFocus = true;
    this.host.requestUpdate();
  }

  private start(options: PurchaseOptions): void {
    const { plan, quantity, restore } = this.deps.start();
    const restored = restoredSnapshot(restore, options, this.deps.fmt());
    if (restored) {
      this.order = restored.order;
      this.step = restored.step;
      return;
    }
    const wanted = planKind(plan);
    const allowed = availableKinds(options);
    const kind = wanted && allowed.includes(wanted) ? wanted : 'credits';
    this.order = initialOrder(kind, options);
    if (kind !== 'custom' && Number.isSafeInteger(quantity) && quantity! > 0) this.order = { ...this.order, credits: String(quantity) };
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
    if (key === this.announced) return;
    this.announced = key;
    announceWizardState(this.host, snapshot);
  }

  choose(kind: PurchaseKind): void {
    const order = this.order!;
    const options = this.deps.options()!;
    // A count the user has not changed follows the plan's default (Pro: 0, credits: the minimum).
    const untouched = order.credits.trim() === '' || order.credits === initialOrder(order.kind, options).credits;
    const credits = untouched ? initialOrder(kind, options).credits : order.credits;
    this.order = { ...order, kind, credits };
    this.shown = new Set();
    this.host.requestUpdate();
  }

  edit(field: OrderField, value: string): void {
    this.order = { ...this.order!, [field]: value };
    if (this.serverErrors[field]) this.serverErrors = { ...this.serverErrors, [field]: undefined };
    this.deps.payment.clearResult();
    this.host.requestUpdate();
  }

  /** Leaving a field shows its error (an empty one only for the remark). */
  leave(field: OrderField): void {
    if (this.order![field] !== '' || field === 'remark') {
      this.shown = new Set([...this.shown, field]);
      this.host.requestUpdate();
    }
  }

  acceptRefund(accepted: boolean): void {
    this.refundAccepted = accepted;
    this.host.requestUpdate();
  }

  goTo(step: Step): void {
    this.deps.leaving?.();
    this.deps.payment.clearResult();
    this.step = step;
    this.focusHeading();
  }

  /** Back one step. While paying, Back stays focusable (aria-disabled) and ignores activation. */
  back(): void {
    if (this.deps.payment.busy) return;
    this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]!);
  }

  /** Next: from Credits only with valid fields (else they show their errors, focus on the first); from Review only on a confirmed price. */
  next(): void {
    if (this.step === 'credits') {
      const fields: OrderField[] = this.order!.kind === 'custom' ? ['amount', 'remark'] : ['credits'];
      const invalid = fields.filter((f) => this.checked.errors[f]);
      if (invalid.length) {
        this.shown = new Set([...this.shown, ...fields]);
        this.focusAfterRender(`#${invalid[0]}`);
        return;
      }
    }
    if (this.step === 'review' && this.deps.quotes.state.status !== 'ready') return;
    this.priceChanged = false;
    this.goTo(STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  /** Back to the step that owns a field, with focus in it. */
  fixField(field: OrderField): void {
    this.goTo('credits');
    this.focusAfterRender(`#${field}`);
  }

  /** The charged amount differed from the reviewed one: back to Review, the acceptance and the quote cleared. */
  priceChangedBack(): void {
    this.priceChanged = true;
    this.refundAccepted = false;
    this.deps.quotes.reset();
    this.goTo('review');
  }

  /** The purchase was refused: the server's field messages show beside their inputs; focus on the error. */
  rejected(errors: OrderErrors): void {
    this.serverErrors = errors;
    this.focusAfterRender('.error-panel');
  }

  /**
   * From an outcome: after a completed or pending payment a new order from the Plan step (a pending
   * one stays open: the same order again is the same payment); otherwise the same order on Credits.
   */
  startOver(): void {
    const options = this.deps.options()!;
    const kind = this.deps.payment.result?.kind;
    const completed = kind === 'completed' || kind === 'pending';
    this.deps.payment.clearResult();
    this.deps.quotes.reset();
    this.refundAccepted = false;
    if (completed) this.order = initialOrder(availableKinds(options).includes(this.order!.kind) ? this.order!.kind : 'credits', options);
    this.goTo(completed ? 'plan' : 'credits');
  }

  private focusAfterRender(selector: string): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}
