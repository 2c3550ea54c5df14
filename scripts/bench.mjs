// npm run bench [-- <bench names…>]
// Builds bench/ (a production build, so Lit runs in production mode), serves it,
// runs window.runBench() in Debian's Chromium and prints the figures as a table;
// BENCHMARKS.md gets the same table with the machine it ran on.
// A new bench is one entry in `benches` in bench/main.ts: this script needs no change.
// Figures with a budget (issue #9) print it and ok/OVER; the script reports but does not fail (timings vary by machine).
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

const names = process.argv.slice(2);
const outDir = join(tmpdir(), 'credits-elements-bench');
const port = Number(process.env.BENCH_PORT ?? 5175);

await build({ root: 'bench', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
const server = await preview({ root: 'bench', configFile: false, logLevel: 'warn', build: { outDir }, preview: { port, host: '127.0.0.1', strictPort: false } });
const url = server.resolvedUrls.local[0];

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let rows;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  rows = await page.evaluate((selected) => window.runBench(selected), names);
} finally {
  await browser.close();
  await server.close();
}

const fmt = (r) => `${r.value.toLocaleString('en')} ${r.unit}`;
const budgetOf = (r) => (!r.budget ? '' : r.budget.max !== undefined ? `≤ ${r.budget.max.toLocaleString('en')} ${r.unit}` : `≥ ${r.budget.min.toLocaleString('en')} ${r.unit}`);
const okOf = (r) => (!r.budget ? '' : (r.budget.max === undefined || r.value <= r.budget.max) && (r.budget.min === undefined || r.value >= r.budget.min) ? 'ok' : 'OVER');
const header = ['Subject', 'Measure', 'Value', 'Budget', ''];
const body = rows.map((r) => [r.subject, r.measure, fmt(r), budgetOf(r), okOf(r)]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
const over = rows.filter((r) => okOf(r) === 'OVER');

const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`;
const md = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (scripts/bench.mjs running bench/main.ts in Chromium, production build). Re-run to refresh; numbers vary between runs and machines.',
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
];
writeFileSync('BENCHMARKS.md', md.join('\n'));
console.log(`\n${machine}\nwritten to BENCHMARKS.md`);
console.log(over.length ? `${over.length} figure(s) over budget: ${over.map((r) => `${r.subject} ${r.measure}`).join('; ')}` : 'every figure within its budget');
