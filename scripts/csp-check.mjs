// Strict CSP + Trusted Types: builds the demo (dist-demo/), serves it with
// scripts/csp-server.mjs under the policy README.md documents, and drives
// every element in Chromium (Debian's, through playwright-core). Any
// `securitypolicyviolation` event, CSP or Trusted Types console error, or
// uncaught page error fails the run; so does an element that did not render
// its data.
//
//   node scripts/csp-check.mjs [--no-build]
//
// Figures go to .tmp/verify/csp.json for `npm run verify`.
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CSP, RAZORPAY_CSP, serveWithCsp } from './csp-server.mjs';

const started = Date.now();
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (!process.argv.includes('--no-build') || !existsSync('dist-demo/index.html')) {
  await build({ configFile: 'vite.demo.config.ts', logLevel: 'error' });
}

const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const violations = []; // { page, text }
const pageErrors = [];
let checks = 0;
let failed = 0;
const TIMEOUT = 15_000;

/** Records violations in the page (shadow roots included: the event is composed). */
function recordViolations() {
  const list = (window.__cspViolations = []);
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const target = e.composedPath()[0];
      const where = target && target.nodeName ? `<${target.nodeName.toLowerCase()}${target.className ? ` class="${target.className}"` : ''}>` : '';
      const host = target?.getRootNode?.()?.host?.localName;
      list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${where}${host ? ` in <${host}>` : ''} ${e.sourceFile ? `(${e.sourceFile}:${e.lineNumber})` : ''} ${e.sample ?? ''}`.trim());
    },
    true,
  );
}

async function openPage(context, url, name) {
  const page = await context.newPage();
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && /Content Security Policy|Trusted ?Type|TrustedScript|TrustedHTML|require-trusted-types/i.test(text)) violations.push({ page: name, text: `console: ${text}` });
  });
  page.on('pageerror', (e) => pageErrors.push(`${name}: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function collect(page, name) {
  const list = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
  for (const text of list) violations.push({ page: name, text });
}

async function check(label, fn) {
  checks++;
  try {
    await fn();
    console.log(`  ✓ ${label}`);
  } catch (error) {
    failed++;
    console.error(`  ✗ ${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}

const shadowText = (locator) => locator.evaluate((el) => {
  const walk = (node) => {
    let text = '';
    for (const child of [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes]) {
      text += child.nodeType === 3 ? child.textContent : child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.nodeName) ? walk(child) : '';
    }
    return text;
  };
  return walk(el).replace(/\s+/g, ' ');
});

async function waitForShadowText(locator, pattern, timeout = TIMEOUT) {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = await shadowText(locator);
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${pattern} did not appear; text: ${last.slice(0, process.env.CSP_DEBUG ? 5000 : 200)}…`);
}

/** Buys 1,000 credits through the wizard (steps as the React/Vue host tests take them). */
async function buyThroughWizard(wizard, payWith = 'Razorpay') {
  await wizard.getByRole('radio', { name: /Add Credits/ }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.locator('#credits').fill('1000');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByText('Price confirmed').waitFor({ timeout: TIMEOUT });
  await wizard.getByRole('button', { name: 'Continue to payment' }).click();
  await wizard.locator('#refund').check();
  await wizard.getByRole('button', { name: `Pay with ${payWith}` }).click();
}

async function singleElementsPage(context, base) {
  const name = 'index.html';
  console.log(`${name} (single elements)`);
  const page = await openPage(context, `${base}/index.html`, name);
  const balance = page.locator('credits-balance');
  const wizard = page.locator('purchase-wizard');
  const payments = page.locator('payments-list');
  const billing = page.locator('payments-list ~ billing-details-form, section billing-details-form').first();

  await check('every element renders its data', async () => {
    await waitForShadowText(balance, /12,500/);
    await waitForShadowText(page.locator('monthly-usage'), /credits used/i);
    await page.locator('usage-table').first().locator('.tbody [role="row"]').first().waitFor({ timeout: TIMEOUT });
    await page.locator('usage-table').nth(1).locator('.tbody [role="row"]').first().waitFor({ timeout: TIMEOUT });
    await payments.locator('tr[data-payment]').first().waitFor({ timeout: TIMEOUT });
    await waitForShadowText(page.locator('subscription-card'), /Pro/);
    await billing.locator('input[name="business_name"], #business_name').first().waitFor({ timeout: TIMEOUT });
    await waitForShadowText(wizard, /Add Credits/);
  });
  await check('cost per credit: Show reveals it', async () => {
    const toggle = balance.getByRole('button', { name: /Show cost per credit/ });
    await toggle.click();
    await balance.getByRole('button', { name: /Hide cost per credit/ }).waitFor({ timeout: TIMEOUT });
    await waitForShadowText(balance, /₹\s?\d/);
  });
  await check("payments: a payment's Details sheet opens and closes (Close, then Escape)", async () => {
    const sheet = payments.locator('dialog.sheet');
    await payments.getByRole('button', { name: 'Details' }).first().click();
    await sheet.getByText('Gateway reference').waitFor({ timeout: TIMEOUT });
    await sheet.getByRole('button', { name: 'Close' }).click();
    await sheet.waitFor({ state: 'hidden', timeout: TIMEOUT });
    await payments.getByRole('button', { name: 'Details' }).first().click();
    await sheet.getByText('Gateway reference').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden', timeout: TIMEOUT });
  });
  await check('payments: Recheck a pending payment', async () => {
    await payments.getByRole('button', { name: 'Recheck' }).first().click();
    await waitForShadowText(payments, /still pending|completed|confirmed|is pending|Recheck/i);
    await page.waitForTimeout(600);
  });
  await check('payments: download an invoice PDF (blob: URL and a download link)', async () => {
    const download = page.waitForEvent('download', { timeout: TIMEOUT });
    await payments.getByRole('button', { name: 'Invoice' }).first().click();
    const file = await download;
    if (!/\.pdf$/.test(file.suggestedFilename())) throw new Error(`downloaded ${file.suggestedFilename()}`);
    await waitForShadowText(payments, /Downloaded .+\.pdf/);
  });
  await check('usage table: Export CSV', async () => {
    const download = page.waitForEvent('download', { timeout: TIMEOUT });
    await page.locator('usage-table').first().getByRole('button', { name: /Export CSV/ }).click();
    const file = await download;
    if (!/\.csv$/.test(file.suggestedFilename())) throw new Error(`downloaded ${file.suggestedFilename()}`);
  });
  await check('purchase wizard: 1,000 credits with the simulated gateway; the balance follows', async () => {
    await buyThroughWizard(wizard);
    await waitForShadowText(wizard, /Payment complete/);
    await waitForShadowText(balance, /13,500/);
  });
  await check('billing details: edit and save', async () => {
    const input = billing.locator('input[name="business_name"], #business_name').first();
    await input.fill('Mumbai Marathon Photographers LLP');
    await billing.getByRole('button', { name: 'Save billing details' }).click();
    await waitForShadowText(billing, /Billing details saved/);
  });
  await check('themes: dark and partner', async () => {
    await page.locator('#theme').selectOption('dark');
    await page.waitForTimeout(200);
    await page.locator('#theme').selectOption('partner');
    await page.waitForTimeout(200);
    await page.locator('#theme').selectOption('light');
  });
  await check('staff viewer: the grant dialog opens and closes', async () => {
    await page.locator('#staff').check();
    const add = balance.getByRole('button', { name: 'Add Credits' });
    await add.waitFor({ timeout: TIMEOUT });
    await add.click();
    await balance.locator('dialog[open]').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await balance.locator('dialog[open]').waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => balance.locator('dialog[open]').waitFor({ state: 'hidden', timeout: TIMEOUT }));
  });
  await check('organisation switch: org_trial_us (USD) renders its own data', async () => {
    await page.locator('#org').selectOption('org_trial_us');
    await waitForShadowText(payments, /\$\d/);
    await waitForShadowText(page.locator('subscription-card'), /trial/i);
  });
  await check('locale switch: Hindi text in every element', async () => {
    await page.locator('#locale').selectOption('hi-IN');
    for (const tag of ['credits-balance', 'monthly-usage', 'payments-list', 'purchase-wizard', 'subscription-card', 'billing-details-form']) {
      await waitForShadowText(page.locator(tag).first(), /[\u0900-\u097F]/);
    }
  });
  await page.waitForTimeout(500);
  await collect(page, name);
  await page.close();
}

async function wholeAreaPage(context, base) {
  const name = 'area.html';
  console.log(`${name} (whole area)`);
  const page = await openPage(context, `${base}/area.html`, name);
  const area = page.locator('credits-area');
  await check('the area renders the Credits tab with its data', async () => {
    await waitForShadowText(area.locator('credits-balance'), /12,500/);
    await area.locator('usage-table').first().locator('.tbody [role="row"]').first().waitFor({ timeout: TIMEOUT });
  });
  await check('tabs: Billing & Transactions, Subscription, back to Credits', async () => {
    await area.getByRole('tab', { name: 'Billing & Transactions' }).click();
    await area.locator('payments-list tr[data-payment]').first().waitFor({ timeout: TIMEOUT });
    await area.locator('billing-details-form').first().waitFor({ timeout: TIMEOUT });
    await area.getByRole('tab', { name: 'Subscription' }).click();
    await waitForShadowText(area.locator('subscription-card'), /Pro/);
    await area.getByRole('tab', { name: 'Credits' }).click();
    await waitForShadowText(area.locator('credits-balance'), /12,500/);
  });
  await check("a payment's Details sheet in the area", async () => {
    await area.getByRole('tab', { name: 'Billing & Transactions' }).click();
    const list = area.locator('payments-list');
    await list.getByRole('button', { name: 'Details' }).first().click();
    await list.locator('dialog.sheet').getByText('Gateway reference').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    await list.locator('dialog.sheet').waitFor({ state: 'hidden', timeout: TIMEOUT });
  });
  await check('purchase view: buy credits from the area, then back to Credits', async () => {
    await area.getByRole('tab', { name: 'Credits' }).click();
    await area.locator('credits-balance').getByRole('button', { name: 'Purchase Credits' }).click();
    const wizard = area.locator('purchase-wizard');
    await waitForShadowText(wizard, /Add Credits/);
    await buyThroughWizard(wizard);
    await waitForShadowText(wizard, /Payment complete/);
    await wizard.getByRole('button', { name: 'Go to Credits' }).click();
    await waitForShadowText(area.locator('credits-balance'), /13,500/);
  });
  await check('organisation and Hindi', async () => {
    await page.locator('#org').selectOption('org_enterprise');
    await page.locator('#locale').selectOption('hi-IN');
    await waitForShadowText(area.locator('credits-balance'), /[\u0900-\u097F]/);
    await waitForShadowText(area, /[\u0900-\u097F]/);
  });
  await page.waitForTimeout(500);
  await collect(page, name);
  await page.close();
}

/**
 * The built-in Razorpay adapter under the policy for hosts that take Razorpay
 * (checkout.razorpay.com allowed): it loads checkout.js through its Trusted
 * Types policy. Razorpay's script is replaced by a stand-in that "pays".
 */
async function razorpayAdapter(context, base) {
  const name = 'index.html + Razorpay adapter';
  console.log(`${name}\n  Content-Security-Policy: ${RAZORPAY_CSP}`);
  await context.route('https://checkout.razorpay.com/v1/checkout.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
      body: `window.Razorpay = class { constructor(o) { this.o = o; } on() {} close() {} open() { setTimeout(() => this.o.handler({ razorpay_payment_id: 'pay_stand_in', razorpay_order_id: this.o.order_id, razorpay_signature: 'stand-in' }), 50); } };`,
    }),
  );
  const page = await openPage(context, `${base}/index.html`, name);
  await check('the real Razorpay adapter loads checkout.js through the credits-elements-razorpay policy', async () => {
    const wizard = page.locator('purchase-wizard');
    await waitForShadowText(page.locator('credits-balance'), /12,500/);
    await page.evaluate(() => (document.querySelector('#provider').gateways = []));
    await waitForShadowText(wizard, /Add Credits/);
    await buyThroughWizard(wizard);
    await waitForShadowText(wizard, /Payment complete|Payment not confirmed yet/);
    const loaded = await page.evaluate(() => typeof window.Razorpay === 'function' && !!document.querySelector('script[src="https://checkout.razorpay.com/v1/checkout.js"]'));
    if (!loaded) throw new Error('checkout.js was not loaded');
  });
  await page.waitForTimeout(300);
  await collect(page, name);
  await page.close();
}

const strict = await serveWithCsp({ root: 'dist-demo' });
const withRazorpay = await serveWithCsp({ root: 'dist-demo', csp: RAZORPAY_CSP });
console.log(`Content-Security-Policy: ${CSP}\n`);
try {
  for (const [run, server] of [
    [singleElementsPage, strict],
    [wholeAreaPage, strict],
    [razorpayAdapter, withRazorpay],
  ]) {
    if (only && !run.name.toLowerCase().includes(only.toLowerCase())) continue;
    // A fresh context per page: its own service worker registration and storage.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordViolations);
    try {
      await run(context, server.url);
    } catch (error) {
      checks++;
      failed++;
      console.error(`  ✗ ${run.name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await strict.close();
  await withRazorpay.close();
}

for (const v of violations) console.error(`  ✗ CSP violation on ${v.page}: ${v.text}`);
for (const e of pageErrors) console.error(`  ✗ page error on ${e}`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
// One JSON object a line, as scripts/verify.mjs reads them.
const rows = [
  { figure: 'scenario checks run', value: checks, expected: null },
  { figure: 'scenario checks failed', value: failed, expected: 0 },
  { figure: 'CSP violations (securitypolicyviolation + console)', value: violations.length, expected: 0 },
  { figure: 'page errors under the strict CSP', value: pageErrors.length, expected: 0 },
];
mkdirSync('.tmp/verify', { recursive: true });
writeFileSync('.tmp/verify/csp.json', rows.map((r) => JSON.stringify({ suite: 'csp', ...r })).join('\n') + '\n');
const ok = failed === 0 && violations.length === 0 && pageErrors.length === 0;
console.log(`\ncsp: ${checks - failed}/${checks} checks passed, ${violations.length} violations, ${pageErrors.length} page errors (${seconds}s)`);
process.exit(ok ? 0 : 1);
