/**
 * "Show code" on the docs pages: a snippet a partner can paste — the CDN script and the element inside a
 * sandboxed provider (the simulated backend, no code), with the story's attributes.
 */
import manifest from '../custom-elements.json';
import { VERSION } from '../src/version.js';

interface Attribute {
  name: string;
  fieldName?: string;
}
const attributesOf = (tag: string): Attribute[] =>
  manifest.modules.flatMap((m) => (m.declarations ?? []) as { tagName?: string; attributes?: Attribute[] }[]).find((d) => d.tagName === tag)?.attributes ?? [];

const PROVIDER_ARGS = new Set(['organisation', 'locale', 'theme']);
const escape = (value: unknown) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function pasteableSnippet(tag: string, args: Record<string, unknown>): string {
  const own = attributesOf(tag)
    .filter((a) => !PROVIDER_ARGS.has(a.name) && a.fieldName && args[a.fieldName] !== undefined && args[a.fieldName] !== '' && args[a.fieldName] !== false)
    .map((a) => (args[a.fieldName!] === true ? ` ${a.name}` : ` ${a.name}="${escape(args[a.fieldName!])}"`))
    .join('');
  const settings = [
    args.organisation && args.organisation !== 'org_42' ? ` organisation="${escape(args.organisation)}"` : '',
    args.locale && args.locale !== 'en-IN' ? ` locale="${escape(args.locale)}"` : '',
    args.theme === 'dark' ? ' theme="dark"' : '',
  ].join('');
  const script = `<script type="module" src="https://cdn.jsdelivr.net/npm/@9pic/credits-elements@${VERSION}/dist/cdn/credits-elements.js"></script>`;
  if (tag === 'credits-area') return `${script}\n\n<credits-area sandbox${settings}${own}></credits-area>`;
  return `${script}\n\n<credits-provider sandbox${settings}>\n  <${tag}${own}></${tag}>\n</credits-provider>`;
}
