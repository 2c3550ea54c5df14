/** The stories of the built Storybook (storybook-static/index.json), and how to wait until one has settled. */
import type { Page, Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

export interface Story {
  id: string;
  title: string;
}

/**
 * Every story in storybook-static/index.json (the web server builds it before the tests load;
 * `--list` alone may find none). STORY_FILTER=<text> keeps the stories whose id contains it.
 */
export function stories(): Story[] {
  const file = 'storybook-static/index.json';
  if (!existsSync(file)) return [];
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { type: string; id: string; title: string; name: string }> };
  const filter = process.env.STORY_FILTER;
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)))
    .map((entry) => ({ id: entry.id, title: `${entry.title} › ${entry.name}` }));
}

/** Counts the page's /api/ requests in flight (the simulator's). */
export function apiRequestsInFlight(page: Page): Set<Request> {
  const inflight = new Set<Request>();
  page.on('request', (r) => r.url().includes('/api/') && inflight.add(r));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  return inflight;
}

/**
 * Opens a story's iframe and waits until its render (loaders, render, play, afterEach) is over and
 * the /api requests are answered. Returns Storybook's render phase ('finished', 'errored', 'aborted')
 * or 'timeout'.
 */
export async function openStory(page: Page, origin: string, id: string, inflight: Set<Request>): Promise<string> {
  // A page that already runs the preview switches story in place, as Storybook's own manager does
  // (the `setCurrentStory` event): the previous story is unmounted, the simulator reset by the
  // preview's beforeEach, and the preview's runtime is not loaded again for each of ~160 stories.
  const switched = await page
    .evaluate((storyId) => {
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: object): void } }).__STORYBOOK_ADDONS_CHANNEL__;
      if (!location.pathname.endsWith('/iframe.html') || !channel) return false;
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      return true;
    }, id)
    .catch(() => false);
  if (!switched) await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  const phase = await page
    .waitForFunction(
      (storyId) => {
        const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
        const p = render?.id === storyId ? render.phase : undefined;
        return p && ['finished', 'errored', 'aborted'].includes(p) && p;
      },
      id,
      { timeout: 45_000, polling: 50 },
    )
    .then((h) => h.jsonValue() as Promise<string>)
    .catch(() => 'timeout');
  // The simulator answers after its latency (150–400 ms); a "loading forever" story never does: give up after 3 s.
  const until = Date.now() + 3_000;
  let quietSince = Date.now();
  while (Date.now() < until) {
    if (inflight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 450) break;
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r))));
  return phase;
}
