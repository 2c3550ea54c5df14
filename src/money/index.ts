/** Money and formatting: exact decimals, the live quote preview, input validation, Intl formatting (calendar arithmetic: src/time/calendar.ts). */
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
} from './format.js';
