/** Helpers of the design tests (issue #17, points 15–20 and 25): deep queries, boxes, layout shift. */
import { waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/** The enclosing describe's tests run in a `width` × `height` viewport; the default 800 × 600 comes back after them. */
export function atViewport(width: number, height = 900): void {
  before(() => setViewport({ width, height }));
  after(() => setViewport({ width: 800, height: 600 }));
}

/** Every element matching `selector` under `root`: its light DOM, its shadow root, and every shadow root below. */
export function deepAll<E extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): E[] {
  const found: E[] = [];
  const walk = (node: Element | ShadowRoot) => {
    found.push(...node.querySelectorAll<E>(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** Visible boxes only (a `display: none` subtree has no client rects). */
export const visible = (el: Element) => el.getClientRects().length > 0;

/** Until nothing under `root` is busy or a skeleton, then two frames and a short settle. */
export async function settled(root: Element, timeout = 8000): Promise<void> {
  await waitUntil(() => deepAll(root, '[aria-busy="true"], .skeleton').filter(visible).length === 0, 'still loading', { timeout, interval: 20 });
  await frames(2);
  await new Promise((r) => setTimeout(r, 300));
  await frames(2);
}

export const frames = (n = 1) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/**
 * Sums the layout shift (CLS units) of everything that happens after the call
 * until `stop()`: a `PerformanceObserver({ type: 'layout-shift', buffered: true })`,
 * counting only the entries after the start. `stop()` also names what moved.
 */
export function watchLayoutShift() {
  const start = performance.now();
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LayoutShift[]) if (e.startTime >= start && !e.hadRecentInput) entries.push(e);
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  return {
    async stop(): Promise<{ total: number; moved: string[] }> {
      await frames(2);
      for (const e of observer.takeRecords() as LayoutShift[]) if (e.startTime >= start && !e.hadRecentInput) entries.push(e);
      observer.disconnect();
      const total = entries.reduce((sum, e) => sum + e.value, 0);
      const describe = (n?: Node) => {
        if (!(n instanceof Element)) return String(n?.nodeName ?? '?');
        const root = n.getRootNode();
        const host = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
        return `${host}${n.localName}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`;
      };
      const moved = entries.flatMap((e) =>
        (e.sources ?? []).map((s) => `${describe(s.node)} ${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} ${Math.round(s.previousRect.width)}×${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)} ${Math.round(s.currentRect.width)}×${Math.round(s.currentRect.height)} (${e.value.toFixed(4)})`),
      );
      return { total, moved };
    },
  };
}

/** The words of an element's text that the layout split over more than one line. */
export function brokenWords(el: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
