/**
 * Secrets: the library never writes a token to localStorage, sessionStorage,
 * cookies, URLs (history, location, request URLs, navigation hrefs), the
 * console or the DOM. Every writer is spied on while real flows run with a
 * token provider: the balance, a purchase (Razorpay and PayGlocal), an
 * invoice download, a token refresh mid-flow and a lost session.
 * (The PayGlocal adapter keeps the pending payment id in sessionStorage: that
 * is allowed; only the token value is looked for.)
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import { createPayGlocalAdapter } from '../../src/gateways/payglocal.js';
import { createSimulator, createSimulatedGateway, type Simulator } from '../../src/simulator/index.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { mountInProvider, shadowText } from '../support.js';
import { mountWizard, payButton, toPayment } from '../elements/wizard-helpers.js';
import { allRoots, deepText, recordFigures, settle } from './support.js';
import '../../src/index.js';

const TOKEN = 'tok_SECRET_a1b2c3d4e5';
const REFRESHED = 'tok_SECRET_refreshed_f6g7h8';
const SECRETS = [TOKEN, REFRESHED, 'tok_SECRET'];

interface Writes {
  where: string;
  value: string;
}

/** Wraps every place a token could be written and records what is written. */
function spyOnWriters() {
  const writes: Writes[] = [];
  const record = (where: string, ...values: unknown[]) => {
    for (const v of values) {
      let text: string;
      try {
        text = typeof v === 'string' ? v : v instanceof Error ? `${v.message} ${v.stack}` : JSON.stringify(v) ?? String(v);
      } catch {
        text = String(v);
      }
      writes.push({ where, value: text });
    }
  };
  const restore: (() => void)[] = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    record(this === sessionStorage ? 'sessionStorage' : 'localStorage', key, value);
    return setItem.call(this, key, value);
  };
  restore.push(() => (Storage.prototype.setItem = setItem));
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      record('document.cookie', value);
      cookie.set!.call(document, value);
    },
  });
  restore.push(() => delete (document as unknown as Record<string, unknown>).cookie);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, data: unknown, unused: string, url?: string | URL | null) {
      record(`history.${method}`, url ?? '', data);
      return original.call(this, data, unused, url);
    };
    restore.push(() => (history[method] = original));
  }
  const open = window.open;
  window.open = ((url?: string | URL) => {
    record('window.open', String(url));
    return null;
  }) as typeof window.open;
  restore.push(() => (window.open = open));
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      record(`console.${level}`, ...args);
      (original as (...a: unknown[]) => void).apply(console, args);
    };
    restore.push(() => (console[level] = original));
  }
  return { writes, restore: () => restore.reverse().forEach((r) => r()) };
}

const leaks = (values: readonly string[]) => values.filter((v) => SECRETS.some((s) => v.includes(s)));

/** The request URLs, navigation hrefs, DOM text and attributes, storage and cookies at the end of a flow. */
function surfaces(sim: Simulator, provider: CreditsProvider, hrefs: string[]): string[] {
  const out: string[] = [location.href, document.cookie, ...hrefs];
  for (const r of sim.requests) out.push(`${r.url}${r.search}`, JSON.stringify(r.body ?? ''));
  for (const storage of [localStorage, sessionStorage]) for (let i = 0; i < storage.length; i++) out.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  out.push(deepText(provider));
  for (const root of allRoots(provider)) for (const el of root.querySelectorAll('*')) for (const a of el.attributes) out.push(a.value);
  return out;
}

const figures = { flows: 0, writes: 0, leaks: 0, authorisedRequests: 0 };

describe('secrets', function () {
  this.timeout(30_000);

  let spy: ReturnType<typeof spyOnWriters>;
  let hrefs: string[];
  const onNavigate = (e: Event) => {
    hrefs.push(String((e as CustomEvent<{ href?: string }>).detail.href ?? ''));
    e.preventDefault();
  };
  beforeEach(() => {
    spy = spyOnWriters();
    hrefs = [];
    document.addEventListener('credits-navigate', onNavigate);
  });
  afterEach(() => {
    spy.restore();
    document.removeEventListener('credits-navigate', onNavigate);
    fixtureCleanup();
  });

  after(async () => {
    await recordFigures('secrets', [
      { figure: 'flows run with a token provider', value: figures.flows, expected: null },
      { figure: 'requests that carried the token (sanity)', value: figures.authorisedRequests, expected: null },
      { figure: 'writes watched (storage, cookies, history, console)', value: figures.writes, expected: null },
      { figure: 'token leaks', value: figures.leaks, expected: 0 },
    ]);
  });

  /** Mount with the simulator requiring `TOKEN` and a provider that refreshes to whatever the simulator wants next. */
  async function withToken(template: ReturnType<typeof html>, organisation = 'org_42', sim = createSimulator()) {
    const mounted = await mountInProvider<HTMLElement>(template, { sim, organisation });
    let current = TOKEN;
    mounted.provider.tokenProvider = async ({ forceRefresh }) => {
      if (forceRefresh) current = REFRESHED;
      return current;
    };
    sim.options.token = TOKEN;
    await mounted.provider.updateComplete;
    return mounted;
  }

  function finish(sim: Simulator, provider: CreditsProvider) {
    figures.flows++;
    figures.writes += spy.writes.length;
    figures.authorisedRequests += sim.requests.filter((r) => SECRETS.some((s) => (r.headers.authorization ?? '').includes(s))).length;
    const found = [...leaks(spy.writes.map((w) => `${w.where}: ${w.value}`)), ...leaks(surfaces(sim, provider, hrefs))];
    figures.leaks += found.length;
    expect(found.map((f) => f.slice(0, 200))).to.deep.equal([]);
  }

  it('the spies see a token written anywhere (self-test)', () => {
    const marker = `${TOKEN}-selftest`;
    localStorage.setItem('x-selftest', marker);
    sessionStorage.setItem('x-selftest', marker);
    document.cookie = `selftest=${marker}; max-age=1`;
    history.replaceState(history.state, '', location.href);
    console.debug(new Error(marker));
    expect(leaks(spy.writes.map((w) => w.value)).length).to.equal(4);
    localStorage.removeItem('x-selftest');
    sessionStorage.removeItem('x-selftest');
    document.cookie = 'selftest=; max-age=0';
  });

  it('the balance, with Show, navigation and a failing load (errors are logged by nobody with the token)', async () => {
    const sim = createSimulator();
    sim.failNext('GET /subscription', { status: 500, times: 3 });
    const { provider, el } = await withToken(html`<credits-balance></credits-balance><subscription-card></subscription-card>`, 'org_42', sim);
    await settle([...provider.children], 5000);
    for (const b of el.shadowRoot!.querySelectorAll('button')) b.click();
    await aTimeout(50);
    finish(sim, provider);
  });

  it('a Razorpay purchase, with the token refreshed mid-flow', async () => {
    const sim = createSimulator();
    const { el, provider } = await mountWizard({ sim });
    let current = TOKEN;
    provider.tokenProvider = async ({ forceRefresh }) => {
      if (forceRefresh) current = REFRESHED;
      return current;
    };
    sim.options.token = TOKEN;
    await provider.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'no wizard', { timeout: 4000 });
    provider.gateways = [createSimulatedGateway(sim, { name: 'razorpay' })];
    await toPayment(el, { credits: '2000' });
    sim.expireToken(REFRESHED);
    payButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-outcome]'), `no outcome: ${shadowText(el).slice(0, 200)}`, { timeout: 5000 });
    expect(el.shadowRoot!.querySelector<HTMLElement>('[data-outcome]')!.dataset.outcome).to.equal('completed');
    finish(sim, provider);
  });

  it('a PayGlocal purchase (the pending payment id goes to sessionStorage, the token does not)', async () => {
    const sim = createSimulator();
    const { el, provider } = await mountWizard({ sim, organisation: 'org_trial_us', plan: 'credits' });
    provider.tokenProvider = async () => TOKEN;
    sim.options.token = TOKEN;
    await provider.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('#credits'), 'no wizard', { timeout: 4000 });
    const went: string[] = [];
    provider.gateways = [createPayGlocalAdapter({ navigate: (url) => went.push(url) })];
    await toPayment(el, { credits: '5000' });
    payButton(el).click();
    await waitUntil(() => went.length === 1, 'never redirected', { timeout: 4000 });
    hrefs.push(...went);
    expect(spy.writes.some((w) => w.where === 'sessionStorage'), 'the adapter remembered the payment').to.equal(true);
    finish(sim, provider);
  });

  it('an invoice download with the auth header', async () => {
    const { provider, el, sim } = await withToken(html`<payments-list></payments-list>`);
    const list = el as PaymentsList;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('tr[data-payment]').length > 0, 'no rows', { timeout: 4000 });
    const ready = sim.state.orgs.org_42!.payments.find((r) => r.payment.invoice.status === 'ready')!.payment;
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    };
    try {
      list.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payment="${ready.id}"] button[data-action="invoice"]`)!.click();
      await waitUntil(() => saved.length === 1, 'no download', { timeout: 4000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    hrefs.push(...saved);
    expect(sim.requests.find((r) => r.path.endsWith('invoice.pdf'))!.headers.authorization).to.equal(`Bearer ${TOKEN}`);
    finish(sim, provider);
  });

  it('a lost session: credits-auth-required, and nothing of the token anywhere', async () => {
    const sim = createSimulator();
    const { provider } = await withToken(html`<credits-balance></credits-balance><payments-list></payments-list>`, 'org_42', sim);
    let required = 0;
    provider.addEventListener('credits-auth-required', () => required++);
    sim.expireToken('tok_SECRET_nobody_has_this');
    provider.organisation = 'org_trial_us';
    await settle([...provider.children], 5000);
    expect(required).to.be.greaterThan(0);
    finish(sim, provider);
  });
});
