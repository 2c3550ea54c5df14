/**
 * Formatting bound to one locale and time zone (the provider's): money, credits,
 * rates and months. Dates are formatted apart (`dateOf(fmt, iso)`, src/time/format-date.ts),
 * so an element that shows none, like the balance, does not carry that code.
 */
import { formatCredits, formatMoney, formatPercent, formatSignedCredits } from '../money/format.js';
import { formatMonth } from '../time/format-month.js';

export class Formatter {
  constructor(
    readonly locale: string,
    readonly timeZone?: string,
  ) {}
  money = (amount: string, currency: string) => formatMoney(amount, currency, this.locale);
  credits = (n: number) => formatCredits(n, this.locale);
  signedCredits = (n: number) => formatSignedCredits(n, this.locale);
  month = (month: string) => formatMonth(month, this.locale);
  percent = (rate: string) => formatPercent(rate, this.locale);
}
