/**
 * The packed package in its hosts (playwright.config.ts, project hosts; scripts/hosts.mjs builds them):
 * `npm pack` installed into React 19, Vue 3 and Svelte 5 apps whose code is the README's, and into the
 * README's static pages that load the CDN build (and the simulator module) from their CDN URL, which is
 * answered here from the installed tarball. In Chromium each buys 1,000 credits in the sandbox and
 * sees the balance go from 12,500 to 13,500; no request leaves the page's origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buyThroughWizard, pageErrors, serverUrl, TIMEOUT } from './support.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const CDN = 'https://cdn.jsdelivr.net/npm/';

/** Serves the README's CDN URLs from the installed tarball; records every request that leaves the host's origin. */
async function hostPage(page: Page): Promise<{ foreign: string[]; cdn: string[] }> {
  const origin = serverUrl('HOSTS');
  const seen = { foreign: [] as string[], cdn: [] as string[] };
  await page.route(`${CDN}**`, async (route) => {
    const url = route.request().url();
    seen.cdn.push(url);
    // Only this package at this version: the README's URL must name the packed version.
    if (!url.startsWith(`${CDN}${pkg.name}@${pkg.version}/`)) return route.abort();
    await route.fulfill({ response: await page.request.fetch(`${origin}/npm/${url.slice(CDN.length)}`) });
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith(CDN) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreign.push(url);
  });
  return seen;
}

for (const host of ['react', 'vue', 'svelte', 'static', 'simulator'] as const) {
  test(`${host}: the packed package bought 1,000 credits in the sandbox; the balance went from 12,500 to 13,500`, async ({ page }) => {
    const errors = pageErrors(page);
    const seen = await hostPage(page);
    await page.goto(`${serverUrl('HOSTS')}/${host}/`);
    const balance = page.locator('credits-balance');
    // A module that cannot load (a bare import in a CDN file) fails here with its message, not as a timeout.
    // The first load gets twice the usual time: the CDN pages load their element chunks and the sandbox on demand.
    await Promise.race([balance.getByText('12,500').first().waitFor({ timeout: 2 * TIMEOUT }), page.waitForEvent('pageerror', { timeout: 0 }).then((e) => Promise.reject(e))]);
    // The sandbox is marked in every element (the simulator page is not a sandbox: the host gave the fetch).
    const markers = balance.getByRole('note', { name: /^Sandbox/ });
    if (host === 'simulator') await expect(markers).toHaveCount(0);
    else await expect(markers.first()).toBeVisible();
    if (host === 'static') {
      // <credits-area sandbox>: the balance's Purchase Credits button opens the area's purchase view.
      await balance.getByRole('button', { name: 'Purchase Credits' }).click();
    }
    await buyThroughWizard(page.locator('purchase-wizard'));
    const notice = host === 'simulator' ? page.locator('purchase-wizard').getByText(/Payment complete|completed/i).first() : page.getByRole('status').filter({ hasText: /Payment pay_\w+ received/ });
    await notice.waitFor({ timeout: TIMEOUT });
    if (host === 'static') {
      await expect(page.getByRole('status').filter({ hasText: 'Payment' })).toContainText('(sandbox: true)');
      await page.locator('credits-area').getByRole('button', { name: 'Back to Credits' }).click();
    }
    await page.locator('credits-balance').getByText('13,500').first().waitFor({ timeout: TIMEOUT });
    expect(errors, 'page errors').toEqual([]);
    expect(seen.foreign, 'requests that left the page').toEqual([]);
    if (host === 'static' || host === 'simulator') expect(seen.cdn.length, 'the CDN build was loaded from its URL').toBeGreaterThan(0);
  });
}
