/** Money and formatting: exact decimals, the live quote preview, input validation, Intl formatting (dates and months: src/time/format-date.ts and format-month.ts; calendar arithmetic: src/time/calendar.ts). */
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
} from './format.js';
export { formatDate, formatDateTime } from '../time/format-date.js';
export { formatMonth } from '../time/format-month.js';
