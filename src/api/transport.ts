/**
 * The library's one HTTP transport (on ky 1): base URL, auth (token or cookies, one shared refresh),
 * retry, timeout, error mapping, path-segment safety and schema parsing. Every response is validated
 * against the schema its endpoint gives, so nothing past this module sees unvalidated data, and every
 * failure becomes an {@link ApiError}. The endpoints are functions over it (endpoints.ts, invoice.ts),
 * so a bundle keeps only the endpoints (and schemas) it calls; `CreditsClient` (client.ts) wraps them all.
 */
import ky, { HTTPError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import { ApiError, toApiError } from './errors.js';
import { aborted, fromResponse, redirected, sandboxRefused, unreadableRetryAfter } from './http-errors.js';

/**
 * Supplies the bearer token. `origin` is the origin of the API the token is for (the
 * provider may refuse to answer for an origin it does not expect).
 */
export type TokenProvider = (opts: { forceRefresh: boolean; origin: string }) => Promise<string> | string;

/**
 * The header every request carries (`X-Credits-Client: credits-elements`). A cross-site form or
 * `fetch` without CORS cannot set it, so a server using cookie sessions can require it on every
 * route as a CSRF check (and must allow it in `Access-Control-Allow-Headers` when the API is on
 * another origin).
 */
export const CLIENT_HEADER = { name: 'X-Credits-Client', value: 'credits-elements' } as const;

/**
 * The origin each token provider was first used with. A provider is bound to it: when `api-base`
 * later points at another origin, no request goes out (the token would follow it there) until
 * the host sets `tokenProvider` to a new function for the new origin.
 */
const tokenOrigins = new WeakMap<TokenProvider, string>();

export interface ClientOptions {
  /** Base URL of the API, e.g. `/api` or `https://api.9pic.ai/v1`. */
  apiBase: string;
  /** Supplies a bearer token; without one the client sends cookies. */
  tokenProvider?: TokenProvider;
  /** A fetch-compatible function (tests, proxies, the simulator). */
  fetch?: typeof fetch;
  /**
   * Timeout in ms for each attempt, until the response headers arrive (default 15 000).
   * Each retry starts a fresh timer, so a GET may take up to (retryLimit + 1) × timeout plus
   * the waits between attempts. ky 1.14's readme calls its `timeout` "including any retries",
   * but its code starts a new timer for every attempt (`utils/timeout.js`, called from
   * `Ky#fetch`), which is the per-attempt behaviour this option has always had. Reading an
   * error body is bounded by the same figure; reading a successful body is not.
   */
  timeout?: number;
  /** How often a GET is retried after a network error, timeout, 429 or 5xx. */
  retryLimit?: number;
  /** Backoff before retry n (1-based), in ms. `Retry-After` wins when present. */
  retryDelay?: (attempt: number) => number;
  /** Called when the server still answers 401 after one token refresh (once until a request succeeds again). */
  onAuthRequired?: (error: ApiError) => void;
  /**
   * Set when the sandbox refused to start (the settings that conflict with it, e.g.
   * `tokenProvider, api-base`): every call fails with a `refused` ApiError, nothing is sent.
   */
  refusal?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}
export interface WriteOptions extends CallOptions {
  /** One UUID per user intent: the server answers a repeat with the first answer. */
  idempotencyKey: string;
}

export type Method = 'get' | 'post' | 'put';

/** One request: what the endpoint functions hand the transport. */
export interface RequestSpec<T> {
  method: Method;
  path: string;
  schema: z.ZodMiniType<T> | null;
  searchParams?: Record<string, string | number | undefined | null>;
  json?: unknown;
  signal?: AbortSignal;
  idempotencyKey?: string;
  /** The media type asked for with `schema: null` (default: a PDF). */
  accept?: string;
  /** `Last-Event-ID` when a stream resumes. */
  lastEventId?: string;
}

const DEFAULT_TIMEOUT = 15_000;

/**
 * The transport the endpoint functions take as their first argument. `CreditsClient` extends it with
 * one method per endpoint; the elements use the bare transport, so their bundles keep only what they call.
 */
export class Transport {
  readonly apiBase: string;
  /** The origin requests go to (`api-base` resolved against the page). */
  readonly origin: string;
  private readonly http: KyInstance;
  private readonly options: ClientOptions;
  private readonly timeout: number;
  /** The forced token refresh under way: every request that met a 401 meanwhile waits for this one. */
  private refreshing?: Promise<string>;
  /** The token the last forced refresh gave: a 401 for an older token retries with it, without another refresh. */
  private refreshed?: string;
  /** `credits-auth-required` was reported; not again until a request succeeds. */
  private authReported = false;

  constructor(options: ClientOptions) {
    this.options = options;
    this.apiBase = options.apiBase;
    this.origin = new URL(options.apiBase, globalThis.location?.href ?? 'http://localhost/').origin;
    const retryDelay = options.retryDelay ?? ((attempt: number) => 300 * 2 ** (attempt - 1));
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.http = ky.create({
      // ky 1 joins `prefixUrl` and the input with one '/', so paths here never start with '/'.
      prefixUrl: options.apiBase,
      // `fetch` is looked up at call time so a host (or a test) may patch it.
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeout: this.timeout,
      credentials: options.tokenProvider ? 'same-origin' : 'include',
      // The contract has no redirects: one to another origin would carry the token, or re-send
      // a body, there. A redirect fails the request (see fromResponse for 3xx answers).
      redirect: 'error',
      retry: {
        limit: options.retryLimit ?? 2,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 60_000,
        delay: retryDelay,
        retryOnTimeout: true,
        // ky 1 waits `maxRetryAfter` (a minute) when the Retry-After it reads on a 429 or 503 is
        // neither seconds nor a date; back off as usual instead (as ky 2 did). ky checks the limit
        // and the method before asking; `true` skips its status check, hence the one here.
        shouldRetry: ({ error }) =>
          error instanceof HTTPError && [429, 503].includes(error.response.status) && unreadableRetryAfter(error.response.headers)
            ? true
            : undefined,
      },
    });
  }

  /**
   * Send one request (retried, authorised, parsed with `spec.schema`); with `schema: null` the raw
   * response. The endpoint functions call this; a host calls them, or `CreditsClient`'s methods.
   */
  request(spec: RequestSpec<null> & { schema: null }): Promise<Response>;
  request<T>(spec: RequestSpec<T>): Promise<T>;
  async request<T>(spec: RequestSpec<T>): Promise<T | Response> {
    assertOneSegmentEach(spec.path);
    if (this.options.refusal !== undefined) throw sandboxRefused(this.options.refusal, spec);
    const { tokenProvider } = this.options;
    if (tokenProvider) this.checkTokenOrigin(tokenProvider, spec);
    let token = tokenProvider ? await this.token(false, spec) : undefined;
    try {
      return this.succeeded(await this.send(spec, token));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      if (tokenProvider) {
        // One refresh for the whole client (shared by every request that met the 401), one retry;
        // a second 401 means the session is gone.
        token = await this.freshToken(token, spec);
        try {
          return this.succeeded(await this.send(spec, token));
        } catch (retryError) {
          if (retryError instanceof ApiError && retryError.status === 401) this.reportAuthRequired(retryError);
          throw retryError;
        }
      }
      this.reportAuthRequired(error);
      throw error;
    }
  }

  private succeeded<T>(value: T): T {
    this.authReported = false;
    return value;
  }

  private reportAuthRequired(error: ApiError): void {
    if (this.authReported) return;
    this.authReported = true;
    this.options.onAuthRequired?.(error);
  }

  /** A token newer than `stale`: the one a refresh already gave, the refresh under way, or a new one. */
  private freshToken(stale: string | undefined, spec: RequestSpec<unknown>): Promise<string> {
    if (this.refreshed !== undefined && this.refreshed !== stale) return Promise.resolve(this.refreshed);
    this.refreshing ??= this.token(true, spec).then(
      (token) => {
        this.refreshing = undefined;
        return (this.refreshed = token);
      },
      (error: unknown) => {
        this.refreshing = undefined;
        throw error;
      },
    );
    return this.refreshing;
  }

  /** The token goes only to the origin its provider was first used with (see `tokenOrigins`). */
  private checkTokenOrigin(tokenProvider: TokenProvider, spec: RequestSpec<unknown>): void {
    const bound = tokenOrigins.get(tokenProvider);
    if (bound === undefined) tokenOrigins.set(tokenProvider, this.origin);
    else if (bound !== this.origin) {
      throw new ApiError({
        kind: 'refused',
        code: 'token_origin_changed',
        message: `The API address moved from ${bound} to ${this.origin}; the sign-in token was not sent. Set tokenProvider again for the new address.`,
        method: spec.method.toUpperCase(),
        path: spec.path,
      });
    }
  }

  /**
   * The token provider's answer, within the request timeout: one that never answers gives the
   * `timeout` error (the normal error state with Retry), not a skeleton forever.
   */
  private async token(forceRefresh: boolean, spec: RequestSpec<unknown>): Promise<string> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ApiError({ kind: 'timeout', message: 'The sign-in token did not come in time', method: spec.method.toUpperCase(), path: spec.path })), this.timeout);
    });
    try {
      return await Promise.race([Promise.resolve(this.options.tokenProvider!({ forceRefresh, origin: this.origin })), late]);
    } catch (cause) {
      if (cause instanceof ApiError && cause.kind === 'timeout') throw cause;
      // The provider's own error stays with the host (it may describe the session).
      const error = new ApiError({ kind: 'http', status: 401, code: 'token_unavailable', message: 'Could not get a sign-in token' });
      this.reportAuthRequired(error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async send<T>(spec: RequestSpec<T>, token: string | undefined): Promise<T | Response> {
    const headers: Record<string, string> = { accept: spec.schema ? 'application/json' : (spec.accept ?? 'application/pdf'), [CLIENT_HEADER.name]: CLIENT_HEADER.value };
    if (spec.lastEventId) headers['last-event-id'] = spec.lastEventId;
    if (token) headers.authorization = `Bearer ${token}`;
    if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey;
    const searchParams = spec.searchParams ? definedParams(spec.searchParams) : undefined;
    const where = { method: spec.method.toUpperCase(), path: spec.path };
    let response: Response;
    try {
      response = await this.http(spec.path, { method: spec.method, headers, json: spec.json, searchParams, signal: spec.signal });
    } catch (error) {
      throw error instanceof HTTPError && !spec.signal?.aborted
        ? await fromResponse(error.response, spec.signal, this.timeout, where)
        : toApiError(error, { ...where, signal: spec.signal, otherwise: 'network' });
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    // A fetch that followed a redirect anyway (a host's own `fetch`): refused like any redirect.
    if (response.redirected) throw redirected(response.status, requestId, where);
    if (!spec.schema) return response;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (spec.signal?.aborted) throw aborted(where);
      throw new ApiError({ kind: 'invalid_response', message: 'The server answered with something that is not JSON', requestId, issuePath: '', ...where });
    }
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const issuePath = issue?.path.map(String).join('.') ?? '';
      throw new ApiError({
        kind: 'invalid_response',
        message: `The server's answer did not match the contract at "${issuePath || '(root)'}": ${issue?.message ?? 'invalid'}`,
        requestId,
        issuePath,
        ...where,
      });
    }
    return parsed.data;
  }
}

/**
 * A path parameter as one segment (API.md "Conventions"): percent-encoded, so
 * `/`, `?` and `#` stay inside it. `.` and `..` would still act as dot
 * segments: the URL parser resolves `%2E` exactly like `.` (WHATWG URL), so no
 * encoding can carry them to the server. No organisation or payment has such
 * an id; asking for one fails in `request` (assertOneSegmentEach), before any request is made.
 */
export const enc = encodeURIComponent;
function assertOneSegmentEach(path: string): void {
  const dots = path.split('/').find((segment) => /^(\.|%2e){1,2}$/i.test(segment));
  if (dots !== undefined)
    throw new ApiError({ kind: 'http', status: 404, code: 'not_found', message: `"${decodeURIComponent(dots)}" is not an organisation or payment id.` });
}
/** `organisations/{org}/{rest}`, the organisation encoded as one segment. */
export const orgPath = (org: string, rest: string) => `organisations/${enc(org)}/${rest}`;

function definedParams(params: Record<string, string | number | undefined | null>) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  return out;
}
