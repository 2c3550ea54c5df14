/**
 * `npm run bench` (never part of `npm test`): bench/ in a production build (Lit in production mode,
 * served by playwright.config.ts, project bench) runs window.runBench() in Chromium; the figures print
 * as a table and BENCHMARKS.md gets the same table with the machine it ran on. A new bench is one entry
 * in `benches` in bench/main.ts. `BENCH=name,name npm run bench` runs only those. Figures with a budget
 * (issue #9) print it and ok/OVER; the run reports but does not fail on them (timings vary by machine).
 * `cdn` (test/e2e/bench-cdn.ts, issue #16): the balance-only and `<credits-area>` pages loading dist/cdn, against
 * `BENCH_CDN_BEFORE` (another commit's dist/cdn, named by `BENCH_CDN_BEFORE_LABEL`) in the same run when given.
 * BENCHMARKS.md also gets the byte figures of `node scripts/size.mjs` (run `npm run build` first).
 */
import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { serverUrl } from './support.js';
import { cdnPageLoads } from './bench-cdn.js';

interface Row {
  subject: string;
  measure: string;
  value: number;
  unit: string;
  budget?: { max?: number; min?: number };
}

const fmt = (r: Row) => `${r.value.toLocaleString('en')} ${r.unit}`;
const budgetOf = (r: Row) => (!r.budget ? '' : r.budget.max !== undefined ? `≤ ${r.budget.max.toLocaleString('en')} ${r.unit}` : `≥ ${r.budget.min!.toLocaleString('en')} ${r.unit}`);
const okOf = (r: Row) => (!r.budget ? '' : (r.budget.max === undefined || r.value <= r.budget.max) && (r.budget.min === undefined || r.value >= r.budget.min) ? 'ok' : 'OVER');

test('bench/main.ts figures → BENCHMARKS.md', async ({ page, browser }) => {
  const names = (process.env.BENCH ?? '').split(',').filter(Boolean);
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
  await page.goto(serverUrl('BENCH'), { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as unknown as { runBench?: unknown }).runBench === 'function');
  const inPage = names.filter((n) => n !== 'cdn');
  const rows: Row[] = names.length && !inPage.length ? [] : await page.evaluate((selected) => (window as unknown as { runBench: (names: string[]) => Promise<Row[]> }).runBench(selected), inPage);
  if (!names.length || names.includes('cdn')) {
    const before = process.env.BENCH_CDN_BEFORE ? { dir: process.env.BENCH_CDN_BEFORE, label: process.env.BENCH_CDN_BEFORE_LABEL ?? 'before' } : undefined;
    const now = { dir: process.env.BENCH_CDN_NOW ?? 'dist/cdn', label: process.env.BENCH_CDN_NOW_LABEL ?? 'this build' };
    rows.push(...(await cdnPageLoads(browser, now, before, Number(process.env.BENCH_CDN_RUNS ?? 9))));
  }
  // The byte figures of the same tree (scripts/size.mjs: the budget table only).
  const sizes = (() => {
    try {
      return execFileSync(process.execPath, ['scripts/size.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? ''); // over a ceiling: the table is still printed
    }
  })();
  const sizeTable = sizes.split('\n').filter((l) => l.startsWith('|'));

  const header = ['Subject', 'Measure', 'Value', 'Budget', ''];
  const body = rows.map((r) => [r.subject, r.measure, fmt(r), budgetOf(r), okOf(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const over = rows.filter((r) => okOf(r) === 'OVER');
  const cpu = cpus();
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`;
  writeFileSync(
    'BENCHMARKS.md',
    [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (test/e2e/bench.spec.ts running bench/main.ts in Chromium, production build). Re-run to refresh; numbers vary between runs and machines.',
      '',
      `- Machine: ${machine}`,
      `- Run: ${new Date().toISOString()}`,
      '',
      'Budgets are those of issue #9 for this machine class; a figure without one is for information.',
      '',
      '| Subject | Measure | Value | Budget | |',
      '|---|---|--:|---|---|',
      ...body.map((b) => `| ${b.map((c) => c.replace(/\|/g, '\\|').replace(/</g, '&lt;')).join(' | ')} |`),
      '',
      ...(sizeTable.length ? ['## Sizes (`node scripts/size.mjs`, same tree, gzip -9 / brotli, KB = 1024 B; budgets of issue #16)', '', ...sizeTable, ''] : []),
    ].join('\n'),
  );
  console.log(
    [
      line(header),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...body.map(line),
      '',
      machine,
      'written to BENCHMARKS.md',
      over.length ? `${over.length} figure(s) over budget: ${over.map((r) => `${r.subject} ${r.measure}`).join('; ')}` : 'every figure within its budget',
    ].join('\n'),
  );
});
