/** Currencies offered first in the picker: the ones readers' offers are most often in. */
// prettier-ignore
export const CURRENCIES = [
  'USD', 'EUR', 'GBP', 'INR', 'CAD', 'AUD', 'JPY', 'CHF', 'SGD', 'SEK',
  'NOK', 'DKK', 'PLN', 'NZD', 'BRL', 'MXN', 'ZAR', 'HKD', 'CNY', 'ILS',
] as const;

/** One of the common currency codes in CURRENCIES. */
export type CurrencyCode = (typeof CURRENCIES)[number];

// prettier-ignore
const EURO_REGIONS = [
  'AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'PT', 'SI', 'SK', 'SM', 'VA', 'AD', 'ME', 'XK',
];

// prettier-ignore
const REGION_CURRENCY: Record<string, CurrencyCode> = {
  ...Object.fromEntries(EURO_REGIONS.map((region) => [region, 'EUR' as const])),
  US: 'USD', PR: 'USD', GB: 'GBP', IN: 'INR', CA: 'CAD', AU: 'AUD', JP: 'JPY',
  CH: 'CHF', LI: 'CHF', SG: 'SGD', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN',
  NZ: 'NZD', BR: 'BRL', MX: 'MXN', ZA: 'ZAR', HK: 'HKD', CN: 'CNY', IL: 'ILS',
};

/** Best guess at the reader’s currency from the locale’s region (de-DE → EUR, en-IN → INR); USD when unknown. */
export function currencyForLocale(locale: string): CurrencyCode {
  try {
    const parsed = new Intl.Locale(locale);
    // "de" has no region; maximize() supplies the likely one (DE) so language-only locales still get a guess.
    const region = parsed.region ?? parsed.maximize().region;
    return (region && REGION_CURRENCY[region]) || 'USD';
  } catch {
    return 'USD';
  }
}

let known: Set<string> | undefined;

/** Whether the text is an ISO 4217 code this runtime can format (any well-formed code where Intl can’t list them). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  known ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return known.size === 0 || known.has(code);
}
