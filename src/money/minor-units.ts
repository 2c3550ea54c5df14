/** A currency's minor unit (apart from `Decimal`, so formatting money does not carry the whole class). */
const minorDigitsCache = new Map<string, number>();

/**
 * Decimal places of the currency's minor unit, from Intl/CLDR: USD and INR 2,
 * JPY 0, KWD 3. Falls back to 2 when the runtime rejects the code.
 */
export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}
