/** The filter bar: event and date range. Applied filters become the list's API parameters. */
import { html, nothing } from 'lit';
import { msg } from '../../i18n/localize.js';
import type { DateRangeFields } from '../../ui/date-field.js';

export interface Filters {
  /** '' = all events. */
  eventId: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = Object.freeze({ eventId: '', from: '', to: '' });

export const isFiltered = (f: Filters) => Boolean(f.eventId || f.from || f.to);

export interface EventOption {
  id: string;
  name: string;
}

/** Remember the events seen in loaded rows (the choices of the event filter), sorted by name. */
export function rememberEvents(known: Map<string, string>, rows: readonly { event: EventOption | null }[]): EventOption[] {
  for (const row of rows) if (row.event && !known.has(row.event.id)) known.set(row.event.id, row.event.name);
  return [...known].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The filter bar behind a "Filters" button on narrow widths (a container query
 * shows the button and hides the closed bar); wide, the bar is always open.
 */
export function collapsibleFilters(open: boolean, applied: number, onToggle: () => void, bar: unknown): unknown {
  return html`<div class="filter-box" ?data-open=${open}>
    <button type="button" class="btn btn-small filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters" @click=${onToggle}>
      ${msg('Filters', { id: 'usage-table.filters' })}${applied ? html` <span class="badge" data-tone="info">${applied}</span>` : nothing}
    </button>
    ${bar}
  </div>`;
}

/** A date range the API accepts: each YYYY-MM-DD, from no later than to. */
export const validRange = (from: string, to: string) => !from || !to || from <= to;

export function filtersBar(
  filters: Filters,
  events: readonly EventOption[],
  /** What changed, merged into the latest filters by the caller. */
  onChange: (patch: Partial<Filters>) => void,
  rangeError: boolean,
  dates: DateRangeFields,
  locale: string,
  /** Credit Usage filters by event; Purchase History's rows have none. */
  withEvents = true,
): unknown {
  const changed = (e: Event) => onChange({ eventId: (e.target as HTMLSelectElement).value });
  const clear = () => {
    dates.clear();
    onChange(NO_FILTERS);
  };
  const range = dates.render({
    locale,
    range: { from: filters.from, to: filters.to },
    labels: { from: msg('From', { id: 'usage-table.filter.from' }), to: msg('To', { id: 'usage-table.filter.to' }) },
    rangeErrorId: rangeError ? 'filter-range-error' : undefined,
    onChange: (end, iso) => onChange({ [end]: iso }),
  });
  // The applied event may not be among the loaded rows (e.g. set before any load): keep it choosable.
  const options = filters.eventId && !events.some((e) => e.id === filters.eventId) ? [{ id: filters.eventId, name: filters.eventId }, ...events] : events;
  // Credit Usage: the Event filter is there from the first render (an empty choice until rows name events), so nothing moves when they arrive.
  return html`<form class="filters" id="filters" part="filters" @submit=${(e: Event) => e.preventDefault()}>
    ${withEvents
      ? html`<div class="field">
          <label for="filter-event">${msg('Event', { id: 'usage-table.col.event' })}</label>
          <select id="filter-event" name="event" @change=${changed}>
            <option value="" ?selected=${!filters.eventId}>${msg('All events', { id: 'usage-table.filter.all-events' })}</option>
            ${options.map((e) => html`<option value=${e.id} ?selected=${e.id === filters.eventId}>${e.name}</option>`)}
          </select>
        </div>`
      : nothing}
    ${range.fields}
    ${isFiltered(filters) || rangeError || dates.invalid
      ? html`<button type="button" class="btn btn-small clear" @click=${clear}>
          ${msg('Clear filters', { id: 'usage-table.filter.clear' })}
        </button>`
      : nothing}
    ${rangeError
      ? html`<p id="filter-range-error" class="field-error" role="alert">
          ${msg('The start date must not be after the end date.', { id: 'usage-table.filter.range-error' })}
        </p>`
      : nothing}
    ${range.errors}
  </form>`;
}
