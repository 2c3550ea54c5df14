/**
 * The simulated 9Pic backend (`@9pic/credits-elements/simulator`): a stateful,
 * seeded, fetch-compatible implementation of every endpoint in API.md, with
 * knobs for latency, failures, auth and the payment gateway. Never imported by
 * the elements.
 */
import { seedState } from './data.js';
import { mulberry32, type Rng } from './rng.js';
import { route, type Reply } from './routes.js';
import type { Outcome, SimState } from './types.js';
import { HttpError } from './validate.js';
import { createSimulatedGateway } from './gateway.js';
import { SIMULATED_GATEWAY } from '../core/gateway.js';
import { createLiveHub, type Processing, type ProcessingSpec } from './live.js';
import { findOrg } from './partners.js';

export type { Outcome, OrgState, PaymentRecord, SimState } from './types.js';
export { createSimulatedGateway } from './gateway.js';
export type { Processing, ProcessingSpec } from './live.js';
export { PARTNER_VIEWER, STRESS_PARTNER_VIEWER, STRESS_ORGANISATIONS } from './partners.js';

export interface SimulatorOptions {
  /** Default '/api'; paths are `${basePath}/organisations/{org}/...`. May be an absolute URL. */
  basePath?: string;
  /** Default 42: deterministic data. */
  seed?: number;
  /** The clock (tests pin it); default `() => new Date()`. Seeded dates are relative to it. */
  now?: () => Date;
  /** ms per request, or a [min, max] range; default 0. The request's AbortSignal is honoured while waiting. */
  latency?: number | [number, number];
  /** 0..1 chance of a random 503 on organisation GETs (seeded RNG); default 0. */
  errorRate?: number;
  viewer?: { email: string; is_staff: boolean };
  /** Default true; false → GET monthly-usage answers 501. */
  monthlyAggregation?: boolean;
  /** Default true: transactions carry `balance_after` (contract 1.1); false → they don't, as an older server. */
  runningBalance?: boolean;
  /** When set, every request needs `Authorization: Bearer <token>`, else 401. */
  token?: string | null;
  /** How long an invoice stays 'generating', by the clock; default 1500. */
  invoiceDelayMs?: number;
  /** Usage transactions of 'org_big' (default 10500), generated on first access. */
  bigOrgTransactions?: number;
  /** What the simulated gateway does (see setGatewayOutcome); default 'completed'. */
  gatewayOutcome?: Outcome;
  /**
   * The viewer's time zone, in which monthly usage counts calendar months (API.md), as the
   * provider's `time-zone`; default '' (the runtime's zone, as a provider without one).
   */
  timeZone?: string;
  /** Default true: `GET …/credits/stream` streams the balance (contract 1.1); false → 404, as an older server. */
  liveStream?: boolean;
}

export interface FailureSpec {
  /** Default 500. */
  status?: number;
  code?: string;
  message?: string;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  /** A raw body instead of the error JSON ('<html>oops</html>', '', 'not json'). */
  body?: string;
  contentType?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  /**
   * 'respond' (default) answers the failure; 'network-error' rejects with TypeError;
   * 'commit-then-network-error' processes the request for real, then rejects;
   * 'hang' never answers until the request is aborted.
   */
  mode?: 'respond' | 'network-error' | 'commit-then-network-error' | 'hang';
}

export interface LoggedRequest {
  method: string;
  /** After `/organisations/{org}` for organisation routes (e.g. '/credits'), else after the base path. */
  path: string;
  search: string;
  headers: Record<string, string>;
  body: unknown;
  organisation: string | null;
  /** The full URL path. */
  url: string;
}

export interface Simulator {
  readonly options: Required<SimulatorOptions>;
  handle(request: Request): Promise<Response>;
  fetch: typeof fetch;
  /**
   * Makes matching requests fail. `match`: '*', 'GET /credits', 'POST /purchases', 'GET /payments/*'
   * (path after /organisations/{org}; '*' is a wildcard; the method may be omitted or '*').
   * Special: 'INVOICE /payments/{id}' (or 'INVOICE *') makes that payment's next invoice generation end 'failed'.
   */
  failNext(match: string, spec?: FailureSpec): void;
  /** Answers raw JSON for the next `times` matching requests (for invalid-response tests). */
  respondWith(match: string, status: number, body: unknown, times?: number): void;
  requests: LoggedRequest[];
  resetRequests(): void;
  /** What the simulated gateway does from now on (persistent until changed or reset). */
  setGatewayOutcome(outcome: Outcome): void;
  /** The current token becomes invalid; `newToken` is accepted. */
  expireToken(newToken: string): void;
  organisations(): Array<{ id: string; name: string; currency: string; plan_type: string }>;
  readonly state: SimState;
  /**
   * Simulated processing for an event: `photos` photos at `rate` photos a second spend credits
   * (one usage transaction a tick), streamed to `credits/stream` as transactions and balance changes.
   * Pauses when the credits run out.
   */
  startProcessing(spec?: ProcessingSpec): Processing;
  /** Drop every open stream, as a lost connection does (clients reconnect with `Last-Event-ID`). */
  dropStreams(): void;
  /** How many `credits/stream` connections are open. */
  readonly openStreams: number;
  /** Back to the seeded state (also clears queued failures and the request log). */
  reset(): void;
}

interface Rule {
  test: (method: string, path: string) => boolean;
  remaining: number;
  spec?: FailureSpec;
  raw?: { status: number; body: unknown };
}

const DEFAULT_CODES: Record<number, string> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'not_allowed', 404: 'not_found', 409: 'conflict',
  422: 'validation_failed', 429: 'rate_limited', 500: 'internal_error', 502: 'bad_gateway', 503: 'service_unavailable', 504: 'gateway_timeout',
};

export function matcher(match: string): (method: string, path: string) => boolean {
  const m = /^([A-Za-z*]+)\s+(.+)$/.exec(match.trim());
  const method = m ? m[1]!.toUpperCase() : '*';
  let pattern = (m ? m[2]! : match).trim();
  if (pattern !== '*' && !pattern.startsWith('/')) pattern = `/${pattern}`;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (meth, path) => (method === '*' || method === meth) && re.test(path);
}

const abortReason = (signal: AbortSignal) => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = ms === Infinity ? undefined : setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createSimulator(init: SimulatorOptions = {}): Simulator {
  const options: Required<SimulatorOptions> = {
    basePath: '/api', seed: 42, now: () => new Date(), latency: 0, errorRate: 0,
    viewer: { email: 'ops@example.com', is_staff: false }, monthlyAggregation: true, runningBalance: true, token: null,
    invoiceDelayMs: 1500, bigOrgTransactions: 10_500, gatewayOutcome: 'completed', timeZone: '', liveStream: true, ...init,
  };
  const initialOutcome = options.gatewayOutcome;
  let state: SimState;
  let rng: Rng;
  let rules: Rule[] = [];
  let counter = 0;
  const requests: LoggedRequest[] = [];

  const seed = () => {
    state = seedState(options.seed, options.now().getTime(), options.bigOrgTransactions);
    rng = mulberry32(options.seed ^ 0x5bd1e995);
  };
  seed();
  const live = createLiveHub(() => state, () => options.now().getTime());

  function respond(reply: Reply, id: string): Response {
    const headers = new Headers({ 'x-request-id': id, ...(reply.headers ?? {}) });
    if (reply.bytes) return new Response(reply.bytes as BodyInit, { status: reply.status, headers });
    if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
    return new Response(JSON.stringify(reply.json ?? null), { status: reply.status, headers });
  }

  const errorReply = (e: HttpError): Reply => ({
    status: e.status,
    json: { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) } },
    headers: e.headers,
  });

  function failureResponse(spec: FailureSpec, id: string): Response {
    const status = spec.status ?? 500;
    const headers = new Headers({ 'x-request-id': id, ...(spec.headers ?? {}) });
    if (spec.body !== undefined) {
      headers.set('content-type', spec.contentType ?? 'text/plain; charset=utf-8');
      return new Response(spec.body, { status, headers });
    }
    const code = spec.code ?? DEFAULT_CODES[status] ?? 'error';
    const json = { error: { code, message: spec.message ?? `Simulated failure (${status})`, ...(spec.fields ? { fields: spec.fields } : {}) } };
    headers.set('content-type', spec.contentType ?? 'application/json; charset=utf-8');
    return new Response(JSON.stringify(json), { status, headers });
  }

  async function handle(request: Request): Promise<Response> {
    const id = `req_${++counter}`;
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const text = method === 'GET' || method === 'HEAD' ? '' : await request.text();
    let body: unknown = null;
    let malformed = false;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        malformed = true;
      }
    }
    const basePathname = (/^https?:/.test(options.basePath) ? new URL(options.basePath).pathname : options.basePath).replace(/\/+$/, '');
    const inBase = url.pathname.startsWith(`${basePathname}/`);
    const segments = inBase ? url.pathname.slice(basePathname.length + 1).split('/').filter(Boolean).map(decodeURIComponent) : [];
    const organisation = segments[0] === 'organisations' && segments[1] ? segments[1] : null;
    const path = `/${(organisation ? segments.slice(2) : segments).join('/')}`;
    requests.push({ method, path, search: url.search, headers: Object.fromEntries(request.headers), body, organisation, url: url.pathname });

    const latency = options.latency;
    const ms = Array.isArray(latency) ? latency[0] + rng() * (latency[1] - latency[0]) : latency;
    if (ms > 0 || request.signal.aborted) await wait(ms, request.signal);

    const rule = rules.find((r) => r.remaining > 0 && r.test(method, path));
    if (rule) {
      rule.remaining -= 1;
      rules = rules.filter((r) => r.remaining > 0);
      if (rule.raw) return respond({ status: rule.raw.status, json: rule.raw.body }, id);
      const mode = rule.spec?.mode ?? 'respond';
      if (mode === 'network-error') throw new TypeError('Failed to fetch');
      if (mode === 'hang') await wait(Infinity, request.signal);
      if (mode === 'respond') return failureResponse(rule.spec ?? {}, id);
    }
    let reply: Reply;
    try {
      if (!inBase) throw new HttpError(404, 'not_found', 'This route was not found.');
      const simulatorRoute = segments[0] === '__simulator';
      if (options.token !== null && !simulatorRoute && request.headers.get('authorization') !== `Bearer ${options.token}`)
        throw new HttpError(401, 'unauthorized', 'Sign in again to continue.', undefined, { 'www-authenticate': 'Bearer' });
      if (method === 'GET' && !simulatorRoute && options.errorRate > 0 && rng() < options.errorRate)
        throw new HttpError(503, 'service_unavailable', 'The service is briefly unavailable (simulated).');
      if (malformed) throw new HttpError(422, 'invalid_json', 'The request body is not valid JSON.', { body: 'Invalid JSON' });
      if (organisation && path === '/credits/stream' && options.liveStream) {
        const org = findOrg(state, organisation, options.now().getTime());
        if (org && method === 'GET') return live.open(org, request.headers.get('last-event-id'), request.signal, id);
      }
      reply = route(
        { state, now: options.now().getTime(), viewer: options.viewer, monthlyAggregation: options.monthlyAggregation, timeZone: options.timeZone, runningBalance: options.runningBalance, invoiceDelayMs: options.invoiceDelayMs },
        { method, segments, search: url.searchParams, headers: request.headers, body },
      );
    } catch (error) {
      if (!(error instanceof HttpError)) console.error('[simulator]', error);
      reply = errorReply(error instanceof HttpError ? error : new HttpError(500, 'internal_error', 'The simulator failed (see console).'));
    }
    const response = respond(reply, id);
    live.sync();
    if (rule?.spec?.mode === 'commit-then-network-error') throw new TypeError('Failed to fetch');
    return response;
  }

  const sim: Simulator = {
    options,
    handle,
    fetch: ((input: RequestInfo | URL, reqInit?: RequestInit) => {
      const target = typeof input === 'string' && input.startsWith('/') && typeof location === 'undefined' ? new URL(input, 'http://localhost') : input;
      return handle(new Request(target, reqInit));
    }) as typeof fetch,
    failNext(match, spec = {}) {
      const invoice = /^INVOICE\s+(.+)$/i.exec(match.trim());
      if (invoice) {
        const target = invoice[1]!.trim();
        state.invoiceFailures.add(target.includes('*') ? '*' : target.split('/').pop()!);
        return;
      }
      rules.push({ test: matcher(match), remaining: spec.times ?? 1, spec });
    },
    respondWith(match, status, body, times = 1) {
      rules.push({ test: matcher(match), remaining: times, raw: { status, body } });
    },
    requests,
    resetRequests() {
      requests.length = 0;
    },
    setGatewayOutcome(outcome) {
      options.gatewayOutcome = outcome;
    },
    expireToken(newToken) {
      options.token = newToken;
    },
    startProcessing: (spec) => live.startProcessing(spec),
    dropStreams: () => live.dropStreams(),
    get openStreams() {
      return live.openStreams;
    },
    organisations() {
      return Object.values(state.orgs).map(({ id, name, currency, plan_type }) => ({ id, name, currency, plan_type }));
    },
    get state() {
      return state;
    },
    reset() {
      live.reset();
      seed();
      rules = [];
      counter = 0;
      requests.length = 0;
      options.gatewayOutcome = initialOutcome;
    },
  };
  // A provider given `fetch = sim.fetch` pays through this simulator too.
  Object.defineProperty(sim.fetch, SIMULATED_GATEWAY, { value: createSimulatedGateway(sim) });
  return sim;
}
