/**
 * The React 19 and Vue 3 host demos (demo/react, demo/vue), each on its Vite dev server
 * (playwright.config.ts, project hosts): Chromium buys 1,000 credits on the simulated backend
 * through the host's router and sees the balance go from 12,500 to 13,500.
 */
import { expect, test } from '@playwright/test';
import { buyThroughWizard, pageErrors, serverUrl } from './support.js';

for (const host of ['react', 'vue'] as const) {
  test(`${host}: bought 1,000 credits through the wizard; the balance went from 12,500 to 13,500`, async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto(`${serverUrl(host === 'react' ? 'REACT' : 'VUE')}/credits`);
    const balance = page.locator('credits-balance');
    await balance.getByText('12,500').first().waitFor({ timeout: 15_000 });
    // The balance asks to navigate; the host's router takes it there.
    await balance.getByRole('button', { name: 'Purchase Credits' }).click();
    await page.waitForURL('**/credits/purchase');
    await buyThroughWizard(page.locator('purchase-wizard'));
    // credits-purchase-complete → the host shows a notice and routes back to /credits.
    await page.getByRole('status').filter({ hasText: /Payment pay_\w+ completed/ }).waitFor({ timeout: 15_000 });
    await page.waitForURL('**/credits');
    await page.locator('credits-balance').getByText('13,500').first().waitFor({ timeout: 15_000 });
    expect(errors, 'page errors').toEqual([]);
  });
}
