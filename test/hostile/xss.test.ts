/**
 * XSS: injection payloads in every string the elements render and every URL
 * they use. No payload may run (a global counter the payloads would bump,
 * plus alert/confirm/prompt), no javascript:/data: URL may be rendered or
 * followed, no on* attribute may appear, and a file name cannot escape its
 * download.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { safeFilename } from '../../src/api/client.js';
import { safeHref } from '../../src/ui/safe-url.js';
import { createPayGlocalAdapter } from '../../src/gateways/payglocal.js';
import type { Payment } from '../../src/api/schemas.js';
import { createSimulator, createSimulatedGateway, type Simulator } from '../../src/simulator/index.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { mountInProvider } from '../support.js';
import { clickButton, waitFor } from './harness.js';
import { allRoots, deepQueryAll, deepText, recordFigures, settle, sleep, watchCrashes } from './support.js';
import '../../src/index.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const RUN = 'window.__xss=(window.__xss||0)+1';

/** Text payloads: markup, attribute breakouts, template syntax, bidi tricks. */
export const TEXT_PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `"><script>${RUN}</script>`,
  `'><svg onload="${RUN}">`,
  `</style><img src=x onerror=${RUN}>`,
  `<iframe srcdoc="<script>parent.${RUN.slice(7)}</script>"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `{{constructor.constructor('${RUN}')()}}`,
  `\${${RUN}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `\u202eexe.fdp`,
  `<details open ontoggle="${RUN}">`,
  `" autofocus onfocus="${RUN}" x="`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `%3Cscript%3E${encodeURIComponent(RUN)}%3C/script%3E`,
];

/** URL payloads: schemes that run code or load documents, disguised. */
export const URL_PAYLOADS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,${btoa(`<script>${RUN}</script>`)}`,
  `vbscript:msgbox(1)`,
  `//evil.example/phish`,
  `\\\\evil.example\\phish`,
  `blob:https://evil.example/x`,
  `file:///etc/passwd`,
];

/** What a URL resolves to for the browser: its scheme, after the parser's own cleanup. */
function schemeOf(url: string): string {
  try {
    return new URL(url, location.href).protocol;
  } catch {
    return 'invalid:';
  }
}
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'blob:']);

interface Findings {
  unsafeUrls: string[];
  handlers: string[];
}

/** Every URL-bearing attribute and every on* attribute below `root`, through all shadow roots. */
function scanDom(root: Element): Findings {
  const unsafeUrls: string[] = [];
  const handlers: string[] = [];
  for (const r of allRoots(root)) {
    const els = r instanceof Element ? [r, ...r.querySelectorAll('*')] : [...r.querySelectorAll('*')];
    for (const el of els) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) handlers.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
        if (['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href', 'poster', 'background'].includes(name)) {
          if (name === 'srcdoc' || !SAFE_SCHEMES.has(schemeOf(attr.value))) unsafeUrls.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
        }
      }
      if (['iframe', 'object', 'embed', 'script', 'frame'].includes(el.localName)) unsafeUrls.push(`<${el.localName}> element`);
    }
  }
  return { unsafeUrls, handlers };
}

const figures = { cases: 0, executions: 0, unsafeUrls: 0, handlers: 0, followed: 0, escapedFilenames: 0, crashes: 0 };

let alerts = 0;
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

/** Load a hostile world: every string field of org_42 and the answers carries `p`; URLs carry `u`. */
function hostileSim(p: string, u: string): Simulator {
  const sim = createSimulator({ viewer: { email: p, is_staff: true } });
  const org = sim.state.orgs.org_42!;
  org.name = p;
  org.transactions.slice(0, 40).forEach((t, i) => {
    if (t.event) t.event = { id: i % 2 ? p : `evt_${i}`, name: p };
    t.user_email = p;
    if (i === 3) t.type = p;
    if (i === 4) t.usage_kind = p;
  });
  org.payments.forEach((r, i) => {
    r.payment.remark = p;
    r.payment.gateway_reference = p;
    if (r.payment.invoice.status === 'ready') r.payment.invoice.number = p;
    if (i === 1) r.payment.gateway = p;
    if (i === 2) r.payment.status = p;
  });
  if (org.billing) {
    org.billing.business_name = p;
    org.billing.billing_email = p;
    org.billing.phone = p;
    org.billing.address = { ...org.billing.address, line1: p, line2: p, city: p, state: p, postal_code: p };
  }
  sim.respondWith('GET /subscription', 200, { plan_type: p, status: p, started_at: '2026-01-15', expires_at: '2027-01-15', included_credits: 0 }, 5);
  sim.respondWith(
    'GET /purchase-options',
    200,
    {
      currency: 'INR',
      cost_per_credit: '1.50',
      min_credits: 1000,
      max_credits: 10_000_000,
      pro: { available: true, price: '10000.00', included_credits: 0, term_days: 365 },
      tax: { name: p, rate: '0.18', gstin: p, business_name: p },
      gateway: 'razorpay',
      refund_policy_url: u,
      enterprise_contact_url: u,
    },
    5,
  );
  return sim;
}

const ALL = html`<credits-balance expected-photos="5000"></credits-balance><monthly-usage></monthly-usage><usage-table direction="usage"></usage-table
  ><usage-table direction="addition"></usage-table><subscription-card></subscription-card><payments-list></payments-list
  ><billing-details-form></billing-details-form><purchase-wizard plan="credits"></purchase-wizard>`;

/** Stops downloads and records the names they would have been saved under. */
function captureDownloads() {
  const saved: string[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push(this.download);
    else original.call(this);
  };
  return { saved, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

/** A saved file name is one plain name ending in .pdf: no path, no control or bidi characters, no leading dot. */
// eslint-disable-next-line no-control-regex
const escapes = (name: string) => /[/\\\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(name) || !/\.pdf$/i.test(name) || /^[.\s]/.test(name);

describe('XSS', function () {
  this.timeout(120_000); // every field of every element; two test runs share 2 cores in `npm test`

  beforeEach(() => {
    window.__xss = 0;
    window.alert = window.confirm = window.prompt = (() => {
      alerts++;
      return null;
    }) as never;
  });
  afterEach(() => {
    Object.assign(window, originals);
    figures.executions += (window.__xss ?? 0) + alerts;
    alerts = 0;
    window.__xss = 0;
  });

  after(async () => {
    await recordFigures('xss', [
      { figure: 'payload cases run', value: figures.cases, expected: null },
      { figure: 'script executions', value: figures.executions, expected: 0 },
      { figure: 'unsafe URLs rendered', value: figures.unsafeUrls, expected: 0 },
      { figure: 'on* attributes rendered', value: figures.handlers, expected: 0 },
      { figure: 'unsafe URLs followed', value: figures.followed, expected: 0 },
      { figure: 'file names escaping their download', value: figures.escapedFilenames, expected: 0 },
      { figure: 'uncaught errors', value: figures.crashes, expected: 0 },
    ]);
  });

  it('every text field of every element renders payloads as text; links stay http(s)', async () => {
    const problems: string[] = [];
    for (const [i, p] of TEXT_PAYLOADS.entries()) {
      const u = URL_PAYLOADS[i % URL_PAYLOADS.length]!;
      figures.cases++;
      const crashes = watchCrashes();
      const sim = hostileSim(p, u);
      const { provider } = await mountInProvider<HTMLElement>(ALL, { sim });
      provider.gateways = ['razorpay', 'payglocal'].map((name) => createSimulatedGateway(sim, { name }));
      provider.routes = { event: i % 2 ? `${u}{eventId}` : 'https://example.test/events/{eventId}', billing: u, purchase: u, credits: u, subscription: u, support: u };
      const followed: string[] = [];
      const onNavigate = (e: Event) => {
        const href = (e as CustomEvent<{ href?: string }>).detail.href;
        if (href !== undefined && !SAFE_SCHEMES.has(schemeOf(href))) followed.push(href);
        e.preventDefault();
      };
      provider.addEventListener('credits-navigate', onNavigate);
      await settle([...provider.children], 4000);
      await drive(provider);
      const shown = deepText(provider);
      if (!shown.includes(p.replace(/\s+/g, ' ').trim().slice(0, 10))) problems.push(`payload ${JSON.stringify(p)} was not shown as text`);
      const found = scanDom(provider);
      const execs = (window.__xss ?? 0) + alerts;
      crashes.stop();
      figures.unsafeUrls += found.unsafeUrls.length;
      figures.handlers += found.handlers.length;
      figures.followed += followed.length;
      figures.crashes += crashes.errors.length;
      if (execs || found.unsafeUrls.length || found.handlers.length || followed.length || crashes.errors.length)
        problems.push(`payload ${JSON.stringify(p)} / ${JSON.stringify(u)}: ${execs} executions, ${[...found.unsafeUrls, ...found.handlers, ...followed, ...crashes.errors].join(' ')}`);
      provider.removeEventListener('credits-navigate', onNavigate);
      fixtureCleanup();
    }
    await sleep(50); // a deferred onerror would fire by now
    expect(problems.join('\n')).to.equal('');
    expect(window.__xss ?? 0).to.equal(0);
  });

  it('server error messages and field errors are shown as text', async () => {
    const problems: string[] = [];
    for (const p of TEXT_PAYLOADS) {
      figures.cases++;
      const sim = createSimulator();
      sim.failNext('GET /credits', { status: 400, code: 'bad', message: p });
      sim.failNext('GET /payments', { status: 403, code: 'not_allowed', message: p });
      sim.failNext('GET /subscription', { status: 409, code: p, message: p });
      sim.failNext('PUT /billing-details', { status: 422, code: 'validation_failed', message: p, fields: { business_name: p, 'address.city': p, [p]: p } });
      sim.failNext('POST /purchases', { status: 400, code: p, message: p });
      const { provider } = await mountInProvider<HTMLElement>(
        html`<credits-balance></credits-balance><payments-list></payments-list><subscription-card></subscription-card><billing-details-form></billing-details-form
          ><purchase-wizard plan="credits"></purchase-wizard>`,
        { sim },
      );
      provider.gateways = [createSimulatedGateway(sim, { name: 'razorpay' })];
      await settle([...provider.children], 4000);
      const form = provider.querySelector('billing-details-form')!;
      form.shadowRoot!.querySelector('form')?.requestSubmit();
      await waitFor(() => form.shadowRoot!.querySelector('.field-error'), 2000);
      const wizard = provider.querySelector('purchase-wizard') as HTMLElement & { quoteDelay: number; updateComplete: Promise<unknown> };
      wizard.quoteDelay = 0;
      await toPaymentStep(wizard);
      await clickButton(wizard, /Pay with/);
      await waitFor(() => /did not start|could not/i.test(wizard.shadowRoot!.textContent ?? ''), 2000);
      const texts = [...provider.children].map((el) => el.shadowRoot!.textContent ?? '').join(' ');
      if (!texts.includes(p.replace(/\s+/g, ' ').slice(0, 8)) && !/[\u202e]/.test(p)) problems.push(`payload not shown as text: ${p}`);
      const found = scanDom(provider);
      figures.unsafeUrls += found.unsafeUrls.length;
      figures.handlers += found.handlers.length;
      if (found.unsafeUrls.length || found.handlers.length) problems.push(`${p}: ${[...found.unsafeUrls, ...found.handlers].join(' ')}`);
      fixtureCleanup();
    }
    expect(problems.join('\n')).to.equal('');
  });

  it('safeHref admits only http(s) and relative URLs', () => {
    for (const u of URL_PAYLOADS) {
      figures.cases++;
      const href = safeHref(u);
      if (href !== undefined && !['http:', 'https:'].includes(schemeOf(href))) figures.unsafeUrls++;
      if (href !== undefined) expect(['http:', 'https:'], `${JSON.stringify(u)} → ${href}`).to.include(schemeOf(href));
      expect(href ?? '', JSON.stringify(u)).to.not.match(/^\s*\/\//);
    }
  });

  it('the PayGlocal adapter never goes to a javascript:, data: or foreign-scheme redirect URL', async () => {
    const payment = { id: 'pay_1' } as Payment;
    for (const u of [...URL_PAYLOADS, ...TEXT_PAYLOADS]) {
      figures.cases++;
      const went: string[] = [];
      const adapter = createPayGlocalAdapter({ navigate: (url) => went.push(url) });
      try {
        await adapter.pay({ gateway: 'payglocal', redirect_url: u }, { payment });
      } catch {
        // Refused: fine.
      }
      for (const url of went) {
        if (!['http:', 'https:'].includes(schemeOf(url))) figures.followed++;
        expect(['http:', 'https:'], `${JSON.stringify(u)} → ${url}`).to.include(schemeOf(url));
      }
    }
  });

  it('a hostile PayGlocal redirect through the wizard is refused in words, nothing followed', async () => {
    for (const u of URL_PAYLOADS.slice(0, 8)) {
      figures.cases++;
      const sim = createSimulator();
      const went: string[] = [];
      const { provider, el } = await mountInProvider<HTMLElement & { quoteDelay: number; updateComplete: Promise<unknown> }>(
        html`<purchase-wizard plan="credits"></purchase-wizard>`,
        { sim, organisation: 'org_trial_us' },
      );
      provider.gateways = [createPayGlocalAdapter({ navigate: (url) => went.push(url) })];
      const original = sim.handle;
      // The real purchase is made, and its checkout carries the hostile redirect URL.
      sim.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const response = await original(request);
        if (!request.url.endsWith('/purchases') || response.status !== 201) return response;
        const body = await response.json();
        body.checkout = { gateway: 'payglocal', redirect_url: u };
        return new Response(JSON.stringify(body), { status: 201, headers: response.headers });
      }) as typeof fetch;
      provider.fetch = sim.fetch;
      el.quoteDelay = 0;
      await settle([el]);
      await toPaymentStep(el);
      await clickButton(el, /Pay with/);
      await waitFor(() => el.shadowRoot!.querySelector('[data-outcome], .error-panel'), 3000);
      figures.followed += went.filter((url) => !['http:', 'https:'].includes(schemeOf(url))).length;
      expect(went.filter((url) => !['http:', 'https:'].includes(schemeOf(url))), JSON.stringify(u)).to.deep.equal([]);
      fixtureCleanup();
    }
  });

  it('a Content-Disposition file name cannot escape its download', async () => {
    const names = [
      'attachment; filename="../../../etc/passwd"',
      'attachment; filename="..\\..\\Windows\\win.ini"',
      "attachment; filename*=UTF-8''..%2F..%2F.bashrc",
      'attachment; filename="invoice\u202efdp.exe"',
      'attachment; filename="invoice.pdf\u0000.exe"',
      'attachment; filename=".htaccess"',
      'attachment; filename="<img src=x onerror=alert(1)>.pdf"',
      'attachment; filename="C:\\evil.bat"',
      'attachment; filename="   "',
      'attachment; filename="a\u200b.pdf\u2066.exe"',
      "attachment; filename*=UTF-8''%E2%80%AEfdp.exe",
      'attachment; filename="x.html"',
      `attachment; filename="${'a'.repeat(5000)}.pdf"`,
      'inline',
      '',
    ];
    const bad: string[] = [];
    for (const d of names) {
      figures.cases++;
      const name = safeFilename(d, 'invoice-pay_1.pdf');
      if (escapes(name) || name.length > 124) {
        figures.escapedFilenames++;
        bad.push(`${JSON.stringify(d)} → ${JSON.stringify(name)}`);
      }
    }
    // And through the element: the server's hostile names end as plain .pdf names.
    const downloads = captureDownloads();
    try {
      for (const d of names.slice(0, 6)) {
        figures.cases++;
        const sim = createSimulator();
        const { el } = await mountInProvider<HTMLElement>(html`<payments-list></payments-list>`, { sim });
        await settle([el]);
        const ready = sim.state.orgs.org_42!.payments.find((r) => r.payment.invoice.status === 'ready')!.payment;
        sim.failNext(`GET /payments/${ready.id}/invoice.pdf`, { status: 200, body: '%PDF-1.4 hostile', contentType: 'application/pdf', headers: { 'content-disposition': d } });
        const before = downloads.saved.length;
        deepQueryAll<HTMLButtonElement>(el, `tr[data-payment="${ready.id}"] button[data-action="invoice"]`)[0]!.click();
        await waitFor(() => downloads.saved.length > before, 2000);
        const name = downloads.saved[downloads.saved.length - 1] ?? '';
        if (escapes(name)) {
          figures.escapedFilenames++;
          bad.push(`element: ${JSON.stringify(d)} → ${JSON.stringify(name)}`);
        }
        fixtureCleanup();
      }
    } finally {
      downloads.restore();
    }
    expect(bad.join('\n')).to.equal('');
  });
});

/** Open everything that renders more of the data: sheets, the wizard's later steps, navigation buttons. */
async function drive(provider: CreditsProvider): Promise<void> {
  const list = provider.querySelector('payments-list')!;
  for (const details of deepQueryAll<HTMLButtonElement>(list, 'button[data-action="details"]').slice(0, 4)) {
    details.click();
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const found = scanDom(provider);
    figures.unsafeUrls += found.unsafeUrls.length;
    figures.handlers += found.handlers.length;
    list.shadowRoot!.querySelector<HTMLDialogElement>('dialog.sheet')?.close();
  }
  const balance = provider.querySelector('credits-balance')!;
  await clickButton(balance, /^\s*Show/);
  await clickButton(balance, /Purchase Credits/);
  await clickButton(balance, /Billing & Transactions/);
  for (const table of provider.querySelectorAll('usage-table')) {
    deepQueryAll<HTMLElement>(table, '.c-event a, .c-event button')[0]?.click();
  }
  const wizard = provider.querySelector('purchase-wizard') as HTMLElement & { quoteDelay: number; updateComplete: Promise<unknown> };
  wizard.quoteDelay = 0;
  await toPaymentStep(wizard);
}

async function toPaymentStep(wizard: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  const input = wizard.shadowRoot!.querySelector<HTMLInputElement>('#credits');
  if (!input) return;
  input.value = '2000';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await wizard.updateComplete;
  await clickButton(wizard, /^\s*Next\s*$/);
  await waitFor(() => /Price confirmed|could not/.test(wizard.shadowRoot!.textContent ?? ''), 3000);
  await clickButton(wizard, /Continue to payment/);
  wizard.shadowRoot!.querySelector<HTMLInputElement>('#refund')?.click();
  await wizard.updateComplete;
}
