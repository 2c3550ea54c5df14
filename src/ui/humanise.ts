/**
 * An API value this version has no name for ("promo_bonus", "face-blur")
 * read as words ("Promo bonus", "Face blur"), never as a raw identifier. The
 * raw value stays available beside it (a badge's title, the CSV). Anything
 * that is not a lowercase identifier (already words, mixed case, other
 * scripts) is shown as sent.
 */
const IDENTIFIER = /^[a-z0-9]+(?:[_\-.][a-z0-9]+)*$/;

export function humanise(raw: string): string {
  if (!IDENTIFIER.test(raw)) return raw;
  const words = raw.replace(/[_\-.]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
