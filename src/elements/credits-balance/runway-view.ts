/**
 * The runway line of `<credits-balance>`. Reads the monthly usage with the
 * months and zone `<monthly-usage>` asks for, so one request serves both.
 */
import { html, nothing } from 'lit';
import type { Formatter } from '../../ui/formatter.js';
import { msg, str } from '../../i18n/localize.js';
import { plural } from '../../ui/plural.js';
import { ResourceController, type ResourceHost } from '../../state/resource-controller.js';
import { RECENT_MONTHS, monthlyUsage, type MonthlyUsageData, type MonthlyUsageParams } from '../../state/resources.js';
import { skeleton } from '../../ui/states.js';
import { runway, type Runway } from './runway.js';

/** The runway's two lines while the usage loads (no layout jump when it arrives). */
export const runwayPlaceholder = () =>
  html`<p class="runway runway-pending">${skeleton('15em', '0.9em')}<span class="runway-basis">${skeleton('14em', '0.8em')} ${skeleton('14.5em', '0.8em')}</span></p>`;

export class RunwayView {
  private readonly usage: ResourceController<MonthlyUsageParams, MonthlyUsageData>;

  constructor(private readonly host: ResourceHost) {
    this.usage = new ResourceController(host, monthlyUsage, () => ({
      months: RECENT_MONTHS,
      timeZone: host.credits?.timeZone || undefined,
    }));
  }

  /** The runway for `balance`, its placeholder while the usage loads, or nothing (no usage, failed, unsupported). */
  render(balance: number, fmt: Formatter): unknown {
    const usage = this.usage.state;
    if (balance <= 0) return nothing;
    if (usage.data === undefined) return usage.status === 'error' ? nothing : runwayPlaceholder();
    const result = runway(balance, usage.data.months, new Date(), this.host.credits?.timeZone || undefined);
    if (!result) return nothing;
    return html`<p class="runway" part="runway">
      ${runwayText(result, fmt)}
      <span class="runway-basis muted"
        >${basisText(result.used, fmt.credits(result.used), fmt.month(result.previousMonth))}</span
      >
    </p>`;
  }
}

function runwayText(result: Runway, fmt: Formatter): string {
  if (result.kind === 'under-a-day') return msg('Less than a day at your recent usage.', { id: 'credits-balance.runway.under-a-day' });
  if (result.kind === 'over-a-year') return msg('More than a year at your recent usage.', { id: 'credits-balance.runway.over-a-year' });
  const days = fmt.credits(result.days);
  return plural(result.days, {
    one: () => msg(str`≈ ${days} day at your recent usage.`, { id: 'credits-balance.runway.days-one' }),
    other: () => msg(str`≈ ${days} days at your recent usage.`, { id: 'credits-balance.runway.days-other' }),
  });
}

/** "Based on N credits used since the start of <month>.", one message per plural category. */
function basisText(used: number, n: string, month: string): string {
  return plural(used, {
    one: () => msg(str`Based on ${n} credit used since the start of ${month}.`, { id: 'credits-balance.runway.basis-one' }),
    other: () => msg(str`Based on ${n} credits used since the start of ${month}.`, { id: 'credits-balance.runway.basis-other' }),
  });
}
