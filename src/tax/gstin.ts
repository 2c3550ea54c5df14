/**
 * Indian GST identifiers: the GSTIN's check character (the standard mod-36
 * checksum over its first 14 characters), the two-digit state codes, and the
 * place of supply ("27-Maharashtra"). Shared by the billing form (which checks
 * what is typed) and the simulated backend (which splits GST by it).
 */

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The pattern: 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity number, 'Z', check character. */
export const GSTIN_PATTERN = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/**
 * The check character for the first 14 characters of a GSTIN: each character's
 * value (0–9, A–Z = 10–35) times 1 or 2 alternately (2 for the 14th, counting
 * from the right), each product's base-36 digits added, and the character that
 * brings the sum to a multiple of 36. Undefined when a character is outside 0–9, A–Z.
 */
export function gstinCheckChar(first14: string): string | undefined {
  if (first14.length !== 14) return undefined;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = CHARS.indexOf(first14[i]!);
    if (value < 0) return undefined;
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return CHARS[(36 - (sum % 36)) % 36];
}

/** True when the 15th character is the check character of the first 14. */
export const gstinChecksumOk = (gstin: string): boolean => gstin.length === 15 && gstinCheckChar(gstin.slice(0, 14)) === gstin[14];

/** GST state and union territory codes (the first two digits of a GSTIN). */
export const GST_STATES: Readonly<Record<string, string>> = {
  '01': 'Jammu and Kashmir', '02': 'Himachal Pradesh', '03': 'Punjab', '04': 'Chandigarh', '05': 'Uttarakhand',
  '06': 'Haryana', '07': 'Delhi', '08': 'Rajasthan', '09': 'Uttar Pradesh', '10': 'Bihar', '11': 'Sikkim',
  '12': 'Arunachal Pradesh', '13': 'Nagaland', '14': 'Manipur', '15': 'Mizoram', '16': 'Tripura', '17': 'Meghalaya',
  '18': 'Assam', '19': 'West Bengal', '20': 'Jharkhand', '21': 'Odisha', '22': 'Chhattisgarh', '23': 'Madhya Pradesh',
  '24': 'Gujarat', '25': 'Dadra and Nagar Haveli and Daman and Diu', '26': 'Dadra and Nagar Haveli and Daman and Diu',
  '27': 'Maharashtra', '28': 'Andhra Pradesh', '29': 'Karnataka', '30': 'Goa', '31': 'Lakshadweep', '32': 'Kerala',
  '33': 'Tamil Nadu', '34': 'Puducherry', '35': 'Andaman and Nicobar Islands', '36': 'Telangana', '37': 'Andhra Pradesh',
  '38': 'Ladakh', '97': 'Other Territory', '99': 'Centre Jurisdiction',
};

/** The seller's state (9Pic is registered in Maharashtra). */
export const SELLER_STATE_CODE = '27';

const normal = (name: string) => name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z]/g, '');
const ALIASES: Readonly<Record<string, string>> = {
  orissa: 'odisha', pondicherry: 'puducherry', newdelhi: 'delhi', nctofdelhi: 'delhi', nationalcapitalterritoryofdelhi: 'delhi',
  uttaranchal: 'uttarakhand', andamanandnicobar: 'andamanandnicobarislands', damananddiu: 'dadraandnagarhavelianddamananddiu',
  dadraandnagarhaveli: 'dadraandnagarhavelianddamananddiu', jammuandkashmirut: 'jammuandkashmir',
};

/** The GST state codes of a state written as an address would ('Maharashtra', 'tamil nadu', 'Orissa'); empty when not recognised. */
export function stateCodesOf(name: string): string[] {
  const key = normal(name);
  const wanted = ALIASES[key] ?? key;
  return key ? Object.keys(GST_STATES).filter((code) => normal(GST_STATES[code]!) === wanted) : [];
}

/** "27-Maharashtra": the place of supply as GST invoices write it. */
export const placeOfSupply = (code: string): string => `${code}-${GST_STATES[code] ?? 'Other Territory'}`;
