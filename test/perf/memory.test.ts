/**
 * Issue #9, memory: mounting and removing the whole `<credits-area>` 200 times
 * leaves no more event listeners on window/document, no more live timers, and
 * no heap growth beyond noise. Chromium runs with --enable-precise-memory-info
 * and --js-flags=--expose-gc (web-test-runner.config.mjs), so the heap figure
 * is exact and taken after a full collection.
 *
 * Noise threshold: heap growth < 10% of the settled baseline (a leak of one
 * store, client and element tree per mount would be several MB over 200
 * mounts); listeners and timers: 0 growth once settled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CreditsArea } from '../../src/elements/credits-area/credits-area.js';
import { createSimulator } from '../../src/simulator/index.js';
import { shadowText } from '../support.js';

// ---- live listeners on window and document ----
type Key = string;
const liveListeners = new Map<EventTarget, Set<Key>>([
  [window, new Set()],
  [document, new Set()],
]);
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
const keyOf = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): Key | undefined => {
  if (!listener) return undefined;
  let id = listenerIds.get(listener);
  if (id === undefined) listenerIds.set(listener, (id = ++nextListenerId));
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  return `${type}|${id}|${capture}`;
};
for (const target of [window, document] as EventTarget[]) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const live = liveListeners.get(target)!;
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    const key = keyOf(type, listener, options);
    // `once` and `signal` listeners remove themselves; count only the ones that need a removeEventListener.
    if (key && !(typeof options === 'object' && (options.once || options.signal))) live.add(key);
    add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const key = keyOf(type, listener, options);
    if (key) live.delete(key);
    remove(type, listener, options);
  };
}
const listenerCount = () => liveListeners.get(window)!.size + liveListeners.get(document)!.size;
const listenerList = () => [...liveListeners.get(window)!].map((k) => `window ${k}`).concat([...liveListeners.get(document)!].map((k) => `document ${k}`));

// ---- live timers ----
const liveTimers = new Map<number, string>();
const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = st(
    (...a: unknown[]) => {
      liveTimers.delete(id);
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  liveTimers.set(id, `timeout ${ms ?? 0} ms`);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) liveTimers.delete(id);
  ct(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = si(handler, ms, ...args);
  liveTimers.set(id, `interval ${ms ?? 0} ms`);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) liveTimers.delete(id);
  ci(id);
}) as typeof window.clearInterval;

// ---- heap ----
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Let pending work finish: microtasks, frames and zero-delay timers. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await new Promise((r) => st(r, 20));
  }
}
async function collect(): Promise<number> {
  await settle();
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => st(r, 0));
  }
  return heap();
}

describe('memory (issue #9)', function () {
  this.timeout(90_000); // 200 mounts; two test runs share 2 cores in `npm test`

  it('mounting and removing the whole area 200 times leaks no listeners, timers or heap', async () => {
    // Invoices never finish generating: a poller that outlived its element would still be polling at the end.
    const sim = createSimulator({ invoiceDelayMs: 1e9 });
    let peakListeners = 0;
    let peakTimers = 0;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);

    const views = ['credits', 'billing', 'subscription', 'purchase'] as const;
    let mounts = 0;
    /** The parts of the view shown that are still loading (skeletons, busy tables). */
    const loading = (area: CreditsArea) =>
      [...area.shadowRoot!.querySelectorAll('.panel *')].filter((el) => el.shadowRoot?.querySelector('.skeleton, [aria-busy="true"]') || (el.shadowRoot && !el.shadowRoot.childElementCount));

    /**
     * One mount: the area with its own provider, on each view in turn (the Billing view polls
     * org_42's generating invoice, the purchase view debounces quotes), until everything in it
     * shows data; then removed.
     */
    const cycle = async () => {
      const view = views[mounts++ % views.length]!;
      const area = document.createElement('credits-area') as CreditsArea;
      area.setAttribute('api-base', '/api');
      area.setAttribute('organisation', 'org_42');
      area.setAttribute('locale', 'en-IN');
      area.setAttribute('view', view);
      area.fetch = sim.fetch;
      holder.append(area);
      await area.updateComplete;
      // Polled by frames, not with waitUntil (whose timeout timer outlives it and would count as a live timer).
      for (let frames = 0; frames < 2 || loading(area).length > 0; frames++) {
        if (frames > 600) throw new Error(`the ${view} view never showed its data: ${loading(area).map((el) => el.localName).join(', ')}`);
        await frame();
      }
      if (view === 'credits') expect(shadowText(area.shadowRoot!.querySelector('credits-balance')!)).to.include('12,500');
      peakListeners = Math.max(peakListeners, listenerCount());
      peakTimers = Math.max(peakTimers, liveTimers.size);
      area.remove();
      sim.resetRequests(); // the simulator's own log is not the elements' memory
    };

    // Warm up: module-level caches (formatters, templates, the locale) fill once.
    for (let i = 0; i < 10; i++) await cycle();
    const before = { listeners: listenerCount(), timers: liveTimers.size, heap: await collect() };

    const start = performance.now();
    for (let i = 0; i < 200; i++) await cycle();
    const elapsed = performance.now() - start;
    const after = { listeners: listenerCount(), timers: liveTimers.size, heap: await collect() };

    const growth = before.heap ? (after.heap - before.heap) / before.heap : 0;
    console.log(
      `memory: peak listeners ${peakListeners}, peak timers ${peakTimers}; 200 mounts in ${Math.round(elapsed)} ms; listeners ${before.listeners} → ${after.listeners}; timers ${before.timers} → ${after.timers}; ` +
        `heap ${(before.heap / 2 ** 20).toFixed(2)} → ${(after.heap / 2 ** 20).toFixed(2)} MiB (${(growth * 100).toFixed(1)}%), gc ${gc ? 'on' : 'off'}`,
    );
    expect(after.listeners, listenerList().join('\n')).to.be.at.most(before.listeners);
    expect(after.timers, [...liveTimers.values()].join('\n')).to.be.at.most(before.timers);
    expect(gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
    expect(before.heap, 'Chromium runs with --enable-precise-memory-info').to.be.greaterThan(0);
    expect(growth).to.be.below(0.1);
  });
});
