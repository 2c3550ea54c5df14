/**
 * One run of the live balance for one organisation (loaded on demand by live.ts):
 * reads `GET …/credits/stream` through the client (same auth as every request,
 * so a bearer token works), parses it with `eventsource-parser`, hands each
 * event to the effects (live-apply.ts), and reconnects with backoff and
 * `Last-Event-ID` when the stream drops. A server without the stream (404/501)
 * gets the credits summary refreshed every `pollMs` instead. Nothing is applied
 * once stopped. It imports nothing of the library but types, so this chunk
 * holds only itself and the parser.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ApiError } from '../api/errors.js';
import type { LiveSession, LiveSessionOptions } from './live.js';
import { liveEffects } from './live-apply.js';

export { liveEffects };

const statusOf = (error: unknown) => (error as Partial<ApiError> | null)?.status;
const unsupported = (error: unknown) => statusOf(error) === 404 || statusOf(error) === 501;
/** The session is gone or not allowed: retrying would only repeat the answer (the client has reported it). */
const final = (error: unknown) => statusOf(error) === 401 || statusOf(error) === 403 || (error as Partial<ApiError> | null)?.kind === 'refused';

export function startLiveSession({ open, effects, memory, timing }: LiveSessionOptions): LiveSession {
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
    if (message.event === 'balance') effects.balance(data);
    else if (message.event === 'transaction') effects.transaction(data);
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
        const response = await open(memory.lastEventId, controller.signal);
        if (stopped) return;
        // Back after a gap with no event id to resume from: what changed meanwhile is read again.
        if (memory.connected && !memory.lastEventId) effects.reload();
        memory.connected = true;
        if (await read(response)) attempt = 0;
      } catch (error) {
        if (stopped || controller.signal.aborted) return;
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
      effects.refreshSummary();
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
