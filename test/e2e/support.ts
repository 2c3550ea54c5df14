/** Helpers for the Playwright projects (playwright.config.ts): server URLs, shadow-DOM text, the wizard's purchase steps. */
import { test, type Locator, type Page } from '@playwright/test';

export const TIMEOUT = 15_000;

/** The URL of one of the web servers playwright.config.ts started (its port comes through the env). */
export function serverUrl(name: 'CSP' | 'CSP_RAZORPAY' | 'HOSTS' | 'STORYBOOK' | 'BENCH'): string {
  const port = process.env[`E2E_PORT_${name}`];
  if (!port) throw new Error(`E2E_PORT_${name} is not set: run through playwright.config.ts`);
  return `http://127.0.0.1:${port}`;
}

/** The text an element renders, its shadow root and slotted children included (no <style>/<script>), whitespace collapsed. */
export const shadowText = (locator: Locator): Promise<string> =>
  locator.evaluate((el) => {
    const walk = (node: Node): string => {
      let text = '';
      for (const child of [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes]) {
        text += child.nodeType === 3 ? child.textContent : child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.nodeName) ? walk(child) : '';
      }
      return text;
    };
    return walk(el).replace(/\s+/g, ' ');
  });

/** Waits until the element's text (shadow roots included) matches `pattern`. */
export async function waitForShadowText(locator: Locator, pattern: RegExp, timeout = TIMEOUT): Promise<string> {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = await shadowText(locator);
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${pattern} did not appear; text: ${last.slice(0, process.env.CSP_DEBUG ? 5000 : 200)}…`);
}

/** Buys 1,000 credits through the wizard: Add Credits, 1000, the confirmed price, refund terms, Pay. */
export async function buyThroughWizard(wizard: Locator, payWith = 'Razorpay'): Promise<void> {
  await wizard.getByRole('radio', { name: /Add Credits/ }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.locator('#credits').fill('1000');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByText('Price confirmed').waitFor({ timeout: TIMEOUT });
  await wizard.getByRole('button', { name: 'Continue to payment' }).click();
  await wizard.locator('#refund').check();
  await wizard.getByRole('button', { name: `Pay with ${payWith}` }).click();
}

/** Collects the page's uncaught errors (`pageerror`). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The checks of the running test that failed (see check()). */
export const failedChecks = (): string[] => test.info().annotations.filter((a) => a.type === 'check-failed').map((a) => a.description ?? '');

/**
 * One check of a scenario: a `test.step` whose failure is recorded (soft) and does not stop the
 * checks after it, as each builds on the page the previous ones left. The summary reporter counts them.
 */
export async function check(label: string, fn: () => Promise<void>): Promise<void> {
  test.info().annotations.push({ type: 'check', description: label });
  await test.step(label, fn).catch((error: unknown) => {
    test.info().annotations.push({ type: 'check-failed', description: `${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}` });
  });
}
