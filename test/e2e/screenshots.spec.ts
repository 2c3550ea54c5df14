/**
 * `npm run screenshots`: every story of the built Storybook at 390 and 1280 px, full page, to
 * .tmp/screenshots/<story id>-<width>.png for review (issue #17); console errors and warnings print
 * beside each. STORY_FILTER=<text in story id> narrows the run. SCREENSHOT_URL=<url> shoots that page
 * instead (.tmp/screenshots/page-<width>.png), with no Storybook build.
 */
import { test as base, type Page, type Request } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { apiRequestsInFlight, openStory, stories } from './stories.js';
import { serverUrl } from './support.js';

const WIDTHS = [390, 1280];
const DIR = '.tmp/screenshots';
mkdirSync(DIR, { recursive: true });

/** One page per worker, reused story after story; it prints the page's console errors and warnings. */
const test = base.extend<object, { shots: { page: Page; inflight: Set<Request> } }>({
  shots: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
      await use({ page, inflight: apiRequestsInFlight(page) });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

async function shoot(page: Page, name: string, width: number) {
  const path = `${DIR}/${name}-${width}.png`;
  await page.screenshot({ path, fullPage: true });
  test.info().annotations.push({ type: 'screenshot', description: path });
}

const url = process.env.SCREENSHOT_URL;
if (url) {
  test(`${url} at ${WIDTHS.join(' and ')} px`, async ({ shots: { page } }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500);
      await shoot(page, 'page', width);
    }
  });
} else {
  for (const story of stories()) {
    test(story.title, async ({ shots: { page, inflight } }) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        inflight.clear();
        await openStory(page, serverUrl('STORYBOOK'), story.id, inflight, story.tags);
        await shoot(page, story.id, width);
      }
    });
  }
}
