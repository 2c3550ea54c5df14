/** Links the library renders or follows are http(s) or relative: never `javascript:`, `data:` or the like. */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!trimmed || /[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  // A scheme is letters followed by ':' before any '/', '?' or '#'.
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return sameOrigin(trimmed) ? trimmed : undefined;
  return scheme === 'http' || scheme === 'https' ? trimmed : undefined;
}

/**
 * A link without a scheme stays on this page's origin however the browser reads it: browsers
 * read `\` as `/` in http(s) URLs, so `/\evil.example`, `\\evil.example` and `\/evil.example`
 * are protocol-relative links to another site, like `//evil.example`.
 */
function sameOrigin(relative: string): boolean {
  if (/^[/\\]{2}/.test(relative)) return false;
  const base = typeof location === 'undefined' ? 'https://host.invalid/' : location.href;
  try {
    return new URL(relative, base).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** A mailto: link to support with a subject (the one non-http scheme the library writes itself). */
export function supportMailto(address: string, subject: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
