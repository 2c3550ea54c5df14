/** The filter bar: event and date range. Applied filters become the list's API parameters. */
import { msg } from '../../i18n/localize.js';
import type { DateRangeFields } from '../../ui/date-field.js';
import { filterBar } from '../../ui/filter-box.js';

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
  return filterBar({
    select: withEvents
      ? {
          id: 'filter-event',
          name: 'event',
          label: msg('Event', { id: 'usage-table.col.event' }),
          all: msg('All events', { id: 'usage-table.filter.all-events' }),
          value: filters.eventId,
          options: options.map((e) => ({ value: e.id, label: e.name })),
          onChange: (eventId) => onChange({ eventId }),
        }
      : undefined,
    range,
    clearable: isFiltered(filters) || rangeError || dates.invalid,
    onClear: clear,
    rangeError,
  });
}
