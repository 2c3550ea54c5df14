/**
 * How the transport's failures become {@link ApiError}s: ky's and fetch's errors, error bodies,
 * redirects, aborts and the sandbox's refusal. Nothing here keeps ky's request (its headers carry the token).
 */
import { ErrorBody } from './schemas.js';
import { ApiError } from './errors.js';
import type { RequestSpec } from './transport.js';

export interface Where {
  method: string;
  path: string;
}

export function sandboxRefused(conflicts: string, spec: RequestSpec<unknown>) {
  return new ApiError({
    kind: 'refused',
    code: 'sandbox_conflict',
    message: `The sandbox did not start: ${conflicts} belong to a real setup, and the sandbox is never mixed with real money. Remove sandbox, or remove ${conflicts}.`,
    fields: { settings: conflicts },
    method: spec.method.toUpperCase(),
    path: spec.path,
  });
}

export function aborted(where: Where) {
  return new ApiError({ kind: 'aborted', message: 'The request was cancelled', ...where });
}

export function redirected(status: number, requestId: string | undefined, where: Where) {
  return new ApiError({ kind: 'invalid_response', message: `The server answered with a redirect (${status}), which the API never sends`, status, requestId, ...where });
}

/** A Content-Type's essence (`type/subtype`, lower case, no parameters). */
export const mimeEssence = (type: string) => type.split(';')[0]!.trim().toLowerCase();

/** The header ky 1 takes its wait from on 429 and 503, when it says neither seconds nor a date. */
export function unreadableRetryAfter(headers: Headers): boolean {
  const value = ['retry-after', 'ratelimit-reset', 'x-ratelimit-retry-after', 'x-ratelimit-reset', 'x-rate-limit-reset']
    .map((name) => headers.get(name))
    .find((v) => v !== null);
  return !!value && Number.isNaN(Number(value)) && Number.isNaN(Date.parse(value));
}

/**
 * The JSON body of an error answer, or `undefined` (not JSON, unreadable, or not complete within
 * `ms`). ky 1 leaves the body unread; it is read from a clone.
 */
async function errorBody(response: Response, ms: number): Promise<unknown> {
  const type = mimeEssence(response.headers.get('content-type') ?? '');
  if (!/\/(?:.*[.+-])?json$/.test(type)) return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([response.clone().json(), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An HTTP answer with an error status (ky's HTTPError) as an ApiError carrying only method, path,
 * status, the body's code, message and fields, and the request id: never ky's error as `cause`
 * (its `request` has the Authorization header, its `options` the body). Other failures: toApiError.
 */
export async function fromResponse(response: Response, signal: AbortSignal | undefined, timeout: number, where: Where): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') return redirected(response.status, requestId, where);
  const retryAfter = Number(response.headers.get('retry-after'));
  const data = await errorBody(response, timeout);
  if (signal?.aborted) return aborted(where);
  const parsed = ErrorBody.safeParse(data);
  const body = parsed.success ? parsed.data.error : undefined;
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: body?.code,
    message: body?.message ?? `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    fields: body?.fields,
    requestId,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    ...where,
  });
}
