/**
 * The CDN build's loader: only `<credits-provider>`, `<credits-balance>` and this
 * module load with the entry; every other element's code loads the first time
 * its tag is seen:
 * - in the document (present before the script ran, or added later);
 * - in any shadow root a Credits element connects in: inside a provider, in what
 *   `<credits-area>` renders, in a host's shadow root holding a provider or a balance;
 * - anywhere else through `discover(root)` (a root the loader cannot see, e.g. a
 *   host's shadow root with no Credits element in it yet) or `load(tag)`.
 * While an element's code loads, a tiny stylesheet hides it (and any light
 * content it has), so it never shows as unstyled text.
 */
import { connectHook } from './base/connect-hook.js';

/** The lazily loaded elements: one chunk each (plus the code they share). */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'credits-area': () => import('./elements/credits-area/define.js'),
  'purchase-wizard': () => import('./elements/purchase-wizard/define.js'),
  'usage-table': () => import('./elements/usage-table/define.js'),
  'payments-list': () => import('./elements/payments-list/define.js'),
  'billing-details-form': () => import('./elements/billing-details-form/define.js'),
  'subscription-card': () => import('./elements/subscription-card/define.js'),
  'monthly-usage': () => import('./elements/monthly-usage/define.js'),
  'credits-organisations': () => import('./elements/credits-organisations/define.js'),
};

/**
 * What an element renders itself: requested together with it, in parallel, rather
 * than one round trip later when its chunk's own imports are read.
 */
const renders: Readonly<Record<string, readonly string[]>> = {
  'credits-area': ['monthly-usage', 'usage-table', 'payments-list', 'billing-details-form', 'subscription-card', 'purchase-wizard'],
  'payments-list': ['billing-details-form'],
};

export const lazyTags: readonly string[] = Object.keys(loaders);

const pending = new Map<string, Promise<CustomElementConstructor | undefined>>();

/**
 * Load one element's code (once) and resolve with its class when the tag is defined.
 * A tag this library does not lazy-load resolves with its class if it is defined, else `undefined`.
 */
export function load(tag: string): Promise<CustomElementConstructor | undefined> {
  const name = tag.toLowerCase();
  const loader = loaders[name];
  if (!loader) return Promise.resolve(typeof customElements === 'undefined' ? undefined : customElements.get(name));
  let loading = pending.get(name);
  if (!loading) {
    for (const inner of renders[name] ?? []) void load(inner);
    loading = loader().then(
      () => customElements.whenDefined(name),
      (error: unknown) => {
        pending.delete(name); // A failed request (offline, deploy in between) is tried again next time the tag is seen.
        console.error(`[credits-elements] <${name}> could not be loaded`, error);
        return undefined;
      },
    );
    pending.set(name, loading);
  }
  return loading;
}

const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/** Undefined Credits tags in `root` (and, when asked, in the open shadow roots below it). */
function scan(root: ParentNode, tags: Set<string>, intoShadows: boolean): void {
  if (root instanceof Element && root.localName in loaders) tags.add(root.localName);
  for (const element of root.querySelectorAll(intoShadows ? '*' : ':not(:defined)')) {
    if (element.localName in loaders) tags.add(element.localName);
    if (intoShadows && element.shadowRoot) {
      watch(element.shadowRoot);
      scan(element.shadowRoot, tags, true);
    }
  }
}

function watch(root: Node): void {
  if (observed.has(root) || !observer) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/**
 * Load every Credits element in `root`, including inside the open shadow roots
 * below it, and keep watching those roots for tags added later.
 * Resolves when the elements found are defined.
 */
export async function discover(root: Document | Element | DocumentFragment): Promise<void> {
  const tags = new Set<string>();
  const top = root instanceof Document ? root.documentElement : root;
  if (!top) return;
  if (!(root instanceof Element)) watch(root);
  scan(top, tags, true);
  await Promise.all([...tags].map(load));
}

function onMutations(records: MutationRecord[]): void {
  const tags = new Set<string>();
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node, tags, false);
  }
  for (const tag of tags) void load(tag);
}

/** While its code loads an element shows nothing (not even light content): no unstyled flash. */
function hideUndefined(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:is(${lazyTags.join(',')}):not(:defined){display:block;visibility:hidden}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Start once per page (a second copy of the CDN script finds the loader running). */
const STARTED = Symbol.for('@9pic/credits-elements@0:autoload');
export function start(): void {
  const g = globalThis as typeof globalThis & { [STARTED]?: boolean };
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined' || g[STARTED]) return;
  g[STARTED] = true;
  observer = new MutationObserver(onMutations);
  hideUndefined();
  // A Credits element connecting in a shadow root makes that root watched: inside the area, a host's shadow root…
  connectHook.onConnect = (element) => {
    const root = element.getRootNode();
    if (root instanceof ShadowRoot && !observed.has(root)) void discover(root);
  };
  void discover(document);
}
