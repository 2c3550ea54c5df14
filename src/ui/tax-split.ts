/**
 * The GST split (contract 1.1) wherever tax is shown: the components (CGST +
 * SGST, or IGST) under the GST line and the place of supply. Shown only when
 * the server sent components that sum exactly to the tax amount, so the
 * figures on screen always add up.
 */
import { html, nothing } from 'lit';
import type { TaxAmount, TaxComponent } from '../api/schemas.js';
import { Decimal } from '../money/decimal.js';
import { msg } from '../i18n/localize.js';
import type { Formatter } from './formatter.js';

/** The components to show: present, each a decimal, and summing to `tax.amount` exactly; otherwise none. */
export function taxComponents(tax: TaxAmount | null | undefined): TaxComponent[] {
  const parts = tax?.components;
  if (!tax || !parts?.length) return [];
  let sum = Decimal.ZERO;
  for (const part of parts) {
    const amount = Decimal.tryParse(part.amount);
    if (!amount) return [];
    sum = sum.plus(amount);
  }
  const total = Decimal.tryParse(tax.amount);
  return total && sum.equals(total) ? parts : [];
}

const componentLabel = (part: TaxComponent, fmt: Formatter) => `${part.name} (${fmt.percent(part.rate)})`;
const placeLabel = () => msg('Place of supply', { id: 'tax.place-of-supply' });

/** Table rows under the GST row of a summary table (`<th scope="row">` + amount cell). */
export function taxSplitRows(tax: TaxAmount | null | undefined, currency: string, fmt: Formatter): unknown {
  const parts = taxComponents(tax);
  if (!tax || (!parts.length && !tax.place_of_supply)) return nothing;
  return html`${parts.map(
    (part) => html`<tr class="tax-component" part="tax-component">
      <th scope="row">${componentLabel(part, fmt)}</th>
      <td class="num">${fmt.money(part.amount, currency)}</td>
    </tr>`,
  )}
  ${tax.place_of_supply
    ? html`<tr class="tax-component" part="tax-component">
        <th scope="row">${placeLabel()}</th>
        <td>${tax.place_of_supply}</td>
      </tr>`
    : nothing}`;
}

/** Term/value pairs for a description list (`item(term, value)` renders one). */
export function taxSplitItems(tax: TaxAmount | null | undefined, currency: string, fmt: Formatter, item: (term: string, value: unknown) => unknown): unknown {
  const parts = taxComponents(tax);
  if (!tax) return nothing;
  return html`${parts.map((part) => item(componentLabel(part, fmt), html`<span class="num">${fmt.money(part.amount, currency)}</span>`))}
  ${tax.place_of_supply ? item(placeLabel(), tax.place_of_supply) : nothing}`;
}
