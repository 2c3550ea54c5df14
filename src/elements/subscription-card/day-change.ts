/**
 * Re-renders its host when the calendar day changes in the host's time zone,
 * so "N days remaining" on a page left open overnight is never a day stale.
 * One timer while connected (none after disconnect), set for the next
 * midnight and capped at an hour, so a DST day or a sleeping laptop costs at most that.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { calendarDaysUntil, msUntilNextDay } from '../../time/days.js';

const MAX_WAIT = 3_600_000;
const EPOCH = '1970-01-01';

export class DayChangeController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private day?: number;
  /** The zone the timer was set in: the provider's settings may arrive after connecting (its first update). */
  private zone?: string;

  /** `clock` is read at each check; `timeZone` is the host's current zone (undefined: the viewer's). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly clock: () => Date,
    private readonly timeZone: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.day = this.today();
    this.schedule();
  }

  /** The zone known at connect may not be the provider's yet: set the timer again once it changes. */
  hostUpdate(): void {
    if (this.timer !== undefined && this.timeZone() !== this.zone) {
      this.day = this.today();
      this.schedule();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Days since 1970-01-01 in the zone. */
  private today(): number {
    const now = this.clock();
    return this.inZone((zone) => -calendarDaysUntil(EPOCH, now, zone));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.zone = this.timeZone();
    const now = this.clock();
    const wait = this.inZone((zone) => msUntilNextDay(now, zone));
    this.timer = setTimeout(() => this.check(), Math.min(Math.max(wait + 50, 50), MAX_WAIT));
  }

  /** `f` in the host's zone, or in the viewer's when the runtime does not know that zone. */
  private inZone<T>(f: (zone: string | undefined) => T): T {
    try {
      return f(this.timeZone());
    } catch {
      return f(undefined);
    }
  }

  private check(): void {
    const day = this.today();
    if (day !== this.day) {
      this.day = day;
      this.host.requestUpdate();
    }
    this.schedule();
  }
}
