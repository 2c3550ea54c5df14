/**
 * The filter bar both lists share (the usage table's event filter, the payments
 * list's status filter, each with a date range): one select, the From and To
 * fields, Clear filters and the range error. Narrow (a phone, a sidebar), the
 * bar waits behind a "Filters" button (aria-expanded) instead of taking the
 * first screen before any data (#17.20); wide, it is always open.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';

export interface FilterSelect {
  id: string;
  name: string;
  label: string;
  /** The first option: every value ('' selected). */
  all: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** A class for the field (layout hooks). */
  class?: string;
  onChange(value: string): void;
}

export interface FilterBarView {
  /** The form's accessible name, when the card's title does not say what it filters. */
  label?: string;
  /** The select (event or status); none where the rows have nothing to choose. */
  select?: FilterSelect;
  /** From `DateRangeFields.render()`. */
  range: { fields: unknown; errors: unknown };
  /** Offer Clear filters (a filter is set, or an input is wrong). */
  clearable: boolean;
  onClear(): void;
  /** From after To. */
  rangeError: boolean;
}

/** The id of the filter form (the Filters button controls it). */
export const FILTERS_ID = 'filters';

export function filterBar(view: FilterBarView): TemplateResult {
  const select = view.select;
  return html`<form class="filters" id=${FILTERS_ID} part="filters" aria-label=${view.label ?? nothing} @submit=${(e: Event) => e.preventDefault()}>
    ${select
      ? html`<div class=${`field ${select.class ?? ''}`.trim()}>
          <label for=${select.id}>${select.label}</label>
          <select id=${select.id} name=${select.name} @change=${(e: Event) => select.onChange((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!select.value}>${select.all}</option>
            ${select.options.map((o) => html`<option value=${o.value} ?selected=${o.value === select.value}>${o.label}</option>`)}
          </select>
        </div>`
      : nothing}
    ${view.range.fields}
    ${view.clearable ? html`<button type="button" class="btn btn-small clear" @click=${view.onClear}>${msg('Clear filters', { id: 'common.filter.clear' })}</button>` : nothing}
    ${view.rangeError
      ? html`<p id="filter-range-error" class="field-error" role="alert">
          ${msg('The start date must not be after the end date.', { id: 'common.filter.range-error' })}
        </p>`
      : nothing}
    ${view.range.errors}
  </form>`;
}

/** The bar behind its "Filters" button: `applied` (how many filters are set) shows as a badge on it. */
export function collapsibleFilters(open: boolean, applied: number, onToggle: () => void, bar: unknown): TemplateResult {
  return html`<div class="filter-box" ?data-open=${open}>
    <button type="button" class="btn btn-small filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${FILTERS_ID} @click=${onToggle}>
      ${msg('Filters', { id: 'common.filters' })}${applied ? html` <span class="badge" data-tone="info">${applied}</span>` : nothing}
    </button>
    ${bar}
  </div>`;
}

export const filterBoxStyles = css`
  .filter-box {
    container-type: inline-size;
  }
  .filters-toggle {
    display: none;
  }
  @container (max-width: 36rem) {
    .filters-toggle {
      display: inline-flex;
      margin-bottom: var(--_spacing);
    }
    .filter-box:not([data-open]) .filters {
      display: none;
    }
  }
`;
