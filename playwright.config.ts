/**
 * Playwright Test drives the built pages in Debian's Chromium (npm cannot download browsers here:
 * never `playwright install`; CHROME_PATH overrides the path). One project per job:
 *
 *   npm run test:csp      csp        the built demo under the strict CSP + Trusted Types (csp.spec.ts)
 *   npm run test:hosts    hosts      the packed package in React 19, Vue 3, Svelte 5 and static CDN hosts buys 1,000 credits (hosts.spec.ts)
 *   npm run test:docs     docs       every docs page of the built Storybook: each story with data, in its own language, no axe violation (docs.spec.ts)
 *   npm run test:a11y     a11y       axe-core over every story of the built Storybook, each alone in its iframe (a11y.spec.ts)
 *   npm run bench         bench      bench/main.ts in a production build → BENCHMARKS.md (bench.spec.ts)
 *   npm run screenshots   screenshots every story at 390 and 1280 px → .tmp/screenshots/ (screenshots.spec.ts)
 *
 * `bench`, `screenshots` and `a11y` exist only when named with --project, so a bare `playwright test` (and
 * `npm test`) never runs them. `a11y`, `docs` and `screenshots` share one Storybook server. Only the web servers of the selected projects start; each listens on a
 * free port picked here (several checkouts can run at once), handed to the workers through the env.
 * E2E_NO_BUILD=1 reuses dist-demo/ and storybook-static/ when they exist.
 */
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVERS = ['CSP', 'CSP_RAZORPAY', 'HOSTS', 'STORYBOOK', 'BENCH'] as const;
type Server = (typeof SERVERS)[number];

if (!process.env.E2E_PORT_CSP) {
  // Free ports from the OS, asked once in the main process; the workers inherit them.
  const script = `const n=require('node:net');Promise.all(Array.from({length:${SERVERS.length}},()=>new Promise(r=>{const s=n.createServer().listen(0,'127.0.0.1',()=>{const p=s.address().port;r([s,p])})}))).then(l=>{console.log(l.map(x=>x[1]).join(' '));l.forEach(x=>x[0].close())})`;
  const ports = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
  SERVERS.forEach((name, i) => (process.env[`E2E_PORT_${name}`] = ports[i]));
}
const port = (name: Server) => Number(process.env[`E2E_PORT_${name}`]);
const urlOf = (name: Server) => `http://127.0.0.1:${port(name)}`;

/** The projects named on the command line (`--project=csp`, `--project csp`); empty: none named. The workers get them through the env. */
process.env.E2E_PROJECTS ??= process.argv.flatMap((arg, i, all) => (arg.startsWith('--project=') ? [arg.slice(10)] : arg === '--project' ? [all[i + 1] ?? ''] : [])).join(',');
const named = process.env.E2E_PROJECTS.split(',').filter(Boolean);
const selected = (project: string) => named.length === 0 || named.includes(project);
const reuse = (dir: string) => process.env.E2E_NO_BUILD === '1' && existsSync(dir);
const BENCH_OUT = join(tmpdir(), 'credits-elements-bench');

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

type Project = NonNullable<PlaywrightTestConfig['projects']>[number];
type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];
const server = (name: Server, command: string, timeout = 120_000): WebServer => ({
  command,
  url: `${urlOf(name)}/`,
  reuseExistingServer: false,
  timeout,
  stdout: 'ignore',
  stderr: 'pipe',
});

const projects: (Project & { servers: WebServer[] })[] = [
  {
    name: 'csp',
    testMatch: 'csp.spec.ts',
    fullyParallel: true,
    timeout: 180_000,
    servers: [
      server(
        'CSP',
        `${reuse('dist-demo/index.html') ? '' : 'npx vite build --config vite.demo.config.ts --logLevel error && '}node scripts/csp-server.mjs dist-demo ${port('CSP')} ${port('CSP_RAZORPAY')}`,
      ),
    ],
  },
  {
    name: 'hosts',
    testMatch: 'hosts.spec.ts',
    fullyParallel: true,
    timeout: 60_000,
    // `npm pack` installed into the React, Vue, Svelte and static hosts, built and served (scripts/hosts.mjs).
    servers: [server('HOSTS', `node scripts/hosts.mjs ${port('HOSTS')}`, 300_000)],
  },
  // Last in the workers' order: taking the docs pages first made the whole run slower (170 s against 159 s in
  // two fresh-clone CI runs on the same machine).
  // The docs pages render their stories inline in one preview; only the stories marked `ownFrame` boot a preview
  // of their own (stories/support.ts). It runs axe over every story too: npm test's accessibility check.
  { name: 'docs', testMatch: 'docs.spec.ts', fullyParallel: true, timeout: 180_000, servers: [storybookServer()] },
];
// Each story alone in its own iframe, with axe: the docs project already runs axe over every story, so this
// second pass over the same ~160 stories (~2 min on 2 cores) runs only when named (`npm run test:a11y`).
if (named.includes('a11y')) {
  projects.push({ name: 'a11y', testMatch: 'a11y.spec.ts', fullyParallel: true, timeout: 90_000, servers: [storybookServer()] });
}
if (named.includes('screenshots')) {
  projects.push({ name: 'screenshots', testMatch: 'screenshots.spec.ts', fullyParallel: true, timeout: 90_000, servers: process.env.SCREENSHOT_URL ? [] : [storybookServer()] });
}
if (named.includes('bench')) {
  projects.push({
    name: 'bench',
    testMatch: 'bench.spec.ts',
    timeout: 600_000,
    servers: [
      server(
        'BENCH',
        `npx vite build bench --outDir ${BENCH_OUT} --emptyOutDir --target es2022 --logLevel warn && npx vite preview bench --outDir ${BENCH_OUT} --port ${port('BENCH')} --strictPort --host 127.0.0.1`,
      ),
    ],
  });
}

/** The built Storybook, served as static files (no CSP: Storybook's own runtime is not under test). */
function storybookServer(): WebServer {
  const build = reuse('storybook-static/index.json') ? '' : 'npm run --silent build-storybook && ';
  return server('STORYBOOK', `${build}npx vite preview --outDir storybook-static --port ${port('STORYBOOK')} --strictPort --host 127.0.0.1`, 300_000);
}

const active = projects.filter((p) => selected(p.name ?? ''));
const webServer = [...new Map(active.flatMap((p) => p.servers).map((s) => [s.url!, s])).values()];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: '.tmp/playwright',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Three workers on two cores: a story or docs page spends most of its time waiting (its requests, the
  // settled checks), so a third worker took the run from 4.3 to 3.4 min on a quiet machine; a fourth gained nothing.
  workers: 3,
  reporter: [['list'], ['./test/e2e/summary-reporter.ts']],
  use: {
    browserName: 'chromium',
    launchOptions,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
  },
  projects: projects.map(({ servers: _servers, ...project }) => project),
  webServer,
});
