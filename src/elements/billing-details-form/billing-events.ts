/** `credits-billing-saved`, added to the library's typed event map (and so to `HTMLElementEventMap`). */
import type { BillingDetails } from '../../api/schemas.js';
import type { SandboxFlag } from '../../core/events.js';

export interface BillingSavedDetail extends SandboxFlag {
  details: BillingDetails;
}
export type CreditsBillingSavedEvent = CustomEvent<BillingSavedDetail>;

declare module '../../core/events.js' {
  interface CreditsEventMap {
    'credits-billing-saved': CreditsBillingSavedEvent;
  }
}
