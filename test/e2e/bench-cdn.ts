/**
 * `npm run bench`'s CDN page loads: the time from navigation to the first data on a page that
 * loads the CDN bundle with one `<script type="module">`, for the balance-only page and the
 * `<credits-area>` page, on the sandbox (the simulated backend in the page, no network). Each
 * load is a fresh browser context (cold cache) over a throttled connection (CDP: 20 ms RTT,
 * 10 Mbit/s down, files gzipped as a CDN serves them), so the bytes and the round trips count.
 * `BENCH_CDN_BEFORE=<dir>` (a dist/cdn built from another commit) measures that build in the same
 * run, loads alternating, for a before/after comparison; `BENCH_CDN_NOW=<dir>` replaces dist/cdn
 * (to compare two commits' builds); `BENCH_CDN_*_LABEL` name them in the report.
 */
import type { Browser } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface CdnRow {
  subject: string;
  measure: string;
  value: number;
  unit: 'ms' | '×';
  budget?: { max?: number; min?: number };
}

const PAGES = {
  'balance-only': '<credits-provider sandbox locale="en-IN"><credits-balance></credits-balance></credits-provider>',
  area: '<credits-area sandbox locale="en-IN"></credits-area>',
} as const;
type PageName = keyof typeof PAGES;

/** In the page: resolves with performance.now() once `selector` shows data (no skeleton or busy region in it, or any element inside). */
const WATCH = `
  const loading = (el) => {
    const root = el.shadowRoot;
    if (!root || root.childElementCount === 0) return true;
    if (root.querySelector('.skeleton, [aria-busy="true"]')) return true;
    return [...root.querySelectorAll('*')].some((c) => c.shadowRoot && loading(c)) || [...root.querySelectorAll('*')].some((c) => c.localName.includes('-') && !customElements.get(c.localName));
  };
  window.firstData = new Promise((resolve) => {
    const tick = () => {
      const el = document.querySelector('credits-balance, credits-area');
      if (el && customElements.get(el.localName) && !loading(el)) resolve(performance.now());
      else requestAnimationFrame(tick);
    };
    tick();
  });`;

const html = (build: string, page: PageName) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title>
<script>${WATCH}</script>
<script type="module" src="/${build}/credits-elements.js"></script></head>
<body>${PAGES[page]}</body></html>`;

/** Serves `/<build>/<page>.html` and the build's files, gzipped. */
function serve(builds: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const [, build, ...rest] = (req.url ?? '/').split('?')[0]!.split('/');
    const dir = builds[build ?? ''];
    const file = rest.join('/');
    if (!dir) return void res.writeHead(404).end();
    const page = /^(balance-only|area)\.html$/.exec(file)?.[1] as PageName | undefined;
    let body: Buffer;
    let type = 'text/html';
    if (page) body = Buffer.from(html(build!, page));
    else {
      const path = normalize(join(dir, file));
      if (!path.startsWith(normalize(dir)) || !existsSync(path)) return void res.writeHead(404).end();
      body = readFileSync(path);
      type = extname(path) === '.js' ? 'text/javascript' : 'text/plain';
    }
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
    res.end(gzipSync(body, { level: 9 }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

async function loadOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8 });
  page.on('pageerror', (e) => console.error(`[bench-cdn pageerror] ${e.message}`));
  await page.goto(url);
  const ms = await page.evaluate(() => Promise.race([(window as unknown as { firstData: Promise<number> }).firstData, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no data after 30 s')), 30_000))]));
  await context.close();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The rows: each page with the current dist/cdn (and the `before` build when given), median of `runs` cold loads. */
export async function cdnPageLoads(browser: Browser, current: { dir: string; label: string }, before?: { dir: string; label: string }, runs = 9): Promise<CdnRow[]> {
  const builds: Record<string, string> = { now: current.dir, ...(before ? { before: before.dir } : {}) };
  const { server, origin } = await serve(builds);
  const rows: CdnRow[] = [];
  try {
    for (const page of Object.keys(PAGES) as PageName[]) {
      const times: Record<string, number[]> = { now: [], before: [] };
      await loadOnce(browser, `${origin}/now/${page}.html`); // warm the browser process (not the page's cache)
      for (let i = 0; i < runs; i++) {
        for (const build of Object.keys(builds)) times[build]!.push(await loadOnce(browser, `${origin}/${build}/${page}.html`));
      }
      const subject = page === 'area' ? 'CDN page: <credits-area>' : 'CDN page: <credits-balance> only';
      const measure = (label: string) => `navigation → first data, ${label} (median of ${runs} cold loads, 20 ms RTT, 10 Mbit/s, gzip)`;
      const now = round(median(times.now!));
      if (before) {
        const then = round(median(times.before!));
        rows.push({ subject, measure: measure(before.label), value: then, unit: 'ms' });
        rows.push({ subject, measure: measure(current.label), value: now, unit: 'ms' });
        rows.push({ subject, measure: `${current.label} ÷ ${before.label}`, value: Math.round((now / then) * 100) / 100, unit: '×', ...(page === 'area' ? { budget: { max: 1.1 } } : {}) });
      } else rows.push({ subject, measure: measure(current.label), value: now, unit: 'ms' });
    }
  } finally {
    server.close();
  }
  return rows;
}
