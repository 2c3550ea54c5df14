/**
 * The From and To dates of a filter row (the usage table's and the payments
 * list's), entered and shown in the provider's locale (#17.24).
 *
 * Why a text field and not `<input type="date">`: a native date input draws
 * its value and its "mm/dd/yyyy" mask in the browser's locale, and no
 * attribute or style changes that, so an en-IN or hi-IN page on an en-US
 * browser shows month-first dates. A text field shows what we format: the
 * provider's day-month-year order (`src/ui/date-input.ts`, from
 * `Intl.DateTimeFormat(locale).formatToParts`). It is also one Tab stop (a
 * native date input is three, one per part). What it keeps of the native one:
 * a calendar (the button at its end, out of the Tab order, opens the browser's
 * picker on a hidden native input; Alt+ArrowDown opens it from the field), and
 * typing any digits (Devanagari, Bengali, Arabic-Indic …) — they are read as
 * the digits they are.
 *
 * Nothing typed is lost: the text stays as typed until it is a date; a
 * complete date applies while typing, and on leaving the field (or Enter) it
 * is shown in the locale's form, or kept with an error that says what to fix.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localize.js';
import { dateShape, formatDateInput, parseDateInput } from './date-input.js';

export type RangeEnd = 'from' | 'to';

/** `YYYY-MM-DD` or '' for each end. */
export interface DateRange {
  from: string;
  to: string;
}

export interface DateRangeView {
  /** The provider's locale: the order and form of the dates. */
  locale: string;
  /** The dates in force (what the inputs show unless something else is typed). */
  range: DateRange;
  labels: Record<RangeEnd, string>;
  /** The id of the row's "start after end" message while it is shown: both fields name it. */
  rangeErrorId?: string;
  /** Classes of each field's wrapper besides `field date-field`. */
  classes?: Partial<Record<RangeEnd, string>>;
  /** One end changed (the other is as it was: merge into the latest filters, not those of the last render). */
  onChange: (end: RangeEnd, iso: string) => void;
}

interface Typed {
  text: string;
  /** The value in force when this text was typed; when it changes from outside (Clear filters), the text goes. */
  base: string;
  error?: 'unreadable' | 'impossible';
}

const ENDS: readonly RangeEnd[] = ['from', 'to'];

export class DateRangeFields implements ReactiveController {
  private typed: Partial<Record<RangeEnd, Typed>> = {};
  /** The dates in force: as rendered, and as changed here since (several events can come between two renders). */
  private current: DateRange = { from: '', to: '' };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A field holds text that is not a date (its error is shown). */
  get invalid(): boolean {
    return ENDS.some((end) => this.typed[end]?.error);
  }

  /** Forget what was typed (Clear filters, another organisation). */
  clear(): void {
    this.typed = {};
    this.host.requestUpdate();
  }

  private errorText(end: RangeEnd, typed: Typed, example: string): string {
    if (typed.error === 'impossible')
      return end === 'from'
        ? msg(str`The start date ${typed.text} is not in the calendar. Check the day and the month.`, { id: 'date-field.from-impossible' })
        : msg(str`The end date ${typed.text} is not in the calendar. Check the day and the month.`, { id: 'date-field.to-impossible' });
    return end === 'from'
      ? msg(str`Enter the start date like ${example}.`, { id: 'date-field.from-unreadable' })
      : msg(str`Enter the end date like ${example}.`, { id: 'date-field.to-unreadable' });
  }

  /** The two fields, and the errors of what was typed in them (for the row's message line, each named by its field). */
  render(view: DateRangeView): { fields: TemplateResult; errors: TemplateResult } {
    const { example } = dateShape(view.locale);
    for (const end of ENDS) if (this.typed[end] && this.typed[end]!.base !== view.range[end]) delete this.typed[end];
    this.current = { ...view.range };

    const commit = (end: RangeEnd, iso: string) => {
      if (iso === this.current[end]) return;
      this.current = { ...this.current, [end]: iso };
      view.onChange(end, iso);
    };
    const onInput = (end: RangeEnd, text: string) => {
      const parsed = parseDateInput(text, view.locale, { typing: true });
      const iso = parsed.kind === 'date' ? parsed.iso : parsed.kind === 'empty' ? '' : this.current[end];
      this.typed = { ...this.typed, [end]: { text, base: iso } };
      commit(end, iso);
      this.host.requestUpdate();
    };
    const onLeave = (end: RangeEnd, text: string) => {
      const parsed = parseDateInput(text, view.locale);
      if (parsed.kind === 'date' || parsed.kind === 'empty') {
        const iso = parsed.kind === 'date' ? parsed.iso : '';
        delete this.typed[end]; // shown in the locale's form from now on
        commit(end, iso);
      } else {
        this.typed = { ...this.typed, [end]: { text, base: this.current[end], error: parsed.kind } };
      }
      this.host.requestUpdate();
    };
    const picked = (end: RangeEnd, iso: string) => {
      delete this.typed[end];
      commit(end, iso);
      this.host.requestUpdate();
    };
    const openPicker = (control: Element | null) => {
      const native = control?.querySelector<HTMLInputElement>('.date-native');
      const text = control?.querySelector<HTMLInputElement>('.date-text');
      text?.focus();
      try {
        native?.showPicker();
      } catch {
        // No picker here (an old browser, no user activation): the field takes typing.
      }
    };

    // Out of the Tab order (the field takes typing, and Alt+ArrowDown opens the same calendar), named for pointer and screen-reader users.
    const field = (end: RangeEnd) => {
      const calendarLabel =
        end === 'from'
          ? msg('Choose the start date from the calendar', { id: 'date-field.from-calendar' })
          : msg('Choose the end date from the calendar', { id: 'date-field.to-calendar' });
      const id = `filter-${end}`;
      const typed = this.typed[end];
      const describedBy = [typed?.error ? `${id}-error` : '', `${id}-format`, view.rangeErrorId ?? ''].filter(Boolean).join(' ');
      return html`<div class=${`field date-field ${view.classes?.[end] ?? ''}`.trim()}>
        <label for=${id}>${view.labels[end]}</label>
        <div class="date-control">
          <input
            id=${id}
            class="date-text"
            name=${end}
            type="text"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            placeholder=${example}
            .value=${live(typed?.text ?? formatDateInput(view.range[end], view.locale))}
            aria-invalid=${typed?.error || view.rangeErrorId ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${(e: Event) => onInput(end, (e.target as HTMLInputElement).value)}
            @change=${(e: Event) => onLeave(end, (e.target as HTMLInputElement).value)}
            @keydown=${(e: KeyboardEvent) => {
              if (e.altKey && e.key === 'ArrowDown') {
                e.preventDefault();
                openPicker((e.target as HTMLElement).parentElement);
              }
            }}
          />
          <button
            type="button"
            class="date-pick"
            tabindex="-1"
            aria-label=${calendarLabel}
            title=${calendarLabel}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${(e: Event) => openPicker((e.currentTarget as HTMLElement).parentElement)}
          ></button>
          <input
            type="date"
            class="date-native"
            tabindex="-1"
            aria-hidden="true"
            .value=${live(view.range[end])}
            min=${(end === 'to' && view.range.from) || nothing}
            max=${(end === 'from' && view.range.to) || nothing}
            @change=${(e: Event) => picked(end, (e.target as HTMLInputElement).value)}
          />
        </div>
        <span id=${`${id}-format`} class="visually-hidden">${msg(str`A date like ${example}`, { id: 'date-field.format' })}</span>
      </div>`;
    };

    const errors = html`${ENDS.map((end) => {
      const typed = this.typed[end];
      return typed?.error ? html`<p id=${`filter-${end}-error`} class="field-error" role="alert">${this.errorText(end, typed, example)}</p>` : nothing;
    })}`;
    return { fields: html`${field('from')}${field('to')}`, errors };
  }
}

/** The text field with the calendar button at its end; the native input under it only anchors the browser's picker. */
export const dateFieldStyles = css`
  .date-control {
    position: relative;
    display: grid;
    inline-size: calc(10ch + 20px + 2.25em);
    max-inline-size: 100%;
  }
  .date-field .date-text {
    box-sizing: border-box;
    inline-size: 100%;
    padding-inline-end: 2.25em;
    font-variant-numeric: tabular-nums;
  }
  .date-pick {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    inline-size: 2.25em;
    display: grid;
    place-items: center;
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) / 1.5);
    background: none;
    color: var(--_color-text-muted);
    cursor: pointer;
  }
  /* A calendar page drawn in CSS (no SVG: the hostile-input tests rightly look for none), silent for screen readers. */
  .date-pick::before {
    content: '' / '';
    box-sizing: border-box;
    inline-size: 13px;
    block-size: 12px;
    border: 1.5px solid currentColor;
    border-block-start-width: 3.5px;
    border-radius: 2px;
  }
  .date-pick:hover {
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  .field .date-native {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    min-height: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
`;
