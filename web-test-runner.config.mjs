// Browser tests in Debian's Chromium (npm cannot download browsers here).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

/**
 * WTR_SHARD=k/n runs every n-th test file (sorted by path), starting at the k-th, in a browser of its
 * own: `npm run test:browser` runs two shards side by side. Each Chromium has one page, so focus and
 * requestAnimationFrame behave as in a single run (two pages in one browser would leave one in the
 * background, where rAF pauses and focus is lost).
 */
const shardMatch = /^(\d+)\/(\d+)$/.exec(process.env.WTR_SHARD ?? '');
const shardOf = shardMatch ? { index: Number(shardMatch[1]), count: Number(shardMatch[2]) } : undefined;
const testFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.name === 'node_modules' ? [] : e.isDirectory() ? testFiles(`${dir}/${e.name}`) : e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : []));
const files = shardOf ? testFiles('test').sort().filter((_, i) => i % shardOf.count === shardOf.index - 1) : ['test/**/*.test.ts'];

/**
 * Ends the run with one plain `browser: N passed, N failed` line, then one `failed:` line per failed test
 * (file, suites, name, first line of its error), so the end of a long CI log names what failed.
 */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  const walk = (suite, file, path = []) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else {
        failed++;
        failures.push(`${file} › ${[...path, test.name].join(' › ')}: ${String(test.error?.message ?? 'no error message').split('\n')[0].slice(0, 300)}`);
      }
    }
    for (const child of suite?.suites ?? []) walk(child, file, [...path, child.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      // .tmp/wtr-times.json: each test file's summed test time, slowest first (where the run's minutes go).
      const sum = (suite) => (suite?.tests ?? []).reduce((t, x) => t + (x.duration ?? 0), 0) + (suite?.suites ?? []).reduce((t, c) => t + sum(c), 0);
      const times = sessions.map((s) => [s.testFile.replace(`${process.cwd()}/`, ''), Math.round(sum(s.testResults))]).sort((a, b) => b[1] - a[1]);
      mkdirSync('.tmp', { recursive: true });
      writeFileSync(`.tmp/wtr-times${shardOf ? `-${shardOf.index}` : ''}.json`, JSON.stringify(times, null, 1));
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        walk(session.testResults, file);
        if (session.errors?.length && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          failed++;
          failures.push(`${file}: ${String(session.errors[0]?.message ?? 'the file did not run').split('\n')[0].slice(0, 300)}`);
        }
      }
      setTimeout(() => {
        console.log(`browser${shardOf ? ` (shard ${shardOf.index}/${shardOf.count})` : ''}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
        for (const line of failures) console.log(`failed: ${line}`);
      }, 0);
    },
    reportTestFileResults() {},
    getTestProgress() {
      return [];
    },
  };
}

/**
 * `executeServerCommand('verify-figures', { suite, rows })` from a browser test
 * writes `.tmp/verify/<suite>.json` (one JSON object per line:
 * `{ suite, figure, value, expected, note }`); `scripts/verify.mjs` prints them
 * as one table. The directory is emptied when a run starts, so it always holds
 * the figures of the last run.
 */
function verifyFigures() {
  const dir = '.tmp/verify';
  return {
    name: 'verify-figures',
    serverStart() {
      // Sharded runs share the directory: `npm run test:browser` empties it before the shards start.
      if (!shardOf) rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    },
    executeCommand({ command, payload }) {
      if (command !== 'verify-figures') return undefined;
      const suite = String(payload?.suite ?? 'unnamed');
      const rows = Array.isArray(payload?.rows) ? payload.rows : [];
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/${suite.replace(/[^a-z0-9-]+/gi, '-')}.json`;
      writeFileSync(file, rows.map((row) => JSON.stringify({ suite, ...row })).join('\n') + '\n');
      return true;
    },
  };
}

const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export default {
  files,
  // Lit's production build, as the CDN bundle and a host's production build ship it: its dev build only adds
  // warnings (none of which a test reads) and costs ~6% of the run's CPU, which a 10-minute CI needs.
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), verifyFigures(), a11ySnapshotPlugin()],
  concurrency: 1,
  reporters: [defaultReporter(), countingReporter()],
  testsFinishTimeout: 240_000,
  // In CI (CI=true) a failed test runs once more before it counts: a run on a fresh machine failed one test
  // (unnamed in its log) that three local runs of both shards passed. Local runs keep no retry, so a flaky
  // test still shows where it is written.
  testFramework: { config: { timeout: 10_000, retries: process.env.CI ? 1 : 0 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Memory test (test/perf/memory.test.ts): exact heap figures and gc() to collect before measuring.
          '--enable-precise-memory-info',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
