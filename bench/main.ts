/**
 * The benchmark page (`npm run bench` builds it and drives it in Chromium).
 * Each bench mounts what it measures into #stage and returns rows for the
 * report; add a bench by adding an entry to `benches`.
 */
import { html, LitElement, render } from 'lit';
import { createSimulator } from '../src/simulator/index.js';
import { defineElement } from '../src/base/define.js';
import { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';
import { UsageTable } from '../src/elements/usage-table/usage-table.js';
import { formatDate, formatSignedCredits } from '../src/money/format.js';
import type { Transaction } from '../src/api/schemas.js';

export interface BenchRow {
  /** What was measured, e.g. '<usage-table>' or 'plain Lit <table>'. */
  subject: string;
  measure: string;
  value: number;
  unit: 'ms' | 'rows' | 'elements';
}
type Bench = () => Promise<BenchRow[]>;

// Registered here, not through define.ts imports: package.json's "sideEffects" lists dist/ only,
// so a production build of this page would drop side-effect-only imports of src/.
defineElement('credits-provider', CreditsProvider);
defineElement('usage-table', UsageTable);

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

/** 10,000 rows of org_big through the real element, store and (in-page) simulated backend. */
async function usageTableBench(): Promise<BenchRow[]> {
  const subject = '<usage-table> (org_big)';
  const sim = createSimulator({ bigOrgTransactions: 10_500 });
  void sim.state.orgs.org_big!.transactions.length; // generate the data before timing
  const start = performance.now();
  render(html`<credits-provider api-base="/api" organisation="org_big" locale="en-IN" .fetch=${sim.fetch}><usage-table></usage-table></credits-provider>`, stage);
  const el = stage.querySelector<UsageTable>('usage-table')!;
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

  // One more page of 100 on top of 10,000: the request (in-page simulator) and the render after it.
  const t0 = performance.now();
  await el.loadMore();
  const t1 = performance.now();
  await el.updateComplete;
  await nextFrame();
  const t2 = performance.now();

  const body = el.shadowRoot!.querySelector<HTMLElement>('.tbody')!;
  body.scrollTop = body.scrollHeight / 2;
  await nextFrame();
  await nextFrame();
  const rows = [
    { subject, measure: 'first render (first page of 100)', value: round(firstRender), unit: 'ms' as const },
    { subject, measure: `load ${ROWS.toLocaleString('en')} rows (${ROWS / 100} pages, request + render each)`, value: round(loadAll), unit: 'ms' as const },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')} loaded: total`, value: round(t2 - t0), unit: 'ms' as const },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')} loaded: render only`, value: round(t2 - t1), unit: 'ms' as const },
    { subject, measure: `DOM rows with ${loaded().toLocaleString('en')} loaded (scrolled to middle)`, value: rowEls().length, unit: 'rows' as const },
    { subject, measure: 'elements in the shadow root', value: el.shadowRoot!.querySelectorAll('*').length, unit: 'elements' as const },
  ];
  render(html``, stage);
  return rows;
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
    { subject, measure: `first render of ${ROWS.toLocaleString('en')} rows`, value: round(firstRender), unit: 'ms' as const },
    { subject, measure: `append a page of 100 at ${ROWS.toLocaleString('en')}: render only`, value: round(append), unit: 'ms' as const },
    { subject, measure: 'DOM rows', value: el.shadowRoot!.querySelectorAll('tbody tr').length, unit: 'rows' as const },
  ];
  el.remove();
  return rows;
}

export const benches: Record<string, Bench> = {
  'usage-table': usageTableBench,
  'plain-table': plainTableBench,
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
  return out;
}

Object.assign(window, { runBench, benchNames: Object.keys(benches) });
