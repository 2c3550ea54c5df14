import { html, svg } from 'lit';
import { CreditsElement } from '../../base/credits-element.js';
import { formStyles } from '../../styles/forms.js';
import { renderResource, skeleton } from '../../ui/states.js';
import { inlineStyle } from '../../ui/inline-style.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { ResourceController } from '../../state/resource-controller.js';
import { RECENT_MONTHS, monthlyUsage, type MonthUsage, type MonthlyUsageData } from '../../state/resources.js';
import { listNotice } from '../../ui/list-notice.js';
import { styles } from './monthly-usage.styles.js';
import { heading } from '../../ui/heading.js';

/** The current month and the previous three. */
export const MONTHS_SHOWN = RECENT_MONTHS;

// Chart geometry, in viewBox units (the SVG scales to the card's width).
const WIDTH = 480;
const HEIGHT = 200;
const TOP = 28; // room for the value above the tallest bar
const BOTTOM = 28; // room for the month under each bar
const PLOT = HEIGHT - TOP - BOTTOM;
const SLOT = WIDTH / MONTHS_SHOWN;
const BAR = 56;

const shortMonthFormats = new Map<string, Intl.DateTimeFormat>();
/** '2026-11' → "Nov" in the locale (a calendar month: no time zone shift). */
function shortMonth(month: string, locale: string): string {
  let format = shortMonthFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
    }
    shortMonthFormats.set(locale, format);
  }
  const [year, monthNumber] = month.split('-').map((part) => Number.parseInt(part, 10));
  return format.format(new Date(Date.UTC(year!, monthNumber! - 1, 1)));
}

/**
 * Credits used in the current month and the previous three, as a bar chart
 * with the numbers. The numbers come from the backend's monthly aggregation;
 * a backend without it (404/501) gets the same numbers summed from the usage
 * transactions, in calendar months of the viewer's time zone, with nothing
 * different shown.
 *
 * The chart is an SVG whose bars are each labelled (month and credits); a
 * table with the same numbers is there for screen readers.
 *
 * @summary Monthly Usage Summary: credits used per month, current month and the previous three.
 * @tagname monthly-usage
 * @csspart card - The card around everything.
 * @csspart headline - This month's figure and the four-month total.
 * @csspart chart - The SVG bar chart.
 * @csspart bar - Each bar (an SVG rect).
 * @csspart table - The table alternative (visually hidden by default).
 * @cssprop --credits-chart-bar-color - Bar colour (default: the primary colour).
 * @cssprop --credits-chart-height - Height of the chart area (default 200px).
 */
export class CreditsMonthlyUsage extends CreditsElement {
  static override styles = [...CreditsElement.styles, formStyles, styles];

  private readonly usage = new ResourceController(this, monthlyUsage, () => ({
    months: MONTHS_SHOWN,
    timeZone: this.credits?.timeZone || undefined,
  }));

  protected override render() {
    // Busy only while loading (not in the error state, whose alert must be read).
    const busy = this.usage.state.data === undefined && this.usage.state.status !== 'error';
    return html`<section class="card" part="card" aria-busy=${busy ? 'true' : 'false'}>
      ${heading(this.titleLevel, msg('Monthly Usage Summary', { id: 'monthly-usage.title' }), { id: 'usage-title', class: 'title' })}
      ${renderResource(this.usage, {
        failed: msg('Monthly usage could not be loaded.', { id: 'monthly-usage.load-failed' }),
        loading: () => this.renderSkeleton(),
        empty: () => this.renderEmpty(),
        data: (months) => this.renderData(months),
      })}
    </section>`;
  }

  private renderSkeleton() {
    // The headline's three parts as grey words of their text's size: they wrap where the text will (no jump at 390 px).
    return html`<div class="headline">
        <span class="figure">${skeleton('3.4em', '0.9em')}</span><span class="muted">${skeleton('10.5em', '0.9em')}</span
        ><span class="total muted">${skeleton('13em', '0.9em')}</span>
      </div>
      <div class="chart-area" aria-hidden="true">
        <div class="skeleton-bars">${[0.55, 0.8, 0.4, 0.65].map((h) => html`<span class="skeleton" ${inlineStyle({ height: `${h * 100}%` })}></span>`)}</div>
      </div>
      <span class="visually-hidden" role="status">${msg('Loading monthly usage…', { id: 'monthly-usage.loading' })}</span>`;
  }

  private renderEmpty() {
    return html`<div class="headline">
        <span class="figure">${this.fmt.credits(0)}</span>
        <span class="muted">${thisMonthLabel(0)}</span>
      </div>
      <div class="chart-area empty-area">
        <p class="empty">${msg('No credits used in the last 4 months.', { id: 'monthly-usage.empty' })}</p>
      </div>`;
  }

  private renderData(data: MonthlyUsageData) {
    const { months } = data;
    const current = months[0];
    const total = months.reduce((sum, m) => sum + m.credits_used, 0);
    const chronological = [...months].reverse();
    return html`<div class="headline" part="headline">
        <span class="figure">${this.fmt.credits(current?.credits_used ?? 0)}</span>
        <span class="muted">${thisMonthLabel(current?.credits_used ?? 0)}</span>
        <span class="total muted">${msg(str`${this.fmt.credits(total)} in the last 4 months`, { id: 'monthly-usage.total' })}</span>
      </div>
      ${listNotice(data, this.fmt.locale)}
      <div class="chart-area">${this.renderChart(chronological, current?.month)}</div>
      <table class="data visually-hidden" part="table">
        <caption>
          ${msg('Credits used per month', { id: 'monthly-usage.caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Month', { id: 'monthly-usage.month' })}</th>
            <th scope="col" class="num">${msg('Credits used', { id: 'monthly-usage.used' })}</th>
          </tr>
        </thead>
        <tbody>
          ${chronological.map(
            (m) => html`<tr>
              <th scope="row">${this.fmt.month(m.month)}</th>
              <td class="num">${this.fmt.credits(m.credits_used)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderChart(months: MonthUsage[], currentMonth: string | undefined) {
    const max = Math.max(1, ...months.map((m) => m.credits_used));
    const locale = this.fmt.locale;
    const bars = months.map((m, i) => {
      const height = m.credits_used === 0 ? 0 : Math.max(2, (m.credits_used / max) * PLOT);
      const x = i * SLOT + (SLOT - BAR) / 2;
      const y = TOP + PLOT - height;
      const [month, n] = [this.fmt.month(m.month), this.fmt.credits(m.credits_used)];
      const other = () => msg(str`${month}: ${n} credits used`, { id: 'monthly-usage.bar-other' });
      const label = plural(m.credits_used, { zero: other, one: () => msg(str`${month}: ${n} credit used`, { id: 'monthly-usage.bar-one' }), other });
      const isCurrent = m.month === currentMonth;
      // Named once, by its <title> (also the mouse's tooltip): an aria-label beside it would be read twice.
      return svg`<g class="bar-group" role="img" data-month=${m.month}>
        <title>${label}</title>
        <rect part="bar" class="bar" x=${x} y=${y} width=${BAR} height=${height} rx="4"></rect>
        <text class="value" x=${i * SLOT + SLOT / 2} y=${y - 8} text-anchor="middle">${this.fmt.credits(m.credits_used)}</text>
        <text class=${isCurrent ? 'month current' : 'month'} x=${i * SLOT + SLOT / 2} y=${HEIGHT - 8} text-anchor="middle">${shortMonth(m.month, locale)}</text>
      </g>`;
    });
    return html`<svg
      part="chart"
      class="chart"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label=${msg('Bar chart of credits used per month, oldest first', { id: 'monthly-usage.chart' })}
    >
      <line class="axis" x1="0" x2=${WIDTH} y1=${TOP + PLOT + 0.5} y2=${TOP + PLOT + 0.5}></line>
      ${bars}
    </svg>`;
  }
}

/** The words after this month's figure, by its plural category ("1 credit used", "0 क्रेडिट इस्तेमाल हुए"). */
function thisMonthLabel(used: number): string {
  const other = () => msg('credits used this month', { id: 'monthly-usage.this-month-other' });
  return plural(used, { zero: other, one: () => msg('credit used this month', { id: 'monthly-usage.this-month-one' }), other });
}
