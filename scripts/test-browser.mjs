// `npm run test:browser`: the browser tests in two web-test-runner processes side by side, each with
// its own Chromium and half the test files (WTR_SHARD in web-test-runner.config.mjs). One browser
// with two pages would put one page in the background, where requestAnimationFrame pauses and focus
// is lost; two browsers keep both in the foreground. The two runs take about half the time of one on
// a 2-core machine, since a run spends much of its time waiting (simulated latency, timers).
// Arguments go to both runs; `npx wtr` alone still runs everything in one process.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

const count = 2;
// The figures `npm run verify` prints: emptied once here, since the shards share the directory.
rmSync('.tmp/verify', { recursive: true, force: true });

/** A port the OS says is free. Each run gets its own: two runs started together would both pick 8000. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const ports = [];
for (let i = 0; i < count; i++) {
  let port = await freePort();
  while (ports.includes(port)) port = await freePort();
  ports.push(port);
}

const run = (index) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--port', String(ports[index - 1]), ...process.argv.slice(2)], {
      env: { ...process.env, WTR_SHARD: `${index}/${count}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        console.log(`[shard ${index}] ${line}`);
        if (/^(browser \(shard|failed: )/.test(line)) summary.push(line);
      });
    }
    child.on('close', (code) => resolve(code ?? 1));
  });

/** Each shard's count line and failed tests, printed again together at the very end of the log. */
const summary = [];
const codes = await Promise.all(Array.from({ length: count }, (_, i) => run(i + 1)));
console.log(summary.sort().join('\n'));
process.exit(Math.max(...codes));
