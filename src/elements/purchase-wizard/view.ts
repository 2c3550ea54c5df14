/** What the step templates see of the wizard: its state and what the user can do. */
import type { PurchaseKind, PurchaseOptions } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { heading, type HeadingLevel } from '../../ui/heading.js';
import type { CheckedOrder, OrderErrors, OrderField, OrderInput } from './order.js';
import type { QuoteState } from './quote-controller.js';
import type { PaymentController } from './payment-controller.js';

export const STEPS = ['plan', 'credits', 'review', 'payment'] as const;
export type Step = (typeof STEPS)[number];

export interface WizardView {
  options: PurchaseOptions;
  order: OrderInput;
  checked: CheckedOrder;
  /** Fields whose errors are shown (after leaving them, or after Next). */
  shown: ReadonlySet<OrderField>;
  /** The server's messages for fields of the order (a 422 on the purchase), shown until the field is edited. */
  serverErrors: OrderErrors;
  fmt: Formatter;
  /** The level of the step headings. */
  headingLevel: HeadingLevel;
  quote: QuoteState;
  payment: PaymentController;
  refundAccepted: boolean;
  /** The host asked for Pro but the organisation already has it. */
  proUnavailableNotice: boolean;
  /** The organisation's available credits, once the summary is loaded. */
  balance?: number;
  /** The top-up advice's suggested quantity (with `expected-photos`, when a top-up is advised). */
  suggestedCredits?: number;
  choose(kind: PurchaseKind): void;
  edit(field: OrderField, value: string): void;
  leave(field: OrderField): void;
  /** A quick pick: set the quantity. */
  pick(credits: number): void;
  acceptRefund(accepted: boolean): void;
  next(): void;
  back(): void;
  goTo(step: Step): void;
  /** Back to the step that owns a field, with focus in it. */
  fixField(field: OrderField): void;
  retryQuote(): void;
  pay(): void;
  /** Open the host's Fair Usage Policy (`credits-navigate { target: 'fair-usage' }`), when it has a route for it. */
  openFairUsage?: () => void;
}

/** The heading each step (and outcome) focuses when it appears. */
export const HEADING_ID = 'step-heading';

/** A step's (or outcome's) heading: the focus target when it appears, at the wizard's step level. */
export const stepHeading = (level: HeadingLevel, content: unknown) => heading(level, content, { id: HEADING_ID, class: 'step-title', focusable: true });
