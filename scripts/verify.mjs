#!/usr/bin/env node
/**
 * `npm run verify`: runs the hostile suite (and any other suite listed in
 * SUITES) in Chromium and prints one table of the figures they wrote.
 *
 *   node scripts/verify.mjs            run the suites, then print the table
 *   node scripts/verify.mjs --report   only print the table of the last run
 *                                      (e.g. right after `npm test`'s browser run)
 *
 * How a suite adds rows: from a browser test, call
 *   executeServerCommand('verify-figures', { suite, rows })
 * (test/hostile/support.ts `recordFigures` wraps it). The web-test-runner
 * plugin writes `.tmp/verify/<suite>.json`, one JSON object per line:
 *   { "suite": "xss", "figure": "script executions", "value": 0, "expected": 0, "note": "…" }
 * `expected: null` marks an informational count (cases run). A figure holds
 * when value === expected. Any file in `.tmp/verify/` becomes rows of the
 * table, so a new suite only has to write its file and be listed in SUITES.
 *
 * Exits 1 when a figure does not hold, the tests failed, or a suite wrote nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test files whose figures make the table. Add a suite's glob here. */
export const SUITES = ['test/hostile/**/*.test.ts'];

const DIR = '.tmp/verify';
const reportOnly = process.argv.includes('--report');

let testsFailed = false;
if (!reportOnly) {
  const args = ['wtr', ...SUITES.flatMap((glob) => ['--files', glob])];
  const run = spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  testsFailed = run.status !== 0;
}

/** @type {{suite: string, figure: string, value: number, expected: number | null, note?: string}[]} */
const rows = [];
if (existsSync(DIR)) {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    for (const line of readFileSync(join(DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        rows.push(JSON.parse(line));
      } catch {
        rows.push({ suite: file, figure: `unreadable line: ${line.slice(0, 60)}`, value: NaN, expected: 0 });
      }
    }
  }
}

const holds = (r) => r.expected === null || r.expected === undefined || r.value === r.expected;
const table = rows.map((r) => ({
  suite: r.suite,
  figure: r.figure,
  value: String(r.value),
  expected: r.expected === null || r.expected === undefined ? '' : String(r.expected),
  ok: r.expected === null || r.expected === undefined ? '' : holds(r) ? 'ok' : 'FAIL',
}));

const headers = { suite: 'Suite', figure: 'Figure', value: 'Value', expected: 'Expected', ok: '' };
const cols = Object.keys(headers);
const width = Object.fromEntries(cols.map((c) => [c, Math.max(headers[c].length, ...table.map((r) => r[c].length))]));
const line = (r) => `| ${cols.map((c) => (c === 'value' || c === 'expected' ? r[c].padStart(width[c]) : r[c].padEnd(width[c]))).join(' | ')} |`;
const rule = `|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`;

console.log('\nHostile suite figures (issues 10 and 15)\n');
console.log(line(headers));
console.log(rule);
let previous = '';
for (const r of table) {
  console.log(line({ ...r, suite: r.suite === previous ? '' : r.suite }));
  previous = r.suite;
}

const failing = rows.filter((r) => !holds(r));
const problems = [];
if (!rows.length) problems.push(`no figures in ${DIR}: did the suites run?`);
if (failing.length) problems.push(`${failing.length} figure(s) do not hold: ${failing.map((r) => `${r.suite}/${r.figure}`).join(', ')}`);
if (testsFailed) problems.push('the browser tests failed (see above)');
console.log(problems.length ? `\nverify: FAILED\n- ${problems.join('\n- ')}` : `\nverify: all ${rows.filter((r) => r.expected !== null && r.expected !== undefined).length} figures hold`);
process.exit(problems.length ? 1 : 0);
