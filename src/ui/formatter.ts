/** Formatting bound to one locale and time zone (the provider's). */
import {
  formatCredits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatPercent,
  formatSignedCredits,
} from '../money/format.js';

export class Formatter {
  constructor(
    readonly locale: string,
    readonly timeZone?: string,
  ) {}
  money = (amount: string, currency: string) => formatMoney(amount, currency, this.locale);
  credits = (n: number) => formatCredits(n, this.locale);
  signedCredits = (n: number) => formatSignedCredits(n, this.locale);
  date = (iso: string) => formatDate(iso, this.locale, this.timeZone);
  dateTime = (iso: string) => formatDateTime(iso, this.locale, this.timeZone);
  month = (month: string) => formatMonth(month, this.locale);
  percent = (rate: string) => formatPercent(rate, this.locale);
}
