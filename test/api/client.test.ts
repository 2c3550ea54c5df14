import { expect } from '@open-wc/testing';
import { CreditsClient, safeFilename } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import { creditsBody, fakeFetch } from '../fake-fetch.js';

const client = (f: typeof fetch, extra: Partial<ConstructorParameters<typeof CreditsClient>[0]> = {}) =>
  new CreditsClient({ apiBase: '/api', fetch: f, retryDelay: () => 1, timeout: 500, ...extra });

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('CreditsClient', () => {
  it('scopes calls to the organisation and validates the answer', async () => {
    const f = fakeFetch(() => ({ body: creditsBody('org 42') }));
    const summary = await client(f.fetch).getCredits('org 42');
    expect(summary.available_credits).to.equal(12500);
    expect(f.calls[0]!.url.pathname).to.equal('/api/organisations/org%2042/credits');
    expect(f.calls[0]!.method).to.equal('GET');
  });

  it('sends every query parameter of the transactions list, and none that are empty', async () => {
    const f = fakeFetch(() => ({ body: { data: [], next_cursor: null } }));
    await client(f.fetch).listTransactions('o', { direction: 'usage', limit: 50, cursor: 'c_2', event_id: 'evt_7', from: '2026-10-01', to: '' });
    const params = Object.fromEntries(f.calls[0]!.url.searchParams);
    expect(params).to.deep.equal({ direction: 'usage', limit: '50', cursor: 'c_2', event_id: 'evt_7', from: '2026-10-01' });
  });

  it('turns an answer that breaks the contract into a typed invalid_response error with the issue path', async () => {
    const f = fakeFetch(() => ({ body: { ...creditsBody('o'), available_credits: '12500' }, headers: { 'x-request-id': 'req_bad' } }));
    const error = await rejection(client(f.fetch).getCredits('o'));
    expect(error.kind).to.equal('invalid_response');
    expect(error.issuePath).to.equal('available_credits');
    expect(error.requestId).to.equal('req_bad');
  });

  for (const [label, raw] of [
    ['an HTML error page', '<html><body>Bad gateway</body></html>'],
    ['an empty 200', ''],
    ['non-JSON text', 'ok'],
  ] as const) {
    it(`treats ${label} as invalid_response`, async () => {
      const f = fakeFetch(() => ({ raw, headers: { 'content-type': 'text/html' } }));
      expect((await rejection(client(f.fetch).getCredits('o'))).kind).to.equal('invalid_response');
    });
  }

  it('carries status, code, message, fields and request id of an error answer', async () => {
    const f = fakeFetch(() => ({
      status: 422,
      body: { error: { code: 'invalid', message: 'Check the fields', fields: { tax_id: 'Not a GSTIN' } } },
      headers: { 'x-request-id': 'req_422' },
    }));
    const error = await rejection(client(f.fetch).putBillingDetails('o', {} as never));
    expect(error).to.include({ kind: 'http', status: 422, code: 'invalid', message: 'Check the fields', requestId: 'req_422' });
    expect(error.fields).to.deep.equal({ tax_id: 'Not a GSTIN' });
    expect(f.calls).to.have.length(1);
  });

  it('reads an error body only when its fields are all strings (field → message), as before the record schema went', async () => {
    const answers = [
      { error: { code: 'invalid', message: 'Check', fields: {} } },
      { error: { code: 'invalid', message: 'Check', fields: { tax_id: 1 } } },
      { error: { code: 'invalid', message: 'Check', fields: ['Not a GSTIN'] } },
      { error: { code: 'invalid', message: 'Check', fields: null } },
    ];
    const f = fakeFetch((_, i) => ({ status: 422, body: answers[i] }));
    const errors = [];
    for (let i = 0; i < answers.length; i++) errors.push(await rejection(client(f.fetch).putBillingDetails('o', {} as never)));
    expect(errors.map((e) => [e.code, e.fields])).to.deep.equal([['invalid', {}], [undefined, {}], [undefined, {}], [undefined, {}]]);
    expect(errors[1]!.message).to.equal('The server answered 422');
  });

  it('retries a GET after 5xx and network errors, then succeeds', async () => {
    const f = fakeFetch((_, i) => (i === 0 ? { status: 503 } : i === 1 ? 'network-error' : { body: creditsBody('o') }));
    const summary = await client(f.fetch).getCredits('o');
    expect(summary.organisation.id).to.equal('o');
    expect(f.calls).to.have.length(3);
  });

  it('honours Retry-After on 429', async () => {
    const f = fakeFetch((_, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { body: creditsBody('o') }));
    const started = performance.now();
    await client(f.fetch).getCredits('o');
    expect(performance.now() - started).to.be.greaterThan(900);
    expect(f.calls).to.have.length(2);
  });

  it('gives up after the retry limit with a typed error', async () => {
    const f = fakeFetch(() => ({ status: 500, headers: { 'x-request-id': 'req_500' } }));
    const error = await rejection(client(f.fetch, { retryLimit: 2 }).getCredits('o'));
    expect(error).to.include({ kind: 'http', status: 500, requestId: 'req_500' });
    expect(error.transient).to.equal(true);
    expect(f.calls).to.have.length(3);
  });

  it('never repeats a write blindly', async () => {
    const f = fakeFetch(() => ({ status: 503 }));
    await rejection(client(f.fetch).purchase('o', { kind: 'credits', credits: 1000, accept_refund_policy: true }, { idempotencyKey: 'k1' }));
    expect(f.calls).to.have.length(1);
    const g = fakeFetch(() => 'network-error');
    expect((await rejection(client(g.fetch).quote('o', { kind: 'credits', credits: 1000 }))).kind).to.equal('network');
    expect(g.calls).to.have.length(1);
  });

  it('sends the Idempotency-Key on money-moving writes', async () => {
    const f = fakeFetch(() => ({ status: 403, body: { error: { code: 'not_allowed', message: 'Staff only' } } }));
    await rejection(client(f.fetch).grantCredits('o', { credits: 5, reason: 'r' }, { idempotencyKey: 'key-123' }));
    expect(f.calls[0]!.headers.get('idempotency-key')).to.equal('key-123');
    expect(f.calls[0]!.body).to.deep.equal({ credits: 5, reason: 'r' });
  });

  it('times out into a typed timeout error', async () => {
    const f = fakeFetch(() => 'hang');
    const error = await rejection(client(f.fetch, { timeout: 50, retryLimit: 0 }).getCredits('o'));
    expect(error.kind).to.equal('timeout');
  });

  it('times each attempt on its own: a retry after a timeout gets a fresh timer', async () => {
    // ky 1.14's readme says its timeout includes retries; its code starts a timer per attempt, as ky 2 did.
    const f = fakeFetch((_, i) => (i === 0 ? 'hang' : { body: creditsBody('o'), delay: 150 }));
    const summary = await client(f.fetch, { timeout: 200, retryLimit: 1 }).getCredits('o');
    expect(summary.organisation.id).to.equal('o');
    expect(f.calls).to.have.length(2);
  });

  it('backs off as usual when Retry-After is neither seconds nor a date (ky 1 would wait a minute)', async () => {
    const f = fakeFetch((_, i) => (i === 0 ? { status: 503, headers: { 'retry-after': 'soon' } } : { body: creditsBody('o') }));
    const started = performance.now();
    await client(f.fetch).getCredits('o');
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(f.calls).to.have.length(2);
  });

  it('does not retry a 4xx because of an unreadable Retry-After', async () => {
    const f = fakeFetch(() => ({ status: 404, headers: { 'retry-after': 'soon' }, body: { error: { code: 'not_found', message: 'None' } } }));
    expect((await rejection(client(f.fetch).getPayment('o', 'p'))).status).to.equal(404);
    expect(f.calls).to.have.length(1);
  });

  it('reads the error body only when it is JSON, and not for longer than the timeout', async () => {
    const text = fakeFetch(() => ({ status: 403, raw: JSON.stringify({ error: { code: 'x', message: 'From a text body' } }), headers: { 'content-type': 'text/plain' } }));
    const plain = await rejection(client(text.fetch).quote('o', { kind: 'credits', credits: 1 }));
    expect(plain).to.include({ kind: 'http', status: 403, code: undefined });
    const endless = (async () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"error":')) }), {
        status: 403,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    const started = performance.now();
    const stalled = await rejection(client(endless, { timeout: 100 }).quote('o', { kind: 'credits', credits: 1 }));
    expect(stalled).to.include({ kind: 'http', status: 403 });
    expect(performance.now() - started).to.be.lessThan(1000);
  });

  it('passes an AbortSignal through and reports an aborted kind', async () => {
    const f = fakeFetch(() => ({ body: creditsBody('o'), delay: 200 }));
    const controller = new AbortController();
    const pending = client(f.fetch).getCredits('o', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(pending)).kind).to.equal('aborted');
  });

  it('sends the bearer token, refreshes once on 401 and retries once', async () => {
    const tokens: boolean[] = [];
    const f = fakeFetch((call) =>
      call.headers.get('authorization') === 'Bearer fresh' ? { body: creditsBody('o') } : { status: 401, body: { error: { code: 'unauthorized', message: 'Expired' } } },
    );
    const c = client(f.fetch, {
      tokenProvider: ({ forceRefresh }) => {
        tokens.push(forceRefresh);
        return forceRefresh ? 'fresh' : 'stale';
      },
    });
    await c.getCredits('o');
    expect(tokens).to.deep.equal([false, true]);
    expect(f.calls.map((c) => c.headers.get('authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);
  });

  it('reports auth required when the refreshed token is refused too', async () => {
    const f = fakeFetch(() => ({ status: 401 }));
    const seen: ApiError[] = [];
    const c = client(f.fetch, { tokenProvider: () => 't', onAuthRequired: (e) => seen.push(e) });
    const error = await rejection(c.getCredits('o'));
    expect(error.status).to.equal(401);
    expect(seen).to.have.length(1);
    expect(f.calls).to.have.length(2);
  });

  it('returns null for billing details that were never saved (404)', async () => {
    const f = fakeFetch(() => ({ status: 404, body: { error: { code: 'not_found', message: 'None' } } }));
    expect(await client(f.fetch).getBillingDetails('o')).to.equal(null);
  });

  it('downloads the invoice PDF under a safe version of the server filename', async () => {
    const f = fakeFetch(() => ({ raw: '%PDF-1.4', headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="9P-2026-0042.pdf"' } }));
    const file = await client(f.fetch, { tokenProvider: () => 'tok' }).downloadInvoice('o', 'pay_1');
    expect(file.filename).to.equal('9P-2026-0042.pdf');
    expect(await file.blob.text()).to.equal('%PDF-1.4');
    expect(f.calls[0]!.headers.get('authorization')).to.equal('Bearer tok');
  });

  it('keeps a file name inside its download', () => {
    expect(safeFilename('attachment; filename="../../etc/passwd"', 'x.pdf')).to.equal('passwd.pdf');
    expect(safeFilename("attachment; filename*=UTF-8''..%2F..%2Fevil%0A.pdf", 'x.pdf')).to.equal('evil_.pdf');
    expect(safeFilename('attachment; filename="C:\\Windows\\a.exe"', 'x.pdf')).to.equal('a.exe.pdf');
    expect(safeFilename(null, 'invoice-pay_1.pdf')).to.equal('invoice-pay_1.pdf');
    // Bidi overrides and invisible characters would disguise the name ("invoice\u202Efdp.exe" reads "invoiceexe.pdf").
    expect(safeFilename('attachment; filename="invoice\u202efdp.exe"', 'x.pdf')).to.equal('invoice_fdp.exe.pdf');
    expect(safeFilename("attachment; filename*=UTF-8''a%E2%80%8B%E2%81%A6.pdf", 'x.pdf')).to.equal('a__.pdf');
    expect(safeFilename('attachment; filename=".."', 'f.pdf')).to.equal('f.pdf');
  });
});

describe('CreditsClient against the simulated backend (every endpoint)', () => {
  it('each method reaches its endpoint and parses the answer', async () => {
    const { createSimulator } = await import('../../src/simulator/index.js');
    const sim = createSimulator({ viewer: { email: 'staff@9pic.ai', is_staff: true } });
    const c = client(sim.fetch);
    const org = 'org_42';
    expect((await c.getCredits(org)).organisation.id).to.equal(org);
    expect((await c.getMonthlyUsage(org, 4)).months.length).to.be.greaterThan(0);
    expect((await c.listTransactions(org, { direction: 'usage', limit: 5 })).data).to.have.length(5);
    expect((await c.grantCredits(org, { credits: 10, reason: 'test' }, { idempotencyKey: crypto.randomUUID() })).type).to.equal('admin_grant');
    expect((await c.getSubscription(org)).plan_type).to.equal('pro');
    expect((await c.getPurchaseOptions(org)).currency).to.equal('INR');
    expect((await c.quote(org, { kind: 'credits', credits: 1000 })).total).to.equal('1770.00');
    const { payment } = await c.purchase(org, { kind: 'credits', credits: 1000, accept_refund_policy: true }, { idempotencyKey: crypto.randomUUID() });
    expect(payment.status).to.equal('pending');
    expect((await c.listPayments(org, { limit: 3 })).data).to.have.length(3);
    expect((await c.getPayment(org, payment.id)).id).to.equal(payment.id);
    expect((await c.recheckPayment(org, payment.id)).id).to.equal(payment.id);
    const completed = (await c.listPayments(org, { limit: 100 })).data.find((p) => p.status === 'completed' && p.invoice.status === 'not_generated');
    expect((await c.generateInvoice(org, completed!.id)).invoice.status).to.equal('generating');
    const ready = (await c.listPayments(org, { limit: 100 })).data.find((p) => p.invoice.status === 'ready')!;
    expect((await c.downloadInvoice(org, ready.id)).filename).to.match(/\.pdf$/);
    const details = (await c.getBillingDetails(org))!;
    expect((await c.putBillingDetails(org, { ...details, phone: '+91 22 0000 0000' })).phone).to.equal('+91 22 0000 0000');
    const paths = new Set(sim.requests.map((r) => `${r.method} ${r.path.replace(/pay_\w+/, ':id')}`));
    expect(paths.size).to.equal(15);
  });
});
