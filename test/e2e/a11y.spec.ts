/**
 * axe-core over every story of every element (every state and step) at WCAG 2.2 AA
 * (`npm run test:a11y`): each story of the built Storybook (storybook-static/, served by
 * playwright.config.ts, project a11y) opens in its iframe, settles (rendered, play function and
 * afterEach done, the simulator's requests answered), then node_modules/axe-core/axe.min.js runs with
 * the WCAG 2.0/2.1/2.2 A and AA tags over the story root, shadow roots included. A violation, or a
 * story that errors or never finishes rendering, fails that story's test. test/e2e/summary-reporter.ts
 * prints the `a11y:` line and writes .tmp/verify/a11y.json for `npm run verify`.
 * STORY_FILTER=<text in story id> narrows the run.
 */
import { expect, test as base, type Page, type Request } from '@playwright/test';
import { axeViolations, describeViolations } from './axe.js';
import { apiRequestsInFlight, openStory, stories } from './stories.js';
import { serverUrl } from './support.js';

const list = stories();

/** One page per worker, reused story after story (its cache keeps Storybook's runtime loaded). */
const test = base.extend<object, { story: { page: Page; inflight: Set<Request> } }>({
  story: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await use({ page, inflight: apiRequestsInFlight(page) });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('storybook-static/index.json lists stories', { annotation: { type: 'not-a-story' } }, () => {
  expect(list.length, 'stories in storybook-static/index.json').toBeGreaterThan(0);
});

for (const story of list) {
  test(story.title, async ({ story: { page, inflight } }) => {
    inflight.clear();
    const phase = await openStory(page, serverUrl('STORYBOOK'), story.id, inflight, story.tags);
    test.info().annotations.push({ type: 'story-phase', description: phase });
    const found = await axeViolations(page, '#storybook-root');
    const violations = Object.values(found).flat();
    for (const v of violations) test.info().annotations.push({ type: 'axe-violations', description: JSON.stringify({ id: v.id, nodes: v.nodes.length }) });
    const report = describeViolations(violations);
    expect.soft(report, 'axe violations').toEqual([]);
    expect(['finished', 'aborted'], `the story rendered (phase: ${phase})`).toContain(phase);
  });
}
