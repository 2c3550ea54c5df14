/** The one error type every API call rejects with. */
export type ApiErrorKind =
  /** The server answered with a non-2xx status. */
  | 'http'
  /** No answer: offline, DNS, CORS, connection reset. */
  | 'network'
  /** No answer in time. */
  | 'timeout'
  /** The answer did not match the contract (schemas.ts). */
  | 'invalid_response'
  /** The caller aborted the request (organisation switch, element removed). */
  | 'aborted'
  /**
   * Not sent: the library refused the request itself (e.g. `api-base` moved to
   * another origin than the token provider is bound to; set `tokenProvider` again).
   */
  | 'refused';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  code?: string;
  fields?: Record<string, string>;
  requestId?: string;
  /** For `invalid_response`: where in the body the contract was broken. */
  issuePath?: string;
  retryAfterSeconds?: number;
  /** The request: its method and its path without the query (never headers or body). */
  method?: string;
  path?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly fields: Record<string, string>;
  readonly requestId?: string;
  readonly issuePath?: string;
  readonly retryAfterSeconds?: number;
  /** `GET`, `POST`, `PUT`: the request that failed. */
  readonly method?: string;
  /** The request's path under `api-base`, without the query string. */
  readonly path?: string;

  constructor(init: ApiErrorInit) {
    // The client never passes ky's errors, fetch's Request or a parsed body as `cause`: error
    // reporters walk `cause`, and those carry the bearer token and what was sent (issue #21).
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.requestId = init.requestId;
    this.issuePath = init.issuePath;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.method = init.method;
    this.path = init.path;
  }

  /** Worth offering "Retry": the same request may succeed later. */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status === 429 || (this.status ?? 0) >= 500))
    );
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;
export const isAbort = (value: unknown): boolean =>
  (value instanceof ApiError && value.kind === 'aborted') ||
  (value instanceof DOMException && value.name === 'AbortError');

export interface ToApiErrorOptions {
  /** The request, for the error's `method` and `path` (never headers or body). */
  method?: string;
  path?: string;
  /** The request's signal: once aborted, any failure reads as `aborted`. */
  signal?: AbortSignal;
  /**
   * What any other failure is. `network` (the client): fetch rejects with a
   * TypeError when offline or blocked; the original is never kept as `cause`
   * (ky's errors carry the request with its Authorization header).
   * `invalid_response` (the default, the store): a loader threw something that
   * is no ApiError; its message is kept, the original as `cause` for debugging.
   */
  otherwise?: 'network' | 'invalid_response';
}

/**
 * The one conversion of a failure into an ApiError: an ApiError stays as it
 * is; an abort is `aborted`; a `TimeoutError` is `timeout`; anything else is
 * `otherwise`. (An HTTP answer with an error status is read by the client,
 * which has the response: `fromResponse` in http-errors.ts.)
 */
export function toApiError(error: unknown, o: ToApiErrorOptions = {}): ApiError {
  if (error instanceof ApiError) return error;
  const where = { method: o.method, path: o.path };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (o.signal?.aborted || name === 'AbortError') return new ApiError({ kind: 'aborted', message: 'The request was cancelled', ...where });
  if (name === 'TimeoutError') return new ApiError({ kind: 'timeout', message: 'The server did not answer in time', ...where });
  if (o.otherwise === 'network') return new ApiError({ kind: 'network', message: 'The server could not be reached', ...where });
  return new ApiError({ kind: 'invalid_response', message: error instanceof Error ? error.message : String(error), cause: error, ...where });
}
