export {
  VESTING_PRESETS,
  compareOffers,
  summarise,
  yearlyBreakdown,
  yearlyTotals,
  type OfferComparison,
  type OfferSummary,
  type OfferTerms,
  type VestingPresetId,
  type YearRow,
} from './terms.ts';
export { parseMoney, parsePercent } from './parse.ts';
export { formatMoney, formatPercent, siteDate } from './format.ts';
export {
  MAX_MONEY,
  MAX_VESTING_YEARS,
  ambiguousAmount,
  validateCustomVesting,
  validateDate,
  validateMoney,
  validatePercent,
  validateWhole,
  vestingYears,
  type ValidateOptions,
  type Validation,
} from './validate.ts';
export { CURRENCIES, currencyForLocale, isCurrencyCode, type CurrencyCode } from './currency.ts';
export { numberSymbols, type NumberSymbols } from './locale.ts';
