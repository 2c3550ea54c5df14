/**
 * Every docs page of the built Storybook shows each of its stories with data, each in the language it
 * asked for, with no axe violation (`npm run test:docs`, and part of `npm test`: the Playwright project
 * `docs`, on the storybook-static/ server). This pass is also the accessibility check of `npm test`: once
 * a page's stories have settled, axe-core (WCAG 2.2 AA, test/e2e/axe.ts) runs over each story once, so
 * every story of every element is checked in every state without opening it a second time (the a11y
 * project, `npm run test:a11y`, checks each story alone in its own iframe). A docs page (iframe.html?viewMode=docs) renders its stories
 * inline, in one preview, each on its own simulator; a story with `ownFrame` (another language, a play
 * function that moves the focus or opens a modal dialog) is in its own frame (.storybook/preview.ts).
 * Storybook loads frames as the reader scrolls: here they all load at once and are watched together
 * with the inline stories. Each story must finish rendering (its play function included) and, within
 * 5 s of the last of them, show no skeleton (the stories share one main thread: while some still
 * boot, the others wait); a story tagged `loading-state` (its requests never answer, on purpose) must
 * show one when it has rendered (by the end its requests may have timed out into the error state). At the end every story's text, shadow roots included, is in its own language: a story
 * whose provider or area asks for `hi-*` shows Devanagari, every other story none, so a page-wide
 * language switch or a shared simulator knob that leaves the others loading fails here. Inline
 * stories share the page with its reader: none may move the focus, scroll the page or open a modal
 * dialog. STORY_FILTER=<text in docs id> narrows the run.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, describeViolations, type AxeViolation } from './axe.js';
import { docsPages } from './stories.js';
import { serverUrl } from './support.js';

/** How long a story may still show a skeleton after it rendered. */
const AFTER_RENDER_MS = 5_000;
/** How long the frames of one page may take to render at all (a loaded 2-core machine boots ~35 frames). */
const RENDER_LIMIT_MS = 100_000;

const LOADING_STATE = 'loading-state';

/** What the page shows of one story block (a frame, or a story rendered inline). */
interface Seen {
  id: string;
  phase: string;
  readyAfterMs: number | null;
  loading: boolean;
  asked: 'hi' | 'en';
  text: string;
}

/**
 * Runs in the docs page: loads every story frame now, and watches all of them until each has settled
 * (rendered, and no skeleton or a `loading-state` story) or run out of time; then reports each.
 */
async function watchStories({
  afterRender,
  limit,
  loadingStates,
}: {
  afterRender: number;
  limit: number;
  loadingStates: string[];
}): Promise<{ stories: Seen[]; page: { scrollY: number; focus: string[]; modal: string[] } }> {
  const start = performance.now();
  const now = () => performance.now() - start;
  const idOf = (el: Element) => el.id.replace(/^iframe--/, '').replace(/^story--/, '').replace(/(--primary)?-inner$/, '');
  const blocks = [...document.querySelectorAll('iframe[id^="iframe--"], [id^="story--"][id$="-inner"]')].map((el) => ({
    el,
    id: idOf(el),
    readyAt: null as number | null,
    /** Whether it showed a skeleton when it had rendered (a `loading-state` story must: later its requests may time out). */
    loadingWhenReady: false,
    settled: false,
  }));
  for (const { el } of blocks) if (el instanceof HTMLIFrameElement) el.loading = 'eager';

  type Preview = { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } };
  const rootOf = (el: Element) => (el instanceof HTMLIFrameElement ? (el.contentDocument?.getElementById('storybook-root') ?? null) : el);
  // An inline story's render phase, as the page's preview announced it (the init script in the test).
  const inlinePhases = (window as unknown as { __docsPhases?: Record<string, string> }).__docsPhases ?? {};
  const phaseOf = (el: Element) =>
    el instanceof HTMLIFrameElement
      ? ((el.contentWindow as unknown as Preview | null)?.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? 'not loaded')
      : (inlinePhases[idOf(el)] ?? 'not rendered');
  /** The story's text (shadow roots included, no style/script) and whether a skeleton shows. */
  const look = (root: Element | null) => {
    let text = '';
    let loading = root === null;
    let modal = false;
    const walk = (node: Node) => {
      for (const child of [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes]) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        // (nodeType, not instanceof: a frame's nodes come from its own realm)
        else if (child.nodeType === Node.ELEMENT_NODE && child.nodeName !== 'STYLE' && child.nodeName !== 'SCRIPT') {
          if ((child as Element).classList.contains('skeleton')) loading = true;
          if ((child as Element).matches(':modal')) modal = true;
          walk(child);
        }
      }
    };
    if (root) walk(root);
    return { text: text.replace(/\s+/g, ' ').trim(), loading, modal };
  };

  // The frames share the page's main thread: while some still boot, the others' requests and timers
  // wait. So each story's time counts from when every story of the page has rendered.
  let allReadyAt: number | null = null;
  for (;;) {
    for (const block of blocks)
      if (block.readyAt === null && ['finished', 'errored', 'aborted'].includes(phaseOf(block.el))) {
        block.readyAt = now();
        block.loadingWhenReady = look(rootOf(block.el)).loading;
      }
    if (allReadyAt === null && (blocks.every((b) => b.readyAt !== null) || now() >= limit)) allReadyAt = now();
    let waiting = allReadyAt === null;
    for (const block of blocks) {
      if (block.settled || block.readyAt === null || allReadyAt === null) continue;
      if (loadingStates.includes(block.id) || !look(rootOf(block.el)).loading) block.settled = true;
      else waiting ||= now() - Math.max(block.readyAt, allReadyAt) < afterRender;
    }
    if (!waiting) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // An inline story shares the page with the reader: it must leave the focus and the scroll alone.
  const page = {
    scrollY: Math.round(window.scrollY),
    focus: [...new Set((window as unknown as { __docsFocus?: string[] }).__docsFocus ?? [])],
    modal: blocks.filter(({ el }) => !(el instanceof HTMLIFrameElement) && look(el).modal).map(({ id }) => id),
  };
  const stories: Seen[] = blocks.map(({ el, id, readyAt, loadingWhenReady }) => {
    const root = rootOf(el);
    const { text, loading: loadingNow } = look(root);
    const loading = loadingStates.includes(id) ? loadingWhenReady : loadingNow;
    const asked = root?.querySelector('[locale^="hi"]') ? 'hi' : 'en';
    return { id, phase: phaseOf(el), readyAfterMs: readyAt === null ? null : Math.round(readyAt), loading, asked, text };
  });
  return { stories, page };
}

const DEVANAGARI = /[\u0900-\u097f]/;

/** What is wrong with one story block, in words; empty when nothing is. */
function problems(seen: Seen, loadingStates: string[]): string[] {
  const found: string[] = [];
  if (!['finished', 'errored', 'aborted'].includes(seen.phase) || seen.readyAfterMs === null) return [`did not finish rendering (phase: ${seen.phase})`];
  if (seen.phase === 'errored') found.push('the story threw while rendering');
  const loadingState = loadingStates.includes(seen.id);
  if (seen.loading && !loadingState) found.push(`still loading ${AFTER_RENDER_MS / 1000} s after the page's stories had rendered`);
  if (!seen.loading && loadingState) found.push(`tagged ${LOADING_STATE} but shows no skeleton`);
  const match = DEVANAGARI.exec(seen.text);
  if (seen.asked === 'hi' && !match) found.push(`asked for Hindi, shows no Devanagari: "${seen.text.slice(0, 100)}"`);
  if (seen.asked === 'en' && match) found.push(`asked for English, shows Devanagari: "…${seen.text.slice(Math.max(0, match.index - 30), match.index + 40)}…"`);
  return found;
}

/**
 * axe over every story of the page once all have settled, each story once (the primary story shows twice):
 * an inline story over its block in the page, a framed one over its frame's story root. Keyed by story id.
 */
async function axeStories(page: Page): Promise<Record<string, AxeViolation[]>> {
  const found: Record<string, AxeViolation[]> = {};
  const storyOf = (blockId: string) => blockId.replace(/^iframe--/, '').replace(/^story--/, '').replace(/(--primary)?-inner$/, '');
  const inline = await page.evaluate(() => [...document.querySelectorAll('[id^="story--"][id$="-inner"]')].map((el) => el.id));
  const once = [...new Map(inline.map((id) => [storyOf(id), id])).values()];
  const inlineFound = once.length ? await axeViolations(page, once.map((id) => `[id="${id}"]`).join(', ')) : {};
  for (const [block, violations] of Object.entries(inlineFound)) found[storyOf(block)] = violations;
  for (const frame of await page.locator('iframe[id^="iframe--"]').all()) {
    const story = storyOf((await frame.getAttribute('id')) ?? '');
    const content = await (await frame.elementHandle())?.contentFrame();
    if (content && !(story in found)) found[story] = Object.values(await axeViolations(content, '#storybook-root')).flat();
  }
  return found;
}

// Still skeletons, no pulse: an animation repaints every frame of the page for as long as it runs.
test.use({ reducedMotion: 'reduce' });

for (const docs of docsPages()) {
  test(docs.title, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Records each inline story's render phase as the docs page's preview announces it on its channel, and
    // what took the focus (a story in a frame that takes it focuses its frame, which keeps it to itself).
    await page.addInitScript(() => {
      if (window.parent !== window) return;
      const phases: Record<string, string> = {};
      const focus: string[] = [];
      let channel: unknown;
      Object.assign(window, { __docsPhases: phases, __docsFocus: focus });
      document.addEventListener(
        'focusin',
        ({ target }) => {
          if (target instanceof Element && target.localName !== 'iframe') focus.push(`${target.localName} in ${target.closest('[id^="story--"]')?.id.replace(/-inner$/, '') ?? 'the page'}`);
        },
        true,
      );
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value: { on(event: string, listener: (payload: { storyId: string; newPhase: string }) => void): void }) {
          channel = value;
          value.on('storyRenderPhaseChanged', ({ storyId, newPhase }) => (phases[storyId] = newPhase));
        },
      });
    });
    await page.goto(`${serverUrl('STORYBOOK')}/iframe.html?viewMode=docs&id=${encodeURIComponent(docs.id)}`, { waitUntil: 'load' });
    // The page has rendered when its text is there and every one of its stories has a block.
    const ids = docs.stories.map((s) => s.id);
    const loadingStates = docs.stories.filter((s) => s.tags.includes(LOADING_STATE)).map((s) => s.id);
    await page
      .waitForFunction(
        (ids) => document.querySelector('#storybook-docs')?.textContent?.trim() && ids.every((id) => document.querySelector(`[id="iframe--${id}"], [id="story--${id}-inner"], [id="story--${id}--primary-inner"]`)),
        ids,
        { timeout: 60_000, polling: 250 },
      )
      .catch(() => undefined);
    const { stories: seen, page: left } = await page.evaluate(watchStories, { afterRender: AFTER_RENDER_MS, limit: RENDER_LIMIT_MS, loadingStates });

    const axe = await axeStories(page);
    for (const [id, violations] of Object.entries(axe)) {
      test.info().annotations.push({ type: 'axe-story', description: id });
      for (const v of violations) test.info().annotations.push({ type: 'axe-violations', description: JSON.stringify({ id: v.id, nodes: v.nodes.length }) });
    }

    const report = [
      ...Object.entries(axe).flatMap(([id, violations]) => describeViolations(violations).map((v) => `${id}: axe: ${v}`)),
      ...ids.filter((id) => !seen.some((s) => s.id === id)).map((id) => `${id}: not on the page`),
      ...seen.flatMap((s) => problems(s, loadingStates).map((p) => `${s.id}: ${p}`)),
      ...errors.map((e) => `page error: ${e.split('\n')[0]}`),
      ...left.focus.map((where) => `an inline story moved the focus to ${where}: it needs its own frame (ownFrame)`),
      ...(left.scrollY !== 0 ? [`an inline story scrolled the docs page (to ${left.scrollY} px): it needs its own frame (ownFrame)`] : []),
      ...left.modal.map((id) => `${id}: opened a modal dialog inline (the rest of the docs page is inert): it needs its own frame (ownFrame)`),
    ];
    test.info().annotations.push({ type: 'docs-stories', description: JSON.stringify({ frames: seen.length, problems: report.length, unfinished: seen.filter((s) => s.phase !== 'finished' && s.phase !== 'aborted').length + ids.filter((id) => !seen.some((s) => s.id === id)).length }) });
    const slowest = Math.max(0, ...seen.map((s) => s.readyAfterMs ?? 0));
    expect(report, `${seen.length} story blocks on ${docs.id} (the last rendered after ${(slowest / 1000).toFixed(1)} s)`).toEqual([]);
  });
}
