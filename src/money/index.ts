/** Money and formatting: exact decimals, the live quote preview, input validation, Intl formatting. */
export { Decimal, DecimalParseError, minorUnitDigits } from './decimal.js';
export type { DecimalLike } from './decimal.js';
export { previewQuote, quotesAgree, validateCreditsInput, validateAmountInput } from './pricing.js';
export type { AmountInputResult, CreditsInputResult, CreditsInputRules } from './pricing.js';
export {
  EM_DASH,
  formatMoney,
  formatCredits,
  formatSignedCredits,
  formatPercent,
  formatDate,
  formatDateTime,
  formatMonth,
  calendarDaysUntil,
  msUntilNextDay,
  monthKey,
  previousMonths,
} from './format.js';
