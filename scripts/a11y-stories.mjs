// axe-core over every story of every element (every state and step) at WCAG 2.2 AA.
// Builds Storybook (storybook-static/) unless --no-build and a build exists,
// opens each story's iframe in Chromium (Debian's, through playwright-core),
// waits for it to settle (rendered, play function and afterEach done, the
// simulator's requests answered), injects node_modules/axe-core/axe.min.js and
// runs it with the WCAG 2.0/2.1/2.2 A and AA tags over the story root, shadow
// roots included. Prints each story's violations and a total; exits 1 on any.
//
//   node scripts/a11y-stories.mjs [--no-build] [--filter=<text in story id>] [--workers=N]
//
// Figures go to .tmp/verify/a11y.json for `npm run verify`.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const started = Date.now();
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const filter = arg('filter');
const workers = Number(arg('workers') ?? 4);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROOT = 'storybook-static';

if (!process.argv.includes('--no-build') || !existsSync(`${ROOT}/index.json`)) {
  const built = spawnSync('npm', ['run', '--silent', 'build-storybook'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error('a11y: the Storybook build failed');
    process.exit(1);
  }
}

const index = JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)))
  .map((entry) => ({ id: entry.id, title: `${entry.title} › ${entry.name}` }));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

// A static server for storybook-static/ (no CSP: Storybook's own runtime is not under test here).
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const base = resolve(ROOT);
const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = normalize(join(base, decodeURIComponent(pathname)));
    if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

/** Waits until the story's render (loaders, render, play, afterEach) is over and the /api requests are answered. */
async function settle(page, inflight) {
  const phase = await page
    .waitForFunction(() => {
      const p = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return ['finished', 'errored', 'aborted'].includes(p) && p;
    }, undefined, { timeout: 20_000, polling: 50 })
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
  // The simulator answers after its latency (150–400 ms); a "loading forever" story never does: give up after 3 s.
  const until = Date.now() + 3_000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    if (inflight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 450) break;
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r))));
  return phase;
}

async function audit(page, story, inflight) {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
  const phase = await settle(page, inflight);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    const root = document.querySelector('#storybook-root') ?? document.body;
    const r = await window.axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' , '), summary: n.failureSummary?.split('\n').slice(0, 3).join(' ') })),
    }));
  }, TAGS);
  return { phase, violations: result };
}

const results = [];
const queue = [...stories];
async function worker() {
  const page = await context.newPage();
  const inflight = new Set();
  page.on('request', (r) => r.url().includes('/api/') && inflight.add(r));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (let story = queue.shift(); story; story = queue.shift()) {
    inflight.clear();
    errors.length = 0;
    let outcome;
    try {
      outcome = await audit(page, story, inflight);
    } catch (error) {
      outcome = { phase: 'crashed', violations: [], error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
    results.push({ ...story, ...outcome, pageErrors: [...errors] });
    const count = outcome.violations.reduce((n, v) => n + v.nodes.length, 0);
    const mark = count || outcome.error ? '✗' : '✓';
    console.log(`${mark} ${story.title}${count ? ` — ${count} violation${count === 1 ? '' : 's'}` : ''}${outcome.phase !== 'finished' ? ` (story ${outcome.phase})` : ''}`);
    for (const v of outcome.violations) {
      console.log(`    ${v.id} [${v.impact}] ${v.help}`);
      for (const n of v.nodes.slice(0, 5)) console.log(`      ${n.target}${n.summary ? `\n        ${n.summary}` : ''}`);
      if (v.nodes.length > 5) console.log(`      … and ${v.nodes.length - 5} more`);
    }
    if (outcome.error) console.log(`    ${outcome.error}`);
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(workers, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

const total = results.reduce((n, r) => n + r.violations.reduce((m, v) => m + v.nodes.length, 0), 0);
const failedStories = results.filter((r) => r.violations.length || r.error);
const crashed = results.filter((r) => r.error || r.phase === 'errored' || r.phase === 'timeout');
const byRule = {};
for (const r of results) for (const v of r.violations) byRule[v.id] = (byRule[v.id] ?? 0) + v.nodes.length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\na11y: ${results.length} stories checked (axe-core ${JSON.parse(readFileSync('node_modules/axe-core/package.json', 'utf8')).version}, ${TAGS.join(', ')}), ${total} violations in ${failedStories.length} stories${Object.keys(byRule).length ? ` (${Object.entries(byRule).map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}${crashed.length ? `, ${crashed.length} stories did not finish rendering` : ''} (${seconds}s)`);
for (const r of crashed) console.log(`  story ${r.phase}: ${r.id}${r.error ? ` — ${r.error}` : ''}`);
mkdirSync('.tmp/verify', { recursive: true });
// One JSON object a line, as scripts/verify.mjs reads them.
writeFileSync(
  '.tmp/verify/a11y.json',
  [
    { figure: 'stories checked with axe (WCAG 2.2 AA)', value: results.length, expected: null },
    { figure: 'axe violations', value: total, expected: 0 },
    { figure: 'stories that did not finish rendering', value: crashed.length, expected: 0 },
  ]
    .map((r) => JSON.stringify({ suite: 'a11y', ...r }))
    .join('\n') + '\n',
);
process.exit(total || crashed.length ? 1 : 0);
