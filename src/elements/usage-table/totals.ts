/** "How many credits each event used": totals per event over the rows loaded so far. */
import type { Transaction } from '../../api/schemas.js';

export interface EventTotal {
  eventId: string;
  name: string;
  /** Credits moved, as a positive number (used for usage rows, added for additions). */
  credits: number;
  /** Rows counted. */
  entries: number;
}

export interface EventTotals {
  events: EventTotal[];
  /** Credits of rows without an event. */
  withoutEvent: number;
  /** Rows counted. */
  rows: number;
  /** Oldest and newest `created_at` of the rows counted (ISO), when any. */
  from?: string;
  to?: string;
}

/** Totals per event, largest first (ties by name). Pure: the same rows give the same answer. */
export function eventTotals(items: readonly Transaction[]): EventTotals {
  const byEvent = new Map<string, EventTotal>();
  let withoutEvent = 0;
  let from: string | undefined;
  let to: string | undefined;
  let oldest = Infinity;
  let newest = -Infinity;
  for (const txn of items) {
    const credits = Math.abs(txn.delta);
    // Compared as instants: the server may send different offsets.
    const at = Date.parse(txn.created_at);
    if (at < oldest) [oldest, from] = [at, txn.created_at];
    if (at > newest) [newest, to] = [at, txn.created_at];
    if (!txn.event) {
      withoutEvent += credits;
      continue;
    }
    const total = byEvent.get(txn.event.id);
    if (total) {
      total.credits += credits;
      total.entries += 1;
    } else {
      byEvent.set(txn.event.id, { eventId: txn.event.id, name: txn.event.name, credits, entries: 1 });
    }
  }
  const events = [...byEvent.values()].sort((a, b) => b.credits - a.credits || a.name.localeCompare(b.name));
  return { events, withoutEvent, rows: items.length, from, to };
}
