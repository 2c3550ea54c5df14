/** Links the library renders or follows are http(s) or relative: never `javascript:`, `data:` or the like. */
export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!trimmed || /[\u0000-\u001f\u007f]/.test(trimmed)) return undefined;
  // A scheme is letters followed by ':' before any '/', '?' or '#'.
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return trimmed.startsWith('//') ? undefined : trimmed;
  return scheme === 'http' || scheme === 'https' ? trimmed : undefined;
}

/** A mailto: link to support with a subject (the one non-http scheme the library writes itself). */
export function supportMailto(address: string, subject: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
