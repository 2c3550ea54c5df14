/**
 * Where the user is in the wizard (step and order as typed), for the Credits
 * area's history entries: browser Back and Forward mid-purchase bring the user
 * back to the same step with the same order (issue 15, rule 13). Holds no
 * payment, intent or refund acceptance: only what the user typed.
 */
import type { PurchaseOptions } from '../../api/schemas.js';
import type { Formatter } from '../../ui/formatter.js';
import { availableKinds, checkOrder, type OrderInput } from './order.js';
import { STEPS, type Step } from './view.js';

export interface WizardSnapshot {
  step: Step;
  order: OrderInput;
}

/**
 * Fired by the wizard when its step or order changes: bubbling but not
 * composed, so only the Credits area around it (same shadow root) hears it.
 */
export function announceWizardState(wizard: HTMLElement, snapshot: WizardSnapshot): void {
  wizard.dispatchEvent(new CustomEvent<WizardSnapshot>('credits-wizard-state', { detail: snapshot, bubbles: true }));
}

/** A snapshot read back from `history.state`: anything else (another app's state, an old shape) is undefined. */
export function readSnapshot(value: unknown): WizardSnapshot | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { step, order } = value as { step?: unknown; order?: Record<string, unknown> };
  if (!(STEPS as readonly unknown[]).includes(step) || !order || typeof order !== 'object') return undefined;
  const { kind, credits, amount, remark } = order;
  if (typeof kind !== 'string' || typeof credits !== 'string' || typeof amount !== 'string' || typeof remark !== 'string') return undefined;
  return { step: step as Step, order: { kind: kind as OrderInput['kind'], credits, amount, remark } };
}

/**
 * The snapshot to start from with these purchase options: none when its plan is
 * no longer available; a step past Credits only when the order is still valid
 * (else the Credits step, with the input kept, shows what is wrong).
 */
export function restoredSnapshot(value: unknown, options: PurchaseOptions, fmt: Formatter): WizardSnapshot | undefined {
  const snapshot = readSnapshot(value);
  if (!snapshot || !availableKinds(options).includes(snapshot.order.kind)) return undefined;
  const pastCredits = STEPS.indexOf(snapshot.step) > STEPS.indexOf('credits');
  if (pastCredits && !checkOrder(snapshot.order, options, fmt).request) return { ...snapshot, step: 'credits' };
  return snapshot;
}
