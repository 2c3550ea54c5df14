/**
 * The payments list's filters (contract 1.1): status and a date range on
 * `created_at`, sent to the API as `status`, `from`, `to`. Edits show at once;
 * they are applied (become the list's parameters, hence a request) after a
 * short quiet time, so picking a status and two dates asks once. Each filter
 * is its own list in the store, so an answer to an older filter is never shown.
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PAYMENT_STATUSES } from '../../api/payment-statuses.js';
import { msg } from '../../i18n/localize.js';
import type { PaymentFilter } from '../../state/resources.js';
import { statusLabel } from './payment-rules.js';
import { DateRangeFields } from '../../ui/date-field.js';
import { collapsibleFilters, filterBar } from '../../ui/filter-box.js';

export interface PaymentFilters {
  /** '' = every status. */
  status: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

export const NO_PAYMENT_FILTERS: PaymentFilters = Object.freeze({ status: '', from: '', to: '' });

/** Quiet time after the last change before the filters are sent. */
export const FILTER_DEBOUNCE_MS = 300;

const isFiltered = (f: PaymentFilters) => Boolean(f.status || f.from || f.to);
/** A range the API accepts: from no later than to. */
const validRange = (f: PaymentFilters) => !f.from || !f.to || f.from <= f.to;

export class PaymentFiltersController implements ReactiveController {
  /** What the inputs show. */
  draft: PaymentFilters = NO_PAYMENT_FILTERS;
  /** What the list asks the API for. */
  applied: PaymentFilters = NO_PAYMENT_FILTERS;
  /** Narrow widths: the filter bar is open (behind its "Filters" button). */
  open = false;
  private timer?: ReturnType<typeof setTimeout>;

  /** The From and To fields, in the provider's locale. */
  private readonly dates: DateRangeFields;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string,
  ) {
    host.addController(this);
    this.dates = new DateRangeFields(host);
  }

  /** The list's parameters: undefined without filters (the same list as an unfiltered reader's). */
  get params(): PaymentFilter | undefined {
    const { status, from, to } = this.applied;
    return isFiltered(this.applied) ? { status: status || undefined, from: from || undefined, to: to || undefined } : undefined;
  }

  get filtered(): boolean {
    return isFiltered(this.applied);
  }

  /** Parts of file names: what the applied filters select. */
  get nameParts(): string[] {
    const { status, from, to } = this.applied;
    return [status, from && `from-${from}`, to && `to-${to}`].filter(Boolean);
  }

  set(next: PaymentFilters): void {
    this.draft = next;
    clearTimeout(this.timer);
    if (validRange(next)) this.timer = setTimeout(() => this.apply(), FILTER_DEBOUNCE_MS);
    this.host.requestUpdate();
  }

  /** Clear filters: at once, nothing to wait for. */
  clear(): void {
    clearTimeout(this.timer);
    this.dates.clear();
    this.draft = NO_PAYMENT_FILTERS;
    this.apply();
  }

  /** Back to no filters without a request of its own (the organisation changed). */
  reset(): void {
    clearTimeout(this.timer);
    this.dates.clear();
    this.draft = this.applied = NO_PAYMENT_FILTERS;
    this.open = false;
  }

  hostDisconnected(): void {
    // A pending edit is applied now rather than lost.
    if (this.timer !== undefined && validRange(this.draft)) this.applied = this.draft;
    clearTimeout(this.timer);
  }

  private apply(): void {
    this.timer = undefined;
    const d = this.draft;
    const a = this.applied;
    if (d.status !== a.status || d.from !== a.from || d.to !== a.to) this.applied = d;
    this.host.requestUpdate();
  }

  render() {
    const f = this.draft;
    const rangeError = !validRange(f);
    const range = this.dates.render({
      locale: this.locale(),
      range: { from: f.from, to: f.to },
      labels: { from: msg('From', { id: 'payments-list.filter.from' }), to: msg('To', { id: 'payments-list.filter.to' }) },
      rangeErrorId: rangeError ? 'filter-range-error' : undefined,
      classes: { from: 'f-from', to: 'f-to' },
      onChange: (end, iso) => this.set({ ...this.draft, [end]: iso }),
    });
    const bar = filterBar({
      label: msg('Filter payments', { id: 'payments-list.filter.label' }),
      select: {
        id: 'filter-status',
        name: 'status',
        class: 'f-status',
        label: msg('Status', { id: 'payments-list.col.status' }),
        all: msg('All statuses', { id: 'payments-list.filter.all' }),
        value: f.status,
        options: PAYMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
        onChange: (status) => this.set({ ...this.draft, status }),
      },
      range,
      clearable: isFiltered(f) || rangeError || this.dates.invalid,
      onClear: () => this.clear(),
      rangeError,
    });
    const applied = [this.applied.status, this.applied.from, this.applied.to].filter(Boolean).length;
    return collapsibleFilters(this.open, applied, () => ((this.open = !this.open), this.host.requestUpdate()), bar);
  }
}

/** On the shared filter row (forms.ts): in a narrow card, status on its own line and the two dates side by side. */
export const paymentFilterStyles = css`
  .filters .field {
    margin: 0;
  }
  .filters .field-error {
    margin: 0;
  }
  @container (max-width: 600px) {
    .filters {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: var(--_spacing);
    }
    .filters .f-status,
    .filters .clear,
    .filters .field-error {
      grid-column: 1 / -1;
    }
    .filters input,
    .filters select,
    .filters .date-control {
      width: 100%;
      min-width: 0;
    }
    .filters .clear {
      justify-self: start;
    }
  }
`;
