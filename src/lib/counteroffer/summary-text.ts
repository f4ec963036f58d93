import { formatMoney, formatPercent, type OfferComparison } from '../offer/index.ts';

/** How the counteroffer compares, in words: "12% more than their offer". */
export function percentPhrase(percent: number, locale: string): string {
  const rounded = Math.round(Math.abs(percent) * 10) / 10;
  if (rounded === 0) return 'the same as their offer';
  return `${formatPercent(rounded, locale)} ${percent > 0 ? 'more' : 'less'} than their offer`;
}

/** One sentence for the live region and the results: "Counteroffer: $812,000 over 4 years, 12% more than their offer." */
export function totalsSummary(comparison: OfferComparison, currency: string, locale: string): string {
  const { offer, counter, percent } = comparison;
  if (offer.total === 0 && counter.total === 0) return 'Enter their offer to see the totals.';
  const years = counter.years.length;
  const total = `Counteroffer: ${formatMoney(Math.round(counter.total), currency, locale)} over ${years} years`;
  return percent === null ? `${total}.` : `${total}, ${percentPhrase(percent, locale)}.`;
}
