/** The simulator's raw state (exposed as `sim.state` for tests to inspect). */
import type { BillingDetails, Payment, Transaction } from '../api/schemas.js';

export type Outcome = 'completed' | 'pending' | 'failed' | 'cancelled';

export interface OrgState {
  id: string;
  name: string;
  currency: string;
  plan_type: string;
  started_at: string | null;
  expires_at: string | null;
  included_credits: number;
  /** What the summary shows; null = pricing not configured. */
  cost_per_credit: string | null;
  balance: number;
  billing: BillingDetails | null;
  /** Newest first. (org_big generates its list on first access.) */
  transactions: Transaction[];
  /** Newest first. */
  payments: PaymentRecord[];
}

export interface PaymentRecord {
  org: string;
  payment: Payment;
  /** When the current invoice generation started (ms, by the simulator clock). */
  invoiceRequestedAt: number | null;
  /** Set when the gateway said 'pending': rechecks seen since; the 2nd completes it. */
  pendingRechecks: number | null;
}

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

export interface SimState {
  orgs: Record<string, OrgState>;
  /** `${org} ${path} ${key}` → the first successful answer. */
  idempotency: Map<string, StoredAnswer>;
  /**
   * Payment ids (or '*') whose next invoice generation ends 'failed' instead of
   * 'ready'. An id is consumed when its generation resolves; '*' stays.
   */
  invoiceFailures: Set<string>;
  counters: { txn: number; payment: number; invoice: number; order: number };
}
