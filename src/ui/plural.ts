/**
 * Plurals: one whole message per plural category, chosen by the rules of the
 * strings' language (`Intl.PluralRules` of the active catalog: Hindi's "one"
 * is 0 and 1, English's is 1 alone). Each form is its own msg() with its own id,
 * so a translator writes every sentence whole, with its verb agreeing with its
 * count ("1 प्रविष्टि दिखाई जा रही है" / "5 प्रविष्टियाँ दिखाई जा रही हैं").
 *
 * ```ts
 * plural(count, { one: () => msg(…'Showing ${n} entry.'…), other: () => msg(…'Showing ${n} entries.'…) })
 * ```
 * `zero` (optional) is the message for exactly 0 in every language (ICU's `=0`),
 * for a list that can be empty; the other categories fall back to `other`.
 */
import { activeCatalog } from '../i18n/localize.js';

export interface PluralForms {
  zero?: () => string;
  one: () => string;
  two?: () => string;
  few?: () => string;
  many?: () => string;
  other: () => string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `language` ('one', 'other', …). */
export function pluralCategory(count: number, language: string = activeCatalog()): Intl.LDMLPluralRule {
  let r = rules.get(language);
  if (!r) rules.set(language, (r = new Intl.PluralRules(language)));
  return r.select(count);
}

/** The form of `forms` for `count` in the language of the strings being shown. */
export function plural(count: number, forms: PluralForms): string {
  if (count === 0 && forms.zero) return forms.zero();
  return (forms[pluralCategory(count)] ?? forms.other)();
}
