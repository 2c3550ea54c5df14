/**
 * The simulator's live balance (API.md "Additions": `GET …/credits/stream`):
 * Server-Sent Events of each organisation's new transactions and balance, with
 * ids for `Last-Event-ID` replay, keep-alive comments, and simulated
 * processing (N photos at R photos a second) that spends credits while a
 * reviewer watches. New transactions are found by looking at the head of the
 * organisation's list after every request, so purchases and grants stream too.
 */
import type { Transaction } from '../api/schemas.js';
import { iso } from './data.js';
import type { OrgState, SimState } from './types.js';

export interface ProcessingSpec {
  /** The organisation whose credits the processing spends (default org_42). */
  organisation?: string;
  /** The event the photos belong to (default: Mumbai Marathon 2026, evt_live). */
  event?: { id: string; name: string };
  /** Photos to process (default 5,000). */
  photos?: number;
  /** Photos a second (default 25). */
  rate?: number;
  /** How often a usage transaction is written, in ms (default 1,000: one row a second). */
  tickMs?: number;
}

export interface Processing {
  readonly organisation: string;
  readonly total: number;
  /** Photos processed so far. */
  readonly done: number;
  readonly running: boolean;
  stop(): void;
}

interface LiveEvent {
  id: number;
  event: 'balance' | 'transaction';
  data: string;
}

interface OrgLog {
  /** The newest transaction id seen. */
  head: string | undefined;
  events: LiveEvent[];
  /** Open streams → what closes each (its keep-alive timer). */
  streams: Map<ReadableStreamDefaultController<Uint8Array>, () => void>;
}

/** How many events each organisation keeps for `Last-Event-ID` replay. */
const REPLAY = 500;
const KEEP_ALIVE_MS = 20_000;

export interface LiveHub {
  /** The `text/event-stream` answer for one organisation; events after `lastEventId` are replayed first. */
  open(org: OrgState, lastEventId: string | null, signal: AbortSignal, requestId: string): Response;
  /** Look for new transactions (called after every request and every processing tick). */
  sync(): void;
  /** Start simulated processing: usage rows and balance changes at `rate` photos a second. */
  startProcessing(spec?: ProcessingSpec): Processing;
  /** Fail every open stream (as a dropped connection): clients reconnect with `Last-Event-ID`. */
  dropStreams(): void;
  /** Streams open now. */
  readonly openStreams: number;
  reset(): void;
}

export function createLiveHub(state: () => SimState, now: () => number): LiveHub {
  let logs = new Map<string, OrgLog>();
  let nextId = 1;
  const processing = new Set<Processing>();
  const encoder = new TextEncoder();

  const frame = (e: LiveEvent) => encoder.encode(`id: ${e.id}\nevent: ${e.event}\ndata: ${e.data}\n\n`);

  function logOf(org: OrgState): OrgLog {
    let log = logs.get(org.id);
    if (!log)
      logs.set(
        org.id,
        (log = {
          head: org.transactions[0]?.id,
          events: [],
          streams: new Map(),
        }),
      );
    return log;
  }

  function emit(log: OrgLog, event: LiveEvent['event'], data: unknown): void {
    const e: LiveEvent = { id: nextId++, event, data: JSON.stringify(data) };
    log.events.push(e);
    if (log.events.length > REPLAY) log.events.splice(0, log.events.length - REPLAY);
    for (const stream of log.streams.keys()) stream.enqueue(frame(e));
  }

  function fail(log: OrgLog, message: string): void {
    for (const [stream, close] of [...log.streams]) {
      close();
      stream.error(new TypeError(message));
    }
  }

  function sync(): void {
    for (const [id, log] of logs) {
      const org = state().orgs[id];
      if (!org) continue;
      const list = org.transactions;
      const fresh: Transaction[] = [];
      for (const t of list) {
        if (t.id === log.head) break;
        fresh.push(t);
        if (fresh.length > REPLAY) break;
      }
      if (!fresh.length) continue;
      log.head = list[0]!.id;
      // Newest first in the list: the balance after each is the balance now minus every newer delta.
      let balance = org.balance;
      const withBalance = fresh.map((t) => {
        const row = { ...t, balance_after: balance };
        balance -= t.delta;
        return row;
      });
      for (const row of withBalance.reverse()) emit(log, 'transaction', row);
      emit(log, 'balance', { available_credits: org.balance, at: iso(now()) });
    }
  }

  return {
    open(org, lastEventId, signal, requestId) {
      const log = logOf(org);
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      let keepAlive: ReturnType<typeof setInterval> | undefined;
      const close = () => {
        clearInterval(keepAlive);
        log.streams.delete(controller);
      };
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          controller = c;
          const after = Number(lastEventId);
          if (lastEventId !== null && Number.isFinite(after)) for (const e of log.events) if (e.id > after) c.enqueue(frame(e));
          log.streams.set(c, close);
          keepAlive = setInterval(() => c.enqueue(encoder.encode(': keep-alive\n\n')), KEEP_ALIVE_MS);
          signal.addEventListener(
            'abort',
            () => {
              close();
              try {
                c.close();
              } catch {
                // already failed or closed
              }
            },
            { once: true },
          );
        },
        cancel: close,
      });
      return new Response(body, {
        status: 200,
        headers: { 'content-type': 'text/event-stream', 'x-request-id': requestId },
      });
    },

    sync,

    startProcessing(spec = {}) {
      const organisation = spec.organisation ?? 'org_42';
      const org = state().orgs[organisation];
      if (!org) throw new Error(`No organisation ${organisation} in the simulator`);
      logOf(org);
      const total = Math.max(1, Math.floor(spec.photos ?? 5000));
      const rate = Math.max(1, spec.rate ?? 25);
      const tickMs = Math.max(50, spec.tickMs ?? 1000);
      const event = spec.event ?? {
        id: 'evt_live',
        name: 'Mumbai Marathon 2026',
      };
      let done = 0;
      let carry = 0;
      const timer = setInterval(() => {
        carry += (rate * tickMs) / 1000;
        // Processing pauses when the credits run out (the guides: top up before a sync, not during it).
        const photos = Math.min(total - done, Math.floor(carry), Math.max(0, org.balance));
        carry -= Math.floor(carry);
        if (photos > 0) {
          done += photos;
          org.balance -= photos;
          const s = state();
          org.transactions.unshift({
            id: `txn_${++s.counters.txn}`,
            type: 'usage',
            usage_kind: 'event_photo_indexing',
            delta: -photos,
            event: { ...event },
            user_email: null,
            created_at: iso(now()),
          });
          sync();
        }
        if (done >= total || org.balance <= 0) job.stop();
      }, tickMs);
      const job: Processing = {
        organisation,
        total,
        get done() {
          return done;
        },
        get running() {
          return processing.has(job);
        },
        stop() {
          clearInterval(timer);
          processing.delete(job);
        },
      };
      processing.add(job);
      return job;
    },

    dropStreams() {
      for (const log of logs.values()) fail(log, 'dropped');
    },

    get openStreams() {
      let n = 0;
      for (const log of logs.values()) n += log.streams.size;
      return n;
    },

    reset() {
      for (const job of [...processing]) job.stop();
      for (const log of logs.values()) fail(log, 'reset');
      logs = new Map();
      nextId = 1;
    },
  };
}
