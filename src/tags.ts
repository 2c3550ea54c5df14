/**
 * The tags this package defines, without defining anything (safe in build
 * configs and on servers). For Vue:
 * `vue({ template: { compilerOptions: { isCustomElement: isCreditsElement } } })`.
 */
export const tagNames = [
  'credits-provider',
  'credits-area',
  'credits-balance',
  'monthly-usage',
  'usage-table',
  'purchase-wizard',
  'payments-list',
  'billing-details-form',
  'subscription-card',
  'credits-organisations',
] as const;

export type CreditsTagName = (typeof tagNames)[number];

/** True for the tags this package defines. */
export function isCreditsElement(tag: string): tag is CreditsTagName {
  return (tagNames as readonly string[]).includes(tag);
}
