/** The stories of the built Storybook (storybook-static/index.json), and how to wait until one has settled. */
import type { Page, Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

export interface Story {
  id: string;
  title: string;
  tags: string[];
}

/** Every story in storybook-static/index.json. STORY_FILTER=<text> keeps the stories whose id contains it. */
export function stories(): Story[] {
  const filter = process.env.STORY_FILTER;
  return entries()
    .filter((entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)))
    .map((entry) => ({ id: entry.id, title: `${entry.title} › ${entry.name}`, tags: entry.tags }));
}

export interface DocsPage {
  id: string;
  title: string;
  /** The stories the page embeds (autodocs: every story of its title). */
  stories: Story[];
}

/** Every docs page in storybook-static/index.json, the one with the most stories first (it takes longest). STORY_FILTER=<text> keeps the pages whose id contains it. */
export function docsPages(): DocsPage[] {
  const all = entries();
  const filter = process.env.STORY_FILTER;
  return all
    .filter((entry) => entry.type === 'docs' && (!filter || entry.id.includes(filter)))
    .map((docs) => ({
      id: docs.id,
      title: docs.title,
      stories: all.filter((s) => s.type === 'story' && s.title === docs.title && s.tags.includes('autodocs')).map((s) => ({ id: s.id, title: s.name, tags: s.tags })),
    }))
    .sort((a, b) => b.stories.length - a.stories.length);
}

interface Entry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags: string[];
}

/** storybook-static/index.json's entries (the web server builds it before the tests load; `--list` alone may find none). */
function entries(): Entry[] {
  const file = 'storybook-static/index.json';
  if (!existsSync(file)) return [];
  return Object.values((JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, Entry> }).entries);
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
export async function openStory(page: Page, origin: string, id: string, inflight: Set<Request>, tags: string[] = []): Promise<string> {
  // A page that already runs the preview switches story in place, as Storybook's own manager does
  // (the `setCurrentStory` event): the previous story is unmounted, the next one gets a new
  // simulator from the preview's loader, and the preview's runtime is not loaded again for each of ~160 stories.
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
  // The simulator answers after its latency (150–400 ms); a "loading forever" story never does: give up after 3 s,
  // or do not wait at all for a story tagged `loading-state` (its requests never answer, on purpose).
  // The story's in-process simulator counts its requests in flight (stories/support.ts): watched in the page,
  // without a round trip per look; then requests on the network (none today), with what is left of the 3 s.
  // An element still busy (aria-busy="true") counts as activity too: a failing GET waits 300 then 600 ms
  // between its retries, with no request in flight, and its error shows only after the last one (an
  // "Error" story shot in that gap showed its skeleton).
  const until = Date.now() + (tags.includes('loading-state') ? 0 : 3_000);
  await page
    .evaluate(async (limit) => {
      const inFlight = () => (window as unknown as { __storyRequestsInFlight?: { count: number } }).__storyRequestsInFlight?.count ?? 0;
      const busy = (root: Document | ShadowRoot): boolean =>
        root.querySelector('[aria-busy="true"]') !== null || [...root.querySelectorAll('*')].some((el) => el.shadowRoot !== null && busy(el.shadowRoot));
      const start = performance.now();
      let quietSince = start;
      while (performance.now() - start < limit) {
        if (inFlight() > 0 || busy(document)) quietSince = performance.now();
        else if (performance.now() - quietSince >= 450) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    }, until - Date.now())
    .catch(() => undefined);
  while (inflight.size > 0 && Date.now() < until) await page.waitForTimeout(50);
  await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r))));
  return phase;
}
