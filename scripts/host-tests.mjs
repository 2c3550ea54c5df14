// Browser tests of the React 19 and Vue 3 host demos (demo/react, demo/vue):
// each host serves its Vite app, and Chromium (Debian's, through playwright-core)
// buys 1,000 credits on the simulated backend and sees the balance change.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const hosts = ['react', 'vue'];
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let passed = 0;
let failed = 0;

async function buyCredits(host, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${url}/credits`);
    const balance = page.locator('credits-balance');
    await balance.getByText('12,500').first().waitFor({ timeout: 15_000 });
    // The balance asks to navigate; the host's router takes it there.
    await balance.getByRole('button', { name: 'Purchase Credits' }).click();
    await page.waitForURL('**/credits/purchase');
    const wizard = page.locator('purchase-wizard');
    await wizard.getByRole('radio', { name: /Add Credits/ }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.locator('#credits').fill('1000');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByText('Price confirmed').waitFor();
    await wizard.getByRole('button', { name: 'Continue to payment' }).click();
    await wizard.locator('#refund').check();
    await wizard.getByRole('button', { name: 'Pay with Razorpay' }).click();
    // credits-purchase-complete → the host shows a notice and routes back to /credits.
    await page.getByRole('status').filter({ hasText: /Payment pay_\w+ completed/ }).waitFor({ timeout: 15_000 });
    await page.waitForURL('**/credits');
    await page.locator('credits-balance').getByText('13,500').first().waitFor({ timeout: 15_000 });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    passed++;
    console.log(`✓ ${host}: bought 1,000 credits through the wizard; the balance went from 12,500 to 13,500`);
  } catch (error) {
    failed++;
    await page.screenshot({ path: `.tmp/host-${host}-failure.png`, fullPage: true }).catch(() => {});
    console.error(`✗ ${host}: ${error instanceof Error ? error.message.split('\n')[0] : error} (screenshot: .tmp/host-${host}-failure.png)`);
  } finally {
    await page.close();
  }
}

for (const host of hosts) {
  const server = await createServer({ configFile: `demo/${host}/vite.config.ts`, server: { port: 0, strictPort: false }, logLevel: 'error' });
  await server.listen();
  const address = server.httpServer.address();
  await buyCredits(host, `http://127.0.0.1:${address.port}`);
  await server.close();
}
await browser.close();
console.log(`hosts: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
