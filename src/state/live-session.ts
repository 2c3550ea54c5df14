/**
 * One run of the live balance for one organisation (loaded on demand by live.ts):
 * reads `GET …/credits/stream` through the client (same auth as every request,
 * so a bearer token works), parses it with `eventsource-parser`, applies each
 * event to the store, and reconnects with backoff and `Last-Event-ID` when the
 * stream drops. A server without the stream (404/501) gets the credits summary
 * refreshed every `pollMs` instead. Nothing is applied once stopped.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { ApiError, isAbort } from '../api/errors.js';
import { Transaction } from '../api/schemas.js';
import { applyBalance, applyTransaction } from './live-apply.js';
import type { LiveSession, LiveSessionOptions } from './live.js';
import { creditsSummary } from './resources.js';

const unsupported = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 501);
/** The session is gone or not allowed: retrying would only repeat the answer (the client has reported it). */
const final = (error: unknown) => error instanceof ApiError && (error.status === 401 || error.status === 403 || error.kind === 'refused');

export function startLiveSession({ store, organisation, memory, timing }: LiveSessionOptions): LiveSession {
  const controller = new AbortController();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The server's `retry:` field, when it sent one, replaces the first wait. */
  let serverRetry: number | undefined;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });

  function handle(message: EventSourceMessage): void {
    if (stopped) return;
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return; // not JSON: nothing to apply
    }
    if (message.event === 'balance') {
      const available = (data as { available_credits?: unknown } | null)?.available_credits;
      if (typeof available === 'number' && Number.isSafeInteger(available)) applyBalance(store, organisation, available);
    } else if (message.event === 'transaction') {
      const parsed = Transaction.safeParse(data);
      if (parsed.success && !memory.applied.has(parsed.data.id)) {
        memory.applied.add(parsed.data.id);
        applyTransaction(store, organisation, parsed.data);
      }
    }
    if (message.id) memory.lastEventId = message.id;
  }

  /** Read one connection to its end; answers whether any event arrived (the backoff starts over then). */
  async function read(response: Response): Promise<boolean> {
    let received = false;
    const parser = createParser({
      onEvent: (message) => {
        received = true;
        handle(message);
      },
      onRetry: (ms) => (serverRetry = ms),
    });
    const body = response.body;
    if (!body) return false;
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || stopped) break;
        parser.feed(value);
      }
    } finally {
      if (stopped) void reader.cancel().catch(() => undefined);
    }
    return received;
  }

  async function follow(): Promise<void> {
    let attempt = 0;
    while (!stopped) {
      try {
        const response = await store.client.openCreditsStream(organisation, { lastEventId: memory.lastEventId, signal: controller.signal });
        if (stopped) return;
        // Back after a gap with no event id to resume from: what changed meanwhile is read again.
        if (memory.connected && !memory.lastEventId) store.invalidate(['balance', 'transactions']);
        memory.connected = true;
        if (await read(response)) attempt = 0;
      } catch (error) {
        if (stopped || isAbort(error) || (error instanceof ApiError && error.kind === 'aborted')) return;
        if (unsupported(error)) {
          memory.unsupported = true;
          poll();
          return;
        }
        if (final(error)) return;
      }
      if (stopped) return;
      attempt++;
      const base = serverRetry ?? timing.retryMs;
      await wait(Math.min(timing.maxRetryMs, base * 2 ** (attempt - 1)));
    }
  }

  /** The fallback: refresh the summary every `pollMs` while the page is visible (the session runs only then). */
  function poll(): void {
    const tick = () => {
      if (stopped) return;
      memory.polledAt = Date.now();
      void store.refresh(creditsSummary, undefined);
      timer = setTimeout(tick, timing.pollMs);
    };
    if (!memory.polledAt) memory.polledAt = Date.now();
    timer = setTimeout(tick, Math.max(0, memory.polledAt + timing.pollMs - Date.now()));
  }

  if (memory.unsupported) poll();
  else void follow();

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
    },
  };
}
