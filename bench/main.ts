/**
 * The benchmark page (`npm run bench` builds it and drives it in Chromium).
 * Each bench mounts what it measures into #stage and returns rows for the
 * report; add a bench by adding an entry to `benches`.
 */
import { html, LitElement, render } from 'lit';
import { createSimulator } from '../src/simulator/index.js';
import { defineElement } from '../src/base/define.js';
import { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';
import { CreditsBalance } from '../src/elements/credits-balance/credits-balance.js';
import { CreditsMonthlyUsage } from '../src/elements/monthly-usage/monthly-usage.js';
import { PaymentsList } from '../src/elements/payments-list/payments-list.js';
import { BillingDetailsForm } from '../src/elements/billing-details-form/billing-details-form.js';
import { SubscriptionCard } from '../src/elements/subscription-card/subscription-card.js';
import { PurchaseWizard } from '../src/elements/purchase-wizard/purchase-wizard.js';
import { CreditsArea } from '../src/elements/credits-area/credits-area.js';
import { UsageTable } from '../src/elements/usage-table/usage-table.js';
import { CreditsOrganisations } from '../src/elements/credits-organisations/credits-organisations.js';
import { STRESS_PARTNER_VIEWER } from '../src/simulator/partners.js';
import { formatSignedCredits } from '../src/money/format.js';
import { formatDate } from '../src/time/format-date.js';
import { TransactionPage, type Transaction } from '../src/api/schemas.js';

export interface BenchRow {
  /** What was measured, e.g. '<usage-table>' or 'plain Lit <table>'. */
  subject: string;
  measure: string;
  value: number;
  unit: 'ms' | 'rows' | 'elements' | '×';
  /** The budget of issue #9, when the figure has one: at most `max` / at least `min`. */
  budget?: { max?: number; min?: number };
}
type Bench = () => Promise<BenchRow[]>;

// Registered here, not through define.ts imports: package.json's "sideEffects" lists dist/ only,
// so a production build of this page would drop side-effect-only imports of src/.
defineElement('credits-provider', CreditsProvider);
defineElement('credits-balance', CreditsBalance);
defineElement('monthly-usage', CreditsMonthlyUsage);
defineElement('usage-table', UsageTable);
defineElement('payments-list', PaymentsList);
defineElement('billing-details-form', BillingDetailsForm);
defineElement('subscription-card', SubscriptionCard);
defineElement('purchase-wizard', PurchaseWizard);
defineElement('credits-area', CreditsArea);
defineElement('credits-organisations', CreditsOrganisations);

const stage = document.getElementById('stage')!;
/** Resolves after the next frame has been produced (layout and paint included). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const round = (ms: number) => Math.round(ms * 10) / 10;
const until = async (test: () => boolean, what: string, timeout = 30_000) => {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`bench: timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
};

const ROWS = 10_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Still loading: a skeleton or a busy region in the element's shadow root (or nothing rendered yet). */
function loadingIn(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || root.childElementCount === 0) return true;
  if (root.querySelector('.skeleton, [aria-busy="true"]')) return true;
  // Composite elements (the area) are loaded when every element inside is.
  return [...root.querySelectorAll('*')].some((child) => child.shadowRoot && loadingIn(child));
}

/** A provider on org_42 whose store holds every resource the elements read. */
async function warmProvider(organisation = 'org_42', latency = 0) {
  const sim = createSimulator({ latency });
  const provider = document.createElement('credits-provider') as CreditsProvider;
  Object.assign(provider, { apiBase: '/api', organisation, locale: 'en-IN', fetch: sim.fetch });
  stage.append(provider);
  return { sim, provider };
}

const ELEMENTS = ['credits-balance', 'monthly-usage', 'usage-table', 'payments-list', 'billing-details-form', 'subscription-card', 'purchase-wizard', 'credits-area'];

/** Each element mounted under a provider whose store already holds its data: mount → first data render (median of 7). */
async function warmElementsBench(): Promise<BenchRow[]> {
  const { provider } = await warmProvider();
  // Fill the store (and the template caches): every element once.
  for (const tag of ELEMENTS) {
    const el = provider.appendChild(document.createElement(tag));
    await until(() => !loadingIn(el), `${tag} to load`);
  }
  provider.replaceChildren();
  const rows: BenchRow[] = [];
  for (const tag of ELEMENTS) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const el = provider.appendChild(document.createElement(tag));
      await (el as CreditsBalance).updateComplete;
      await until(() => !loadingIn(el), `${tag} to render data`);
      void (el as HTMLElement).offsetHeight; // style and layout included
      times.push(performance.now() - start);
      el.remove();
    }
    rows.push({ subject: `<${tag}>`, measure: 'mount → first data render, warm store (median of 7)', value: round(median(times)), unit: 'ms' });
  }
  provider.remove();
  return rows;
}

/** 10,000 rows of org_big through the real element, store and (in-page) simulated backend. */
async function usageTableBench(): Promise<BenchRow[]> {
  const subject = '<usage-table> (org_big)';
  const sim = createSimulator({ bigOrgTransactions: 10_500 });
  void sim.state.orgs.org_big!.transactions.length; // generate the data before timing
  const start = performance.now();
  render(html`<credits-provider api-base="/api" organisation="org_big" locale="en-IN" .fetch=${sim.fetch}><usage-table></usage-table></credits-provider>`, stage);
  const provider = stage.querySelector<CreditsProvider>('credits-provider')!;
  let el = stage.querySelector<UsageTable>('usage-table')!;
  const rowEls = () => el.shadowRoot?.querySelectorAll('.tbody [role="row"]') ?? [];
  await until(() => rowEls().length > 0, `the first rows (${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300)})`);
  await nextFrame();
  const firstRender = performance.now() - start;

  const loaded = () => Number(/Showing (?:all )?([\d,]+)/.exec(el.shadowRoot!.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  const loadStart = performance.now();
  while (loaded() < ROWS) {
    await el.loadMore();
    await el.updateComplete;
  }
  await until(() => !!el.shadowRoot!.querySelector('.tbody.virtual'), 'the virtualizer');
  await nextFrame();
  const loadAll = performance.now() - loadStart;

  // A new table on the store holding 10,000 rows: mount → the rows in view, stable for two frames (median of 5).
  const mounts: number[] = [];
  let domRowsAtMount = 0;
  for (let i = 0; i < 5; i++) {
    el.remove();
    await nextFrame();
    const t = performance.now();
    el = provider.appendChild(document.createElement('usage-table')) as UsageTable;
    await el.updateComplete;
    // Stable: the virtualised body shows the same rows for two more frames. The time is the frame they settled in
    // (after layout: the virtualizer measures its rows), not the frames spent checking.
    let last = -1;
    let stableFor = 0;
    let settledAt = 0;
    await until(() => {
      const n = rowEls().length;
      const virtual = !!el.shadowRoot!.querySelector('.tbody.virtual');
      if (n !== last || !virtual) {
        last = n;
        stableFor = 0;
        settledAt = performance.now();
        return false;
      }
      return n > 0 && ++stableFor >= 2;
    }, 'stable rows');
    mounts.push(settledAt - t);
    domRowsAtMount = Math.max(domRowsAtMount, rowEls().length);
  }
  const mountToStable = median(mounts);

  // One more page of 100 on top of 10,000: the request (in-page simulator) and the render after it.
  const t0 = performance.now();
  await el.loadMore();
  const t1 = performance.now();
  await el.updateComplete;
  await nextFrame();
  const t2 = performance.now();

  // Scroll to the end: the last loaded row is in the DOM and painted.
  const body = el.shadowRoot!.querySelector<HTMLElement>('.tbody')!;
  const total = loaded();
  const s0 = performance.now();
  body.scrollTop = body.scrollHeight;
  await until(() => !!el.shadowRoot!.querySelector(`.tbody [aria-rowindex="${total + 1}"]`), 'the last row');
  await nextFrame();
  const scrollEnd = performance.now() - s0;
  const domRowsAtEnd = rowEls().length;
  const rows: BenchRow[] = [
    { subject, measure: 'first render, cold store (first page of 100)', value: round(firstRender), unit: 'ms' },
    { subject, measure: `load ${ROWS.toLocaleString('en')} rows (${ROWS / 100} pages, request + render each)`, value: round(loadAll), unit: 'ms' },
    { subject, measure: `${ROWS.toLocaleString('en')} rows loaded: mount → stable rows (median of 5)`, value: round(mountToStable), unit: 'ms', budget: { max: 100 } },
    { subject, measure: `${ROWS.toLocaleString('en')} rows loaded: DOM rows after mount`, value: domRowsAtMount, unit: 'rows', budget: { max: 100 } },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')} loaded: total`, value: round(t2 - t0), unit: 'ms' },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')} loaded: render only`, value: round(t2 - t1), unit: 'ms' },
    { subject, measure: `scroll to the end of ${total.toLocaleString('en')} rows → last row painted`, value: round(scrollEnd), unit: 'ms' },
    { subject, measure: `DOM rows at the end of ${total.toLocaleString('en')} loaded`, value: domRowsAtEnd, unit: 'rows', budget: { max: 100 } },
    { subject, measure: 'elements in the shadow root', value: el.shadowRoot!.querySelectorAll('*').length, unit: 'elements' },
  ];
  render(html``, stage);
  return rows;
}

/** The stress partner's 10,000 organisations through <credits-organisations>: every page loaded, DOM rows stay bounded. */
async function organisationsBench(): Promise<BenchRow[]> {
  const subject = '<credits-organisations> (stress partner)';
  const sim = createSimulator({ viewer: { ...STRESS_PARTNER_VIEWER } });
  const start = performance.now();
  render(html`<credits-provider api-base="/api" organisation="org_p00001" locale="en-IN" .fetch=${sim.fetch}><credits-organisations></credits-organisations></credits-provider>`, stage);
  const el = stage.querySelector<CreditsOrganisations>('credits-organisations')!;
  const rowEls = () => el.shadowRoot?.querySelectorAll('button.row') ?? [];
  await until(() => rowEls().length > 0, 'the first organisations');
  await nextFrame();
  const firstRender = performance.now() - start;
  const loaded = () => Number(/Showing (?:all )?([\d,]+)/.exec(el.shadowRoot!.textContent ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  const loadStart = performance.now();
  while (loaded() < ROWS) {
    await el.loadMore();
    await el.updateComplete;
  }
  await until(() => !!el.shadowRoot!.querySelector('.body.virtual') && rowEls().length > 0, 'the virtualizer');
  await nextFrame();
  const loadAll = performance.now() - loadStart;
  const domRowsLoaded = rowEls().length;
  const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
  const s0 = performance.now();
  body.scrollTop = body.scrollHeight;
  await until(() => !!el.shadowRoot!.querySelector(`[aria-posinset="${ROWS}"]`), 'the last organisation');
  await nextFrame();
  const scrollEnd = performance.now() - s0;
  const rows: BenchRow[] = [
    { subject, measure: 'first render, cold store (first page of 100)', value: round(firstRender), unit: 'ms' },
    { subject, measure: `load ${ROWS.toLocaleString('en')} organisations (${ROWS / 100} pages, request + render each)`, value: round(loadAll), unit: 'ms' },
    { subject, measure: `${ROWS.toLocaleString('en')} organisations loaded: DOM rows`, value: domRowsLoaded, unit: 'rows', budget: { max: 100 } },
    { subject, measure: `scroll to the end of ${ROWS.toLocaleString('en')} → last organisation painted`, value: round(scrollEnd), unit: 'ms' },
    { subject, measure: `DOM rows at the end of ${ROWS.toLocaleString('en')}`, value: rowEls().length, unit: 'rows', budget: { max: 100 } },
  ];
  render(html``, stage);
  return rows;
}

/** The wizard's Credits step: one keystroke in "Number of credits" → the live order summary shows the new total (median of 20). */
async function wizardKeystrokeBench(): Promise<BenchRow[]> {
  const { provider } = await warmProvider();
  const el = provider.appendChild(document.createElement('purchase-wizard')) as PurchaseWizard;
  el.setAttribute('plan', 'credits');
  el.quoteDelay = 60_000; // the server quote is not part of a keystroke
  await until(() => !!el.shadowRoot?.querySelector('#credits'), 'the Credits step');
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#credits')!;
  const total = () => el.shadowRoot!.querySelector('table.summary tr.total td')?.textContent ?? '';
  const times: number[] = [];
  for (let round_ = 0; round_ < 3; round_++) {
    for (const value of ['5', '50', '500', '5000', '50000', '5000', '500', '5000']) {
      const before = total();
      const t = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      void el.offsetHeight; // style and layout of the new summary
      const elapsed = performance.now() - t;
      if (value !== '5' && value !== '50' && value !== '500' && total() === before) throw new Error(`bench: the summary did not change for ${value}`);
      if (round_ > 0) times.push(elapsed); // the first round warms the templates
    }
  }
  provider.remove();
  return [{ subject: '<purchase-wizard>', measure: 'keystroke → live order summary updated (median of 16)', value: round(median(times)), unit: 'ms', budget: { max: 16 } }];
}

/** zod/mini: the schema the client validates a transactions page with, on 10,000 transactions (warm, median of 7). */
async function validationBench(): Promise<BenchRow[]> {
  const sim = createSimulator({ bigOrgTransactions: 10_500 });
  const body = JSON.parse(JSON.stringify({ data: sim.state.orgs.org_big!.transactions.slice(0, ROWS), next_cursor: null })) as unknown;
  for (let i = 0; i < 3; i++) if (!TransactionPage.safeParse(body).success) throw new Error('bench: the transactions did not validate');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    TransactionPage.safeParse(body);
    times.push(performance.now() - t);
  }
  return [{ subject: 'zod/mini TransactionPage', measure: `validate ${ROWS.toLocaleString('en')} transactions, warm (median of 7)`, value: round(median(times)), unit: 'ms', budget: { max: 40 } }];
}

class PlainTable extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: Transaction[];
  constructor() {
    super();
    this.rows = [];
  }
  protected override render() {
    return html`<table>
      <thead><tr><th>Type</th><th>Credits</th><th>Event</th><th>Event ID</th><th>User</th><th>Date</th></tr></thead>
      <tbody>
        ${this.rows.map(
          (t) => html`<tr>
            <td>${t.usage_kind ?? t.type}</td><td>${formatSignedCredits(t.delta, 'en-IN')}</td><td>${t.event?.name ?? '—'}</td>
            <td>${t.event?.id ?? '—'}</td><td>${t.user_email ?? 'System'}</td><td>${formatDate(t.created_at, 'en-IN')}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('bench-plain-table', PlainTable);

/** The same 10,000 rows in a plain (non-virtualised) Lit table, for comparison. */
async function plainTableBench(): Promise<BenchRow[]> {
  const subject = 'plain Lit <table>';
  const sim = createSimulator({ bigOrgTransactions: 10_500 });
  const data = sim.state.orgs.org_big!.transactions.slice(0, ROWS);
  const el = document.createElement('bench-plain-table') as PlainTable;
  stage.append(el);
  await el.updateComplete;
  const start = performance.now();
  el.rows = data;
  await el.updateComplete;
  await nextFrame();
  const firstRender = performance.now() - start;
  const t0 = performance.now();
  el.rows = [...data, ...sim.state.orgs.org_big!.transactions.slice(ROWS, ROWS + 100)];
  await el.updateComplete;
  await nextFrame();
  const append = performance.now() - t0;
  const rows = [
    { subject, measure: `${ROWS.toLocaleString('en')} rows: mount → rendered`, value: round(firstRender), unit: 'ms' as const },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')}: render only`, value: round(append), unit: 'ms' as const },
    { subject, measure: 'DOM rows', value: el.shadowRoot!.querySelectorAll('tbody tr').length, unit: 'rows' as const },
  ];
  el.remove();
  return rows;
}

export const benches: Record<string, Bench> = {
  elements: warmElementsBench,
  'usage-table': usageTableBench,
  'plain-table': plainTableBench,
  'wizard-keystroke': wizardKeystrokeBench,
  validation: validationBench,
  organisations: organisationsBench,
};

/** Run the named benches (all when none given), one after another. */
async function runBench(names: string[] = []): Promise<BenchRow[]> {
  const selected = names.length ? names : Object.keys(benches);
  const out: BenchRow[] = [];
  for (const name of selected) {
    const bench = benches[name];
    if (!bench) throw new Error(`No bench "${name}". Known: ${Object.keys(benches).join(', ')}`);
    out.push(...(await bench()));
  }
  // The virtualised table against the plain one, from the same run.
  const table = out.find((r) => r.measure.includes('mount → stable rows'));
  const plain = out.find((r) => r.subject === 'plain Lit <table>' && r.measure.includes('mount → rendered'));
  if (table && plain) {
    out.push({ subject: '<usage-table> vs plain Lit <table>', measure: `${ROWS.toLocaleString('en')} rows to the screen: times faster`, value: Math.round((plain.value / Math.max(table.value, 0.1)) * 10) / 10, unit: '×', budget: { min: 10 } });
  }
  return out;
}

Object.assign(window, { runBench, benchNames: Object.keys(benches) });
