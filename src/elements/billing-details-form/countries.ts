/**
 * A compact country list (ISO 3166-1 alpha-2) named in the viewer's language
 * through `Intl.DisplayNames`. A saved country outside the list is kept.
 */
export const COUNTRY_CODES = [
  'AE', 'AR', 'AT', 'AU', 'BD', 'BE', 'BR', 'CA', 'CH', 'CL', 'CN', 'CO', 'CZ', 'DE', 'DK', 'EG', 'ES', 'FI', 'FR', 'GB',
  'GR', 'HK', 'HU', 'ID', 'IE', 'IL', 'IN', 'IT', 'JP', 'KE', 'KR', 'LK', 'MU', 'MX', 'MY', 'NG', 'NL', 'NO', 'NP', 'NZ',
  'OM', 'PE', 'PH', 'PK', 'PL', 'PT', 'QA', 'RO', 'SA', 'SE', 'SG', 'TH', 'TR', 'TW', 'UA', 'US', 'VN', 'ZA',
] as const;

export interface CountryOption {
  code: string;
  name: string;
}

const cache = new Map<string, CountryOption[]>();

/** The countries sorted by name in `locale`, plus `extra` (a saved code not in the list). */
export function countryOptions(locale: string, extra?: string): CountryOption[] {
  let list = cache.get(locale);
  if (!list) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    } catch {
      names = undefined;
    }
    list = COUNTRY_CODES.map((code) => ({ code, name: names?.of(code) ?? code }));
    const collator = new Intl.Collator(locale);
    list.sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, list);
  }
  if (extra && !list.some((c) => c.code === extra)) return [...list, { code: extra, name: extra }];
  return list;
}

/** The region of a locale when it is a listed country ('en-IN' → 'IN'), for a new form's default. */
export function countryOfLocale(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && (COUNTRY_CODES as readonly string[]).includes(region) ? region : '';
}
