/** Separators and digits a locale writes numbers with, normalised the way parsing normalises input. */
export type NumberSymbols = {
  group: string;
  decimal: string;
  /** The locale’s own digits 0–9 (ASCII for most locales). */
  digits: string[];
  /** Size of the group next to the decimal separator (3 almost everywhere). */
  primaryGroup: number;
  /** Size of the groups further left (2 in en-IN: 12,34,567). */
  secondaryGroup: number;
};

/** The locale the server renders widgets in (the reader’s own replaces it once an island runs), and the fallback for a malformed one. */
export const SERVER_LOCALE = 'en-US';

// A formatter costs far more to make than to use (ICU loads the locale's patterns), and a
// widget checks and formats every field on each render and keystroke: one per locale and options.
const formats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat that falls back to en-US instead of throwing on a malformed locale tag. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch (error) {
      // Only a bad locale is recoverable here; bad options (like an unknown currency) are the caller’s to handle.
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.NumberFormat(SERVER_LOCALE, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** Input and formatter output are both NFKC-normalised so that e.g. fr-FR’s narrow no-break space and a typed space compare equal. */
export function normaliseText(text: string): string {
  // Bidi marks come from copying RTL-formatted amounts; they are invisible and carry no meaning.
  return text.normalize('NFKC').replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
}

const cache = new Map<string, NumberSymbols>();

/** The locale’s separators, digits and grouping sizes, derived from Intl.NumberFormat#formatToParts. */
export function numberSymbols(locale: string): NumberSymbols {
  const cached = cache.get(locale);
  if (cached) return cached;
  const nf = numberFormat(locale);
  const parts = nf.formatToParts(1234567.5);
  const decimal = normaliseText(parts.find((p) => p.type === 'decimal')?.value ?? '.');
  // A locale that never groups still needs a group separator distinct from its decimal one.
  const group = normaliseText(parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? '.' : ','));
  const integers = nf
    .formatToParts(123456789)
    .filter((p) => p.type === 'integer')
    .map((p) => p.value.length);
  const plain = numberFormat(locale, { useGrouping: false });
  const symbols: NumberSymbols = {
    group,
    decimal,
    digits: Array.from({ length: 10 }, (_, d) => normaliseText(plain.format(d))),
    primaryGroup: integers.at(-1) ?? 3,
    secondaryGroup: integers.length > 2 ? (integers.at(-2) ?? 3) : (integers.at(-1) ?? 3),
  };
  cache.set(locale, symbols);
  return symbols;
}
