/**
 * Register an element class under a tag unless the tag is taken (a widget may
 * be loaded twice on a page): then warn once, naming both copies' versions,
 * and keep the existing definition.
 */
import { ContextRoot } from '@lit/context';
import { VERSION } from '../version.js';

const warned = new Set<string>();
const ROOT_KEY = Symbol.for('@9pic/credits-elements@0:context-root');

/** Elements defined before their provider still get its value once it upgrades. */
function attachContextRoot(): void {
  const g = globalThis as typeof globalThis & { [ROOT_KEY]?: boolean };
  if (g[ROOT_KEY] || typeof document === 'undefined') return;
  g[ROOT_KEY] = true;
  new ContextRoot().attach(document.documentElement);
}

/** The version a class was defined by: Credits classes carry a static `version` (CreditsConfigured). */
const versionOf = (constructor: CustomElementConstructor, fallback: string): string => {
  const version = (constructor as { version?: unknown }).version;
  return typeof version === 'string' ? version : fallback;
};

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // Node / SSR: nothing to register.
  attachContextRoot();
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[credits-elements] <${tag}> is already defined by @9pic/credits-elements ${versionOf(existing, 'unknown')}; this copy (${versionOf(constructor, VERSION)}) keeps that definition. Load the library once per page.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
