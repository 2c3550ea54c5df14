/**
 * Strict CSP + Trusted Types (`npm run test:csp`): the built demo (dist-demo/), served by
 * scripts/csp-server.mjs under the policy README.md documents, every element driven in Chromium.
 * Each page must come with that exact Content-Security-Policy header; any `securitypolicyviolation`
 * event, CSP or Trusted Types console error, or uncaught page error fails the run, and so does an
 * element that did not render its data. Each scenario gets a fresh context (its own service worker
 * registration and storage). test/e2e/summary-reporter.ts prints the `csp:` line and writes
 * .tmp/verify/csp.json for `npm run verify`.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CSP, RAZORPAY_CSP } from '../../scripts/csp-server.mjs';
import { buyThroughWizard, check, failedChecks, serverUrl, TIMEOUT, waitForShadowText } from './support.js';

/** Records violations in the page (shadow roots included: the event is composed). */
function recordViolations() {
  const list: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = []);
  document.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const target = e.composedPath()[0] as Element | undefined;
      const where = target && target.nodeName ? `<${target.nodeName.toLowerCase()}${target.className ? ` class="${target.className}"` : ''}>` : '';
      const host = (target?.getRootNode?.() as ShadowRoot | undefined)?.host?.localName;
      list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${where}${host ? ` in <${host}>` : ''} ${e.sourceFile ? `(${e.sourceFile}:${e.lineNumber})` : ''} ${e.sample ?? ''}`.trim());
    },
    true,
  );
}

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

/** Opens `url` in a fresh page that reports violations and errors; its response must carry `policy`. */
async function openPage(context: BrowserContext, url: string, policy: string): Promise<Watched> {
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const watched: Watched = { page, violations: [], errors: [] };
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && /Content Security Policy|Trusted ?Type|TrustedScript|TrustedHTML|require-trusted-types/i.test(text)) watched.violations.push(`console: ${text}`);
  });
  page.on('pageerror', (e) => watched.errors.push(e.message));
  console.log(`${url}\n  Content-Security-Policy: ${policy}`);
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy'], 'the Content-Security-Policy header').toBe(policy);
  return watched;
}

/** The end of every scenario: the violations and page errors it saw (annotated for the reporter), then its failed checks. */
async function finish({ page, violations, errors }: Watched, wait = 500) {
  await page.waitForTimeout(wait);
  violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])));
  for (const text of violations) test.info().annotations.push({ type: 'csp-violation', description: text });
  for (const text of errors) test.info().annotations.push({ type: 'page-error', description: text });
  expect.soft(violations, 'CSP violations').toEqual([]);
  expect.soft(errors, 'page errors').toEqual([]);
  expect(failedChecks(), 'failed checks').toEqual([]);
}

test('index.html (single elements)', async ({ context }) => {
  const watched = await openPage(context, `${serverUrl('CSP')}/index.html`, CSP);
  const { page } = watched;
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
    await balance.getByRole('button', { name: /Show cost per credit/ }).click();
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
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await waitForShadowText(payments, /Downloaded .+\.pdf/);
  });
  await check('usage table: Export CSV', async () => {
    const download = page.waitForEvent('download', { timeout: TIMEOUT });
    await page.locator('usage-table').first().getByRole('button', { name: /Export CSV/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
  await check('purchase wizard: 1,000 credits with the simulated gateway; the balance follows', async () => {
    await buyThroughWizard(wizard);
    await waitForShadowText(wizard, /Payment complete/);
    await waitForShadowText(balance, /13,500/);
  });
  await check('billing details: edit and save', async () => {
    await billing.locator('input[name="business_name"], #business_name').first().fill('Mumbai Marathon Photographers LLP');
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
    await balance
      .locator('dialog[open]')
      .waitFor({ state: 'detached', timeout: TIMEOUT })
      .catch(() => balance.locator('dialog[open]').waitFor({ state: 'hidden', timeout: TIMEOUT }));
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
  await finish(watched);
});

test('area.html (whole area)', async ({ context }) => {
  const watched = await openPage(context, `${serverUrl('CSP')}/area.html`, CSP);
  const { page } = watched;
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
  await check('live balance (credits/stream over fetch): Start processing, and the balance falls from 13,500 as the stream reports usage', async () => {
    await page.locator('#processing').click();
    await waitForShadowText(area.locator('credits-balance'), /\b13,[0-4]\d\d\b/);
    await page.locator('#processing').click();
  });
  await check('organisation and Hindi', async () => {
    await page.locator('#org').selectOption('org_enterprise');
    await page.locator('#locale').selectOption('hi-IN');
    await waitForShadowText(area.locator('credits-balance'), /[\u0900-\u097F]/);
    await waitForShadowText(area, /[\u0900-\u097F]/);
  });
  await finish(watched);
});

/**
 * The built-in Razorpay adapter under the policy for hosts that take Razorpay (checkout.razorpay.com
 * allowed): it loads checkout.js through its Trusted Types policy. Razorpay's script is replaced by a
 * stand-in that "pays".
 */
test('index.html + Razorpay adapter', async ({ context }) => {
  await context.route('https://checkout.razorpay.com/v1/checkout.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: { 'access-control-allow-origin': '*' },
      body: `window.Razorpay = class { constructor(o) { this.o = o; } on() {} close() {} open() { setTimeout(() => this.o.handler({ razorpay_payment_id: 'pay_stand_in', razorpay_order_id: this.o.order_id, razorpay_signature: 'stand-in' }), 50); } };`,
    }),
  );
  const watched = await openPage(context, `${serverUrl('CSP_RAZORPAY')}/index.html`, RAZORPAY_CSP);
  const { page } = watched;
  await check('the real Razorpay adapter loads checkout.js through the credits-elements-razorpay policy', async () => {
    const wizard = page.locator('purchase-wizard');
    await waitForShadowText(page.locator('credits-balance'), /12,500/);
    await page.evaluate(() => ((document.querySelector('#provider') as unknown as { gateways: unknown[] }).gateways = []));
    await waitForShadowText(wizard, /Add Credits/);
    await buyThroughWizard(wizard);
    await waitForShadowText(wizard, /Payment complete|Payment not confirmed yet/);
    const loaded = await page.evaluate(() => typeof (window as unknown as { Razorpay?: unknown }).Razorpay === 'function' && !!document.querySelector('script[src="https://checkout.razorpay.com/v1/checkout.js"]'));
    expect(loaded, 'checkout.js was loaded').toBe(true);
  });
  await finish(watched, 300);
});

test('the CDN bundle: every lazily loaded element chunk loads and draws under the strict CSP + Trusted Types', async ({ page }) => {
  const { serveWithCsp } = await import('../../scripts/csp-server.mjs');
  const served = await serveWithCsp({ root: '.', port: 0 });
  try {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Trusted ?Type|TrustedScript|TrustedHTML|require-trusted-types/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/dist\/cdn\/.+\.js$/.test(r.url())) chunks.push(r.url());
    });
    const response = await page.goto(`${served.url}/test/e2e/cdn-csp/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    await page.waitForFunction(() => (window as unknown as { __cdnResult?: unknown }).__cdnResult, null, { timeout: TIMEOUT });
    const result = await page.evaluate(() => (window as unknown as { __cdnResult: { tags: string[]; drawn: string[]; wizardClass: string } }).__cdnResult);
    expect(result.drawn).toEqual(result.tags);
    expect(result.wizardClass).toBe('function');
    expect(chunks.length, 'element chunks loaded beside the entry').toBeGreaterThan(result.tags.length);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await served.close();
  }
});
