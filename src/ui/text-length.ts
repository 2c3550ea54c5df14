/**
 * Length limits count what the user sees and what is sent: the text after
 * trimming, in code points (an emoji is one, not two UTF-16 units).
 */
import { msg, str } from '../i18n/localize.js';

/** Code points of `text` once trimmed, as it is sent. */
export const textLength = (text: string): number => [...text.trim()].length;

/** "1 character" / "12 characters", plural by the locale's rules; `n` is the formatted count. */
export function characters(count: number, n: string, locale: string): string {
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`${n} character`, { id: 'common.characters-one' })
    : msg(str`${n} characters`, { id: 'common.characters-other' });
}
