/**
 * Issue #21, the HTTP client's rules: no redirects (6), errors that carry no
 * token and no body (7), the invoice's exact content type (9), the CSRF header
 * (10) and the token bound to one origin (3, client half; the element half is
 * in security-elements.test.ts).
 */
import { expect } from '@open-wc/testing';
import { CreditsClient, CLIENT_HEADER } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import type { BillingDetails } from '../../src/api/schemas.js';
import { createSimulator } from '../../src/simulator/index.js';
import { creditsBody, fakeFetch, type FakeAnswer } from '../fake-fetch.js';

const TOKEN = 'tok_SECRET_9f8e7d6c';
const GSTIN = '29ABCDE1234F1Z5';
const DETAILS: BillingDetails = {
  business_name: 'Acme Studio',
  billing_email: 'billing@acme.example',
  phone: '+91 98450 12345',
  tax_id: GSTIN,
  address: { line1: '12 MG Road', line2: null, city: 'Bengaluru', state: 'Karnataka', postal_code: '560001', country: 'IN' },
  shipping_address: null,
} as BillingDetails;

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

/** Every string reachable from `root`: own properties (enumerable or not), causes, headers, requests, option bags. */
export function reachableStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') return void out.push(value);
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 12) return;
    seen.add(value);
    if (value instanceof Headers) for (const [k, v] of value) out.push(`${k}: ${v}`);
    if (value instanceof Request || value instanceof Response) {
      out.push(value.url);
      walk(value.headers, depth + 1);
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

const leaks = (error: unknown, secrets: string[]) => reachableStrings(error).filter((s) => secrets.some((secret) => s.includes(secret)));

describe('security: the client refuses redirects (#21.6)', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} to another origin is an invalid response, never followed, for reads and writes`, async () => {
      const seen: RequestRedirect[] = [];
      const f = fakeFetch(() => ({ status, raw: '', headers: { location: 'https://evil.example/api/organisations/o/credits' } }));
      const spy = ((input: RequestInfo | URL, init?: RequestInit) => {
        seen.push(init?.redirect ?? (input instanceof Request ? input.redirect : 'follow'));
        return f.fetch(input, init);
      }) as typeof fetch;
      const client = new CreditsClient({ apiBase: '/api', fetch: spy, retryDelay: () => 1 });
      const read = await rejection(client.getCredits('o'));
      expect(read.kind).to.equal('invalid_response');
      expect(read.status).to.equal(status);
      const write = await rejection(client.putBillingDetails('o', DETAILS));
      expect(write.kind).to.equal('invalid_response');
      expect(f.calls.map((c) => c.url.origin)).to.deep.equal([location.origin, location.origin]);
      // The browser's own redirect handling is off for every request.
      expect(seen).to.deep.equal(['error', 'error']);
    });
  }

  it('a 307 on PUT billing-details from the simulator is refused, and the details go nowhere else', async () => {
    const sim = createSimulator();
    sim.respondWith('PUT /billing-details', 307, null);
    const client = new CreditsClient({ apiBase: '/api', fetch: sim.fetch });
    const error = await rejection(client.putBillingDetails('org_42', DETAILS));
    expect(error.kind).to.equal('invalid_response');
    expect(sim.requests.filter((r) => r.method === 'PUT')).to.have.length(1);
  });

  it('an answer a host fetch reached by following a redirect is refused too', async () => {
    const followed = (async () => {
      const response = new Response(JSON.stringify(creditsBody('o')), { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    }) as typeof fetch;
    const error = await rejection(new CreditsClient({ apiBase: '/api', fetch: followed }).getCredits('o'));
    expect(error.kind).to.equal('invalid_response');
  });
});

describe('security: errors carry no token and no body (#21.7)', () => {
  const answers: [string, FakeAnswer][] = [
    ['a 500', { status: 500, body: { error: { code: 'internal_error', message: 'Down' } } }],
    ['a 422', { status: 422, body: { error: { code: 'validation_failed', message: 'Check the form', fields: { phone: 'Invalid' } } } }],
    ['a 401 after the refresh', { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in' } } }],
    ['a body that is not JSON', { status: 200, raw: '<html>', headers: { 'content-type': 'text/html' } }],
    ['an answer off the contract', { status: 200, body: { ...DETAILS, business_name: 7 } }],
    ['a network error', 'network-error'],
    ['a timeout', 'hang'],
  ];
  for (const [name, answer] of answers) {
    it(`${name} on PUT billing-details: only method, path, status and request id`, async () => {
      const f = fakeFetch(() => answer);
      const authRequired: ApiError[] = [];
      const client = new CreditsClient({
        apiBase: '/api',
        fetch: f.fetch,
        timeout: answer === 'hang' ? 100 : 10_000, // only the hanging answer needs to time out: a short timer on a loaded machine can fire before fetch is called
        retryLimit: 0,
        tokenProvider: () => TOKEN,
        onAuthRequired: (e) => authRequired.push(e),
      });
      const error = await rejection(client.putBillingDetails('org_42', DETAILS));
      expect(f.calls[0]!.headers.get('authorization')).to.equal(`Bearer ${TOKEN}`);
      expect(f.calls[0]!.body).to.deep.include({ tax_id: GSTIN });
      expect(leaks(error, [TOKEN, GSTIN, '98450'])).to.deep.equal([]);
      for (const e of authRequired) expect(leaks(e, [TOKEN, GSTIN])).to.deep.equal([]);
      expect(error.cause).to.equal(undefined);
      expect(error.method).to.equal('PUT');
      expect(error.path).to.equal('organisations/org_42/billing-details');
    });
  }

  it('the path it keeps has no query string', async () => {
    const f = fakeFetch(() => ({ status: 500, body: {} }));
    const error = await rejection(
      new CreditsClient({ apiBase: '/api', fetch: f.fetch, retryLimit: 0 }).listTransactions('o', { direction: 'usage', event_id: 'evt_secret', limit: 5 }),
    );
    expect(f.calls[0]!.url.search).to.contain('evt_secret');
    expect(error.path).to.equal('organisations/o/credits/transactions');
    expect(leaks(error, ['evt_secret'])).to.deep.equal([]);
  });
});

describe('security: the invoice is a PDF by its exact type (#21.9)', () => {
  const pdf = (type: string, disposition?: string): FakeAnswer => ({
    raw: '%PDF-1.4',
    headers: { 'content-type': type, ...(disposition ? { 'content-disposition': disposition } : {}) },
  });

  for (const type of ['text/html;x="application/pdf"', 'text/html; charset=application/pdf', 'application/pdfx', 'application/x-application/pdf']) {
    it(`refuses ${type}`, async () => {
      const f = fakeFetch(() => pdf(type));
      const error = await rejection(new CreditsClient({ apiBase: '/api', fetch: f.fetch }).downloadInvoice('o', 'pay_1'));
      expect(error.kind).to.equal('invalid_response');
      expect(error.issuePath).to.equal('content-type');
    });
  }

  it('accepts the essence in any case with parameters, and saves the blob as application/pdf', async () => {
    const f = fakeFetch(() => pdf('Application/PDF; name="x.html"'));
    const file = await new CreditsClient({ apiBase: '/api', fetch: f.fetch }).downloadInvoice('o', 'pay_1');
    expect(file.blob.type).to.equal('application/pdf');
    expect(await file.blob.text()).to.equal('%PDF-1.4');
  });

  it('sanitises the fallback file name made from the payment id', async () => {
    const f = fakeFetch(() => pdf('application/pdf'));
    const file = await new CreditsClient({ apiBase: '/api', fetch: f.fetch }).downloadInvoice('o', 'x/../\u202Eexe.fdp');
    expect(file.filename).not.to.match(/[/\\\u202e]/);
    expect(file.filename).to.match(/\.pdf$/);
  });
});

describe('security: a header only the library sends (#21.10)', () => {
  it('every request, the body-less POSTs included, carries X-Credits-Client', async () => {
    const f = fakeFetch((call) => (call.url.pathname.endsWith('.pdf') ? { raw: '%PDF', headers: { 'content-type': 'application/pdf' } } : { body: {} }));
    const client = new CreditsClient({ apiBase: '/api', fetch: f.fetch, retryLimit: 0 });
    await Promise.allSettled([
      client.getCredits('o'),
      client.recheckPayment('o', 'pay_1'),
      client.generateInvoice('o', 'pay_1'),
      client.downloadInvoice('o', 'pay_1'),
      client.putBillingDetails('o', DETAILS),
    ]);
    expect(f.calls).to.have.length(5);
    for (const call of f.calls) expect(call.headers.get(CLIENT_HEADER.name), `${call.method} ${call.url.pathname}`).to.equal('credits-elements');
  });
});

describe('security: a token provider is bound to one origin (#21.3)', () => {
  it('sends no request, token or not, once api-base points at another origin', async () => {
    const f = fakeFetch(() => ({ body: creditsBody('o') }));
    const asked: string[] = [];
    const tokenProvider = ({ origin }: { origin: string }) => (asked.push(origin), TOKEN);
    await new CreditsClient({ apiBase: '/api', fetch: f.fetch, tokenProvider }).getCredits('o');
    const moved = new CreditsClient({ apiBase: 'https://evil.example/api', fetch: f.fetch, tokenProvider });
    const error = await rejection(moved.getCredits('o'));
    expect(error.kind).to.equal('refused');
    expect(error.code).to.equal('token_origin_changed');
    expect(error.requestId).to.equal(undefined);
    expect(f.calls.map((c) => c.url.origin)).to.deep.equal([location.origin]);
    expect(asked).to.deep.equal([location.origin]);
    // A new provider for the new origin is the host's explicit say-so.
    await new CreditsClient({ apiBase: 'https://api.example/v1', fetch: f.fetch, tokenProvider: () => TOKEN }).getCredits('o');
    expect(f.calls[1]!.url.origin).to.equal('https://api.example');
  });

  it('a move within the same origin keeps working', async () => {
    const f = fakeFetch(() => ({ body: creditsBody('o') }));
    const tokenProvider = () => TOKEN;
    await new CreditsClient({ apiBase: '/api', fetch: f.fetch, tokenProvider }).getCredits('o');
    await new CreditsClient({ apiBase: `${location.origin}/v2/api`, fetch: f.fetch, tokenProvider }).getCredits('o');
    expect(f.calls).to.have.length(2);
  });
});
