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
import { readFileSync } from 'node:fs';
import { AXE_TAGS } from './a11y-tags.js';
import { apiRequestsInFlight, openStory, stories } from './stories.js';
import { serverUrl } from './support.js';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
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
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const root = document.querySelector('#storybook-root') ?? document.body;
      const axe = (window as unknown as { axe: { run: (root: Element, options: object) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
      const r = await axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' , '), summary: n.failureSummary?.split('\n').slice(0, 3).join(' ') })),
      }));
    }, AXE_TAGS);
    for (const v of violations) test.info().annotations.push({ type: 'axe-violations', description: JSON.stringify({ id: v.id, nodes: v.nodes.length }) });
    const report = violations.map((v) => `${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `  ${n.target}${n.summary ? `\n    ${n.summary}` : ''}`).join('\n')}`);
    expect.soft(report, 'axe violations').toEqual([]);
    expect(['finished', 'aborted'], `the story rendered (phase: ${phase})`).toContain(phase);
  });
}
