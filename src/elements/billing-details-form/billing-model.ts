/**
 * The form's draft (every input as typed), its validation and its mapping to
 * and from the API's BillingDetails. Field names are the API's dotted paths
 * (`address.city`), so a server 422 `fields` map lands on the same inputs.
 */
import type { Address, BillingDetails } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import { GST_STATES, GSTIN_PATTERN, gstinChecksumOk, stateCodesOf } from '../../tax/gstin.js';

export const ADDRESS_KEYS = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'] as const;
export type AddressKey = (typeof ADDRESS_KEYS)[number];
export type AddressGroup = 'address' | 'shipping_address';
export type FieldName = 'business_name' | 'billing_email' | 'phone' | 'tax_id' | `${AddressGroup}.${AddressKey}`;

export interface Draft {
  values: Record<FieldName, string>;
  /** The shipping address is the billing address. */
  shippingSame: boolean;
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** GSTIN: 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity number, 'Z', check character. */
export const GSTIN = GSTIN_PATTERN;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;
const INDIAN_PIN = /^[1-9]\d{5}$/;

const addressValues = (group: AddressGroup, a: Address | null, country: string) =>
  Object.fromEntries(ADDRESS_KEYS.map((k) => [`${group}.${k}`, k === 'country' ? (a?.country ?? country) : (a?.[k] ?? '')]));

/** A draft from saved details, or an empty one (country preset from the locale). */
export function draftFrom(details: BillingDetails | null, defaultCountry = ''): Draft {
  const billingCountry = details?.address.country ?? defaultCountry;
  return {
    values: {
      business_name: details?.business_name ?? '',
      billing_email: details?.billing_email ?? '',
      phone: details?.phone ?? '',
      tax_id: details?.tax_id ?? '',
      ...addressValues('address', details?.address ?? null, billingCountry),
      ...addressValues('shipping_address', details?.shipping_address ?? null, billingCountry),
    } as Record<FieldName, string>,
    shippingSame: !details?.shipping_address,
  };
}

export const sameDraft = (a: Draft, b: Draft) =>
  a.shippingSame === b.shippingSame && (Object.keys(a.values) as FieldName[]).every((k) => a.values[k] === b.values[k]);

const text = (v: string) => v.trim();
const optional = (v: string) => v.trim() || null;

function addressOf(draft: Draft, group: AddressGroup): Address {
  const v = (k: AddressKey) => draft.values[`${group}.${k}`];
  return {
    line1: text(v('line1')),
    line2: optional(v('line2')),
    city: text(v('city')),
    state: optional(v('state')),
    postal_code: text(v('postal_code')),
    country: text(v('country')).toUpperCase(),
  };
}

/** The PUT body: trimmed, empty optionals as null, the tax id upper-cased, no shipping address when "same as billing". */
export function detailsOf(draft: Draft): BillingDetails {
  return {
    business_name: text(draft.values.business_name),
    billing_email: text(draft.values.billing_email),
    phone: optional(draft.values.phone),
    tax_id: optional(draft.values.tax_id)?.toUpperCase() ?? null,
    address: addressOf(draft, 'address'),
    shipping_address: draft.shippingSame ? null : addressOf(draft, 'shipping_address'),
  };
}

export const isIndia = (draft: Draft) => draft.values['address.country'] === 'IN';

/** The fields on screen, in the order they appear (focus goes to the first invalid one). */
export function visibleFields(draft: Draft): FieldName[] {
  const group = (g: AddressGroup) => ADDRESS_KEYS.filter((k) => k !== 'country').map((k) => `${g}.${k}` as FieldName);
  const fields: FieldName[] = ['address.country', 'tax_id', 'business_name', 'billing_email', 'phone', ...group('address')];
  if (!draft.shippingSame) fields.push('shipping_address.country', ...group('shipping_address'));
  return fields;
}

/** Client-side checks, with the messages shown next to the fields. */
export function validate(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  const v = draft.values;
  const required = msg('Required', { id: 'billing-details-form.error.required' });
  const need = (name: FieldName) => {
    if (!v[name].trim()) errors[name] = required;
  };
  need('address.country');
  need('business_name');
  need('billing_email');
  if (v.billing_email.trim() && !EMAIL.test(v.billing_email.trim()))
    errors.billing_email = msg('Enter an email address like accounts@example.com.', { id: 'billing-details-form.error.email' });
  if (v.phone.trim() && !PHONE.test(v.phone.trim()))
    errors.phone = msg('Enter the phone number in digits; a + at the start and spaces or hyphens between are fine, e.g. +91 22 5555 0100.', { id: 'billing-details-form.error.phone' });
  const taxId = v.tax_id.trim().toUpperCase();
  if (isIndia(draft) && taxId) {
    const gstinError = checkGstin(taxId, v['address.state']);
    if (gstinError) errors.tax_id = gstinError;
  } else if (taxId.length > 50) errors.tax_id = msg('At most 50 characters.', { id: 'billing-details-form.error.tax-id-long' });
  const groups: AddressGroup[] = draft.shippingSame ? ['address'] : ['address', 'shipping_address'];
  for (const g of groups) {
    need(`${g}.line1`);
    need(`${g}.city`);
    need(`${g}.postal_code`);
    if (g === 'shipping_address') need('shipping_address.country');
    const pin = v[`${g}.postal_code`].trim();
    if (pin && v[`${g}.country`] === 'IN' && !INDIAN_PIN.test(pin))
      errors[`${g}.postal_code`] = msg('Enter a 6-digit PIN code.', { id: 'billing-details-form.error.pin' });
  }
  return errors;
}

/**
 * What is wrong with a GSTIN (upper-case) for a billing address in `state`,
 * each failure in its own words: its shape, its state code, its check
 * character (a typo), or a state code that is not the address's state.
 */
export function checkGstin(gstin: string, state: string): string | undefined {
  if (!GSTIN.test(gstin)) return msg('Enter a valid 15-character GSTIN, e.g. 27AAPFU0939F1ZV.', { id: 'billing-details-form.error.gstin' });
  const code = gstin.slice(0, 2);
  const registered = GST_STATES[code];
  if (!registered)
    return msg(str`A GSTIN starts with a state code, and ${code} is not one. Check the first two digits.`, { id: 'billing-details-form.error.gstin-state-code' });
  if (!gstinChecksumOk(gstin))
    return msg('This GSTIN has a typo: its last character does not match the other 14. Copy it again from the GST certificate.', {
      id: 'billing-details-form.error.gstin-checksum',
    });
  const codes = stateCodesOf(state);
  if (codes.length && !codes.includes(code))
    return msg(str`This GSTIN is registered in ${registered} (state code ${code}), but the billing address is in ${state.trim()}. Use the GSTIN of that state, or correct the state.`, {
      id: 'billing-details-form.error.gstin-state',
    });
  return undefined;
}

/**
 * A server 422 `fields` map onto the visible inputs: exact dotted names; a
 * whole-group error ('address') on its first line. The rest is returned to be
 * shown with the form's message.
 */
export function mapServerErrors(fields: Record<string, string>, draft: Draft): { errors: FieldErrors; unmatched: string[] } {
  const visible = new Set<string>(visibleFields(draft));
  const errors: FieldErrors = {};
  const unmatched: string[] = [];
  for (const [name, message] of Object.entries(fields)) {
    const target = name === 'address' || name === 'shipping_address' ? `${name}.line1` : name;
    if (visible.has(target)) errors[target as FieldName] ??= message;
    else unmatched.push(`${name}: ${message}`);
  }
  return { errors, unmatched };
}
