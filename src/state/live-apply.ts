/**
 * What a live event changes in the store, without a request: the balance
 * wherever it is shown (the summary, the organisation's row in the partner
 * list), a transaction at the top of every loaded table it belongs in, and its
 * month's usage figure. Part of the stream's lazy chunk: what it needs of what
 * the entry holds (resource definitions, the calendar) comes in `LiveDeps` from
 * live.ts; the transaction schema, which nothing eager needs, it imports itself.
 */
import { Transaction } from '../api/schemas/transactions.js';
import type { LiveDeps, LiveEffects, LiveMemory } from './live.js';
import type { TransactionFilter } from './resources.js';
import type { CreditsStore } from './store.js';

/** The balance is now `available` credits. */
function applyBalance({ creditsSummary, organisations }: LiveDeps, store: CreditsStore, organisation: string, available: number): void {
  store.patchData(creditsSummary, organisation, (summary) => (summary.available_credits === available ? undefined : { ...summary, available_credits: available }));
  store.patchData(organisations, organisation, (list) =>
    list.items.some((o) => o.id === organisation && o.available_credits !== available)
      ? {
          ...list,
          items: list.items.map((o) => (o.id === organisation ? { ...o, available_credits: available } : o)),
        }
      : undefined,
  );
}

/** Whether a list read with `filter` holds this transaction (as the server filters: sign, event, UTC dates). */
export function belongsIn(filter: TransactionFilter, txn: Transaction): boolean {
  const day = txn.created_at.slice(0, 10);
  return (
    (filter.direction === 'usage' ? txn.delta < 0 : txn.delta > 0) &&
    (!filter.event_id || txn.event?.id === filter.event_id) &&
    (!filter.from || day >= filter.from) &&
    (!filter.to || day <= filter.to)
  );
}

/** A new transaction: on top of the tables it belongs in, into its month's usage, and the balance after it. */
function applyTransaction(deps: LiveDeps, store: CreditsStore, organisation: string, txn: Transaction): void {
  const { creditsSummary, monthlyUsage, transactions, monthKey } = deps;
  store.patchData(transactions, organisation, (list, filter) =>
    belongsIn(filter, txn) && !list.items.some((i) => i.id === txn.id) ? { ...list, items: [txn, ...list.items] } : undefined,
  );
  if (txn.delta < 0) {
    store.patchData(monthlyUsage, organisation, (usage, params) => {
      let month: string;
      try {
        month = monthKey(txn.created_at, params.timeZone);
      } catch {
        return undefined;
      }
      if (!usage.months.some((m) => m.month === month)) return undefined;
      return {
        ...usage,
        months: usage.months.map((m) => (m.month === month ? { ...m, credits_used: m.credits_used - txn.delta } : m)),
      };
    });
  }
  if (typeof txn.balance_after === 'number') applyBalance(deps, store, organisation, txn.balance_after);
  else
    store.patchData(creditsSummary, organisation, (summary) => ({
      ...summary,
      available_credits: summary.available_credits + txn.delta,
    }));
}

/** What the stream session (live-session.ts) may do to the store of one organisation: events are validated here. */
export function liveEffects(deps: LiveDeps, store: CreditsStore, organisation: string, memory: LiveMemory): LiveEffects {
  return {
    balance(data) {
      const available = (data as { available_credits?: unknown } | null)?.available_credits;
      if (typeof available === 'number' && Number.isSafeInteger(available)) applyBalance(deps, store, organisation, available);
    },
    transaction(data) {
      const parsed = Transaction.safeParse(data);
      if (!parsed.success || memory.applied.has(parsed.data.id)) return;
      memory.applied.add(parsed.data.id);
      applyTransaction(deps, store, organisation, parsed.data);
    },
    refreshSummary: () => void store.refresh(deps.creditsSummary, undefined),
    reload: () => store.invalidate(['balance', 'transactions']),
  };
}
