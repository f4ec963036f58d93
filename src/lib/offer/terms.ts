/** What an offer pays, as plain numbers; amounts are in one currency, vesting holds yearly fractions that sum to 1. */
export type OfferTerms = {
  base: number;
  bonusPercent: number;
  signOn: number;
  relocation: number;
  equityGrant: number;
  vesting: number[];
  /** A yearly equity refresh, counted from year 2 (the first comes after a year’s work); unset is none. */
  equityRefresh?: number;
};

/** Names of the built-in vesting schedules. */
export type VestingPresetId = 'even-4y' | 'back-weighted' | 'even-3y';

/** Common vesting schedules as yearly fractions of the grant. */
export const VESTING_PRESETS: Record<VestingPresetId, number[]> = {
  'even-4y': [0.25, 0.25, 0.25, 0.25],
  'back-weighted': [0.05, 0.15, 0.4, 0.4],
  'even-3y': [1 / 3, 1 / 3, 1 / 3],
};

/** One year of an offer, split by where the money comes from. */
export type YearRow = {
  year: number;
  base: number;
  bonus: number;
  equity: number;
  oneTime: number;
  total: number;
};

/** An offer over several years, with the figures people ask about first. */
export type OfferSummary = {
  years: YearRow[];
  total: number;
  average: number;
  guaranteedYear1: number;
};

/** How much a counteroffer adds over the offer (counter − offer). */
export type OfferComparison = {
  offer: OfferSummary;
  counter: OfferSummary;
  difference: number;
  percent: number | null;
  yearlyDifference: number[];
};

const DEFAULT_YEARS = 4;

// Callers pass years straight from UI state, so a NaN or fractional count must not produce a
// broken table: it degrades to whole years, never fewer than zero.
function yearCount(years: number): number {
  return Number.isFinite(years) ? Math.max(0, Math.trunc(years)) : 0;
}

/** Per-year breakdown (year 1 first); equity past the end of the schedule is 0. */
export function yearlyBreakdown(terms: OfferTerms, years: number = DEFAULT_YEARS): YearRow[] {
  const bonus = (terms.base * terms.bonusPercent) / 100;
  return Array.from({ length: yearCount(years) }, (_, k) => {
    const equity = terms.equityGrant * (terms.vesting[k] ?? 0) + (k > 0 ? (terms.equityRefresh ?? 0) : 0);
    const oneTime = k === 0 ? terms.signOn + terms.relocation : 0;
    return {
      year: k + 1,
      base: terms.base,
      bonus,
      equity,
      oneTime,
      total: terms.base + bonus + equity + oneTime,
    };
  });
}

/** Total pay for each year (year 1 first). */
export function yearlyTotals(terms: OfferTerms, years: number = DEFAULT_YEARS): number[] {
  return yearlyBreakdown(terms, years).map((row) => row.total);
}

/** Totals over the period, the yearly average and what year 1 pays regardless of bonus or equity. */
export function summarise(terms: OfferTerms, years: number = DEFAULT_YEARS): OfferSummary {
  const rows = yearlyBreakdown(terms, years);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return {
    years: rows,
    total,
    average: rows.length === 0 ? 0 : total / rows.length,
    guaranteedYear1: terms.base + terms.signOn + terms.relocation,
  };
}

/** Difference counter − offer over the period, in money and in percent of the offer (null when the offer totals 0). */
export function compareOffers(
  offer: OfferTerms,
  counter: OfferTerms,
  years: number = DEFAULT_YEARS,
): OfferComparison {
  const a = summarise(offer, years);
  const b = summarise(counter, years);
  const difference = b.total - a.total;
  return {
    offer: a,
    counter: b,
    difference,
    percent: a.total === 0 ? null : (difference / a.total) * 100,
    yearlyDifference: b.years.map((row, k) => row.total - (a.years[k]?.total ?? 0)),
  };
}
