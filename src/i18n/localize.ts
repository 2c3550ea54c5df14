/**
 * Localization through @lit/localize (runtime mode). Every user-visible
 * string is `msg('English text', { id: 'area.key' })`; the Hindi catalog in
 * locales/hi.ts is loaded on demand as its own chunk.
 */
import { configureLocalization, msg, str } from '@lit/localize';

export { msg, str };
export { updateWhenLocaleChanges } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const CATALOG_LOCALES = ['hi'] as const;

type Runtime = ReturnType<typeof configureLocalization>;
const GLOBAL_KEY = Symbol.for('@9pic/credits-elements@0/localize');
type GlobalWithRuntime = typeof globalThis & { [GLOBAL_KEY]?: Runtime | null };

/** Configure once per page, even when two copies of the library are loaded. */
function runtime(): Runtime | null {
  const g = globalThis as GlobalWithRuntime;
  if (g[GLOBAL_KEY] === undefined) {
    try {
      g[GLOBAL_KEY] = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: CATALOG_LOCALES,
        loadLocale: () => import('./locales/hi.js'),
      });
    } catch {
      // The host configured @lit/localize itself: its locale then rules.
      g[GLOBAL_KEY] = null;
    }
  }
  return g[GLOBAL_KEY] ?? null;
}

/** The catalog that serves a BCP 47 locale: 'hi-IN' → 'hi', anything else → English. */
export function catalogFor(locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (CATALOG_LOCALES as readonly string[]).includes(language) ? language : SOURCE_LOCALE;
}

/** Which catalog each provider (or standalone element) last asked for. */
const asked = new Map<EventTarget, string>();
let warned = false;

/**
 * The language of the strings is page-wide (one @lit/localize runtime): when a second provider asks for
 * another one, say so once in the console; the last one asked wins for every element.
 */
function noteRequest(requester: EventTarget, catalog: string): void {
  for (const other of [...asked.keys()]) if (other instanceof Node && !other.isConnected) asked.delete(other);
  const other = [...asked].find(([element, theirs]) => element !== requester && theirs !== catalog);
  asked.set(requester, catalog);
  if (!other || warned) return;
  warned = true;
  console.warn(
    `[credits-elements] Two providers ask for different languages ('${other[1]}' and '${catalog}'). The language of the strings is page-wide: every element now shows '${catalog}'. Numbers, money and dates still follow each provider's locale.`,
  );
}

/** Switch the strings of every element to `locale`; resolves when they are loaded. */
export async function applyLocale(locale: string, requester?: EventTarget): Promise<void> {
  const catalog = catalogFor(locale);
  if (requester) noteRequest(requester, catalog);
  const rt = runtime();
  if (!rt) return;
  if (rt.getLocale() !== catalog) await rt.setLocale(catalog);
}

export function activeCatalog(): string {
  return runtime()?.getLocale() ?? SOURCE_LOCALE;
}
