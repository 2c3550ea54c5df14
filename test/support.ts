/** Shared helpers for element tests: a provider on a fresh simulator, text and wait helpers. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createSimulator, matcher, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';
import '../src/elements/credits-provider/define.js';
import type { CreditsProvider } from '../src/elements/credits-provider/credits-provider.js';

export interface Mounted<T extends HTMLElement> {
  provider: CreditsProvider;
  el: T;
  sim: Simulator;
}

/**
 * Mount `inner` inside a `<credits-provider>` talking to a fresh simulator
 * (in-process, through its fetch). `el` is the first child element.
 */
export async function mountInProvider<T extends HTMLElement>(
  inner: TemplateResult,
  options: SimulatorOptions & { organisation?: string; locale?: string; timeZone?: string; sim?: Simulator } = {},
): Promise<Mounted<T>> {
  const { organisation = 'org_42', locale = 'en-IN', timeZone, sim: given, ...simOptions } = options;
  const sim = given ?? createSimulator(simOptions);
  const provider = await fixture<CreditsProvider>(
    html`<credits-provider api-base="/api" organisation=${organisation} locale=${locale} time-zone=${timeZone ?? ''} .fetch=${sim.fetch}>${inner}</credits-provider>`,
  );
  const el = provider.firstElementChild as T;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { provider, el, sim };
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Wait until the element's shadow text contains `text` (or matches). */
export async function waitForText(el: Element, text: string | RegExp, timeout = 4000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? shadowText(el).includes(text) : text.test(shadowText(el))),
    `"${String(text)}" never appeared; text was: ${shadowText(el).slice(0, 400)}`,
    { timeout },
  );
}

/** Wait until an element has its first data or error: it no longer matches `:state(loading)`. */
export async function loaded(el: Element, timeout = 4000): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)'), `<${el.localName}> never loaded`, { timeout });
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** The first element in the shadow root matching `selector` (throws when missing). */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

/** A button in the shadow root by its visible text. */
export function button(el: Element, label: string | RegExp): HTMLButtonElement {
  const all = [...(el.shadowRoot?.querySelectorAll('button') ?? [])];
  const found = all.find((b) => (typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!)));
  if (!found) throw new Error(`No button "${String(label)}" in <${el.localName}>: ${all.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** Requests the simulator saw for one path (after /organisations/{org}). */
export const requestsTo = (sim: Simulator, method: string, path: string) =>
  sim.requests.filter((r) => r.method === method && r.path === path);

/**
 * Holds every request matching `match` ('GET /credits', as for `sim.failNext`)
 * until `release()`: the element stays in its loading state for as long as the
 * test needs, then loads for real. Call before mounting (it wraps `sim.fetch`).
 */
export function holdRequests(sim: Simulator, match: string): { release(): void; readonly held: number } {
  const test = matcher(match);
  const through = sim.fetch;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let held = 0;
  sim.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const pathname = new URL(request.url, location.href).pathname;
    // As the simulator logs paths: an organisation's (`/credits`), or the viewer's list (`/organisations`).
    const path = /\/organisations\/[^/]+/.test(pathname) ? pathname.replace(/^.*?\/organisations\/[^/]+/, '') : pathname.replace(/^.*(?=\/organisations$)/, '');
    if (test(request.method, path)) {
      held++;
      await Promise.race([
        gate,
        new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })),
      ]);
    }
    return through(request);
  }) as typeof fetch;
  return {
    release: () => open(),
    get held() {
      return held;
    },
  };
}

/**
 * Keeps the browser's "ResizeObserver loop" notice (raised on window when observed sizes change within
 * one frame, e.g. by a virtualised table) from failing the suite through mocha's window.onerror; any
 * other error still fails. Call at the top level of a test file.
 */
export function ignoreResizeObserverLoop(): void {
  let mochaOnError: OnErrorEventHandler = null;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : mochaOnError?.call(window, message, ...rest));
  });
  after(() => (window.onerror = mochaOnError));
}
