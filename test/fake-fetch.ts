/** A scriptable fetch for client and store tests that need exact control of answers. */
export interface FakeCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}
export type FakeAnswer =
  | { status?: number; body?: unknown; raw?: string; headers?: Record<string, string>; delay?: number }
  | 'network-error'
  | 'hang';
export type FakeRoute = (call: FakeCall, index: number) => FakeAnswer | Promise<FakeAnswer>;

export function fakeFetch(route: FakeRoute) {
  const calls: FakeCall[] = [];
  let counter = 0;
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: FakeCall = { method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined };
    calls.push(call);
    const answer = await route(call, calls.length - 1);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    const wait = answer === 'hang' ? 1e9 : answer.delay ?? 0;
    if (wait) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        request.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(request.signal.reason ?? new DOMException('Aborted', 'AbortError'));
        });
      });
    }
    if (answer === 'hang') throw new Error('unreachable');
    const body = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    return new Response(answer.status === 204 ? null : body, {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json', 'x-request-id': `req_${++counter}`, ...answer.headers },
    });
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

export const creditsBody = (org: string, available = 12500) => ({
  organisation: { id: org, name: `Org ${org}` },
  available_credits: available,
  currency: 'INR',
  cost_per_credit: '1.50',
  viewer: { email: 'ops@example.com', is_staff: false },
});
