import { oneLine } from './format.ts';
import { SERVER_LOCALE } from './locale.ts';
import {
  validateCustomVesting,
  validateDate,
  validateMoney,
  validatePercent,
  validateWhole,
  type Validation,
} from './validate.ts';

/** How each vesting choice reads in the form and in the no-JavaScript explanation, presets first. */
export const VESTING_LABELS = {
  'even-4y': '4 years, even (25% a year)',
  'back-weighted': '4 years, back-weighted (5%, 15%, 40%, 40%)',
  'even-3y': '3 years, even (a third a year)',
  custom: 'Custom yearly percentages',
} as const;

/** A vesting preset, or the reader’s own yearly percentages. */
export type VestingChoice = keyof typeof VESTING_LABELS;

/** Vesting choices, presets first. */
export const VESTING_CHOICES = Object.keys(VESTING_LABELS) as VestingChoice[];

/** Common vesting schedules as yearly fractions of the grant. */
export const VESTING_PRESETS: Record<Exclude<VestingChoice, 'custom'>, number[]> = {
  'even-4y': [0.25, 0.25, 0.25, 0.25],
  'back-weighted': [0.05, 0.15, 0.4, 0.4],
  'even-3y': [1 / 3, 1 / 3, 1 / 3],
};

/** One offer exactly as the reader typed it; parsing happens later so half-typed input survives reloads. */
export type OfferInput = {
  base: string;
  bonusPercent: string;
  signOn: string;
  relocation: string;
  equityGrant: string;
  vestingPreset: VestingChoice;
  customVesting: string[];
  level: string;
  otherTerms: string;
  // Terms beyond pay, optional so that an offer the reader never opened "More terms" on stays small.
  /** Job title, as written in the offer. */
  title?: string;
  /** First day, as an ISO date (yyyy-mm-dd) from a date field. */
  startDate?: string;
  /** Days a week working remotely. */
  remoteDays?: string;
  /** Paid days off a year. */
  timeOff?: string;
  /** Yearly equity refresh, an amount. */
  equityRefresh?: string;
  /** Months until a pay review. */
  reviewMonths?: string;
};

/** An offer with nothing filled in yet (4-year even vesting, as most offers have). */
export function emptyOfferInput(): OfferInput {
  return {
    base: '',
    bonusPercent: '',
    signOn: '',
    relocation: '',
    equityGrant: '',
    vestingPreset: 'even-4y',
    customVesting: ['25', '25', '25', '25'],
    level: '',
    otherTerms: '',
  };
}

/** An offer’s terms, parsed: blank amounts are 0; blank counts and dates, and custom vesting that fails, are unset. */
export type Offer = {
  base: number;
  bonusPercent: number;
  signOn: number;
  relocation: number;
  equityGrant: number;
  vesting?: number[];
  /** A yearly equity refresh, counted from year 2 (the first comes after a year’s work). */
  equityRefresh: number;
  level: string;
  title: string;
  startDate?: string;
  remoteDays?: number;
  timeOff?: number;
  reviewMonths?: number;
  /** One term a line, unbulleted and without repeats. */
  otherTerms: string[];
};

/** The amount fields of an offer, in the order the form shows them. */
export const MONEY_FIELDS = ['base', 'signOn', 'relocation', 'equityGrant', 'equityRefresh'] as const;

/** One of an offer’s amount fields. */
export type MoneyField = (typeof MONEY_FIELDS)[number];

/** Whole-number terms, each with the largest it takes (days a week, days a year, months) and an example. */
export const COUNT_LIMITS = { remoteDays: [7, '2'], timeOff: [365, '25'], reviewMonths: [60, '6'] } as const;

/** One of the whole-number terms. */
export type CountField = keyof typeof COUNT_LIMITS;

const COUNTS = Object.keys(COUNT_LIMITS) as CountField[];

/** Fields of an offer that can fail validation. */
export type OfferField = MoneyField | CountField | 'bonusPercent' | 'customVesting' | 'startDate';

/** A message for each field that needs fixing. */
export type FieldErrors = Partial<Record<OfferField, string>>;

function otherTermLines(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => oneLine(line.replace(/^\s*[-*•]\s+/u, '')))
    .filter((line) => line !== '');
  return [...new Map(lines.map((line) => [line.toLowerCase(), line])).values()];
}

/** Parses an offer as typed in the locale, with a message per bad field; that field is blank, or `previous`’s value. */
export function parseOffer(
  input: OfferInput,
  locale: string,
  previous?: Offer,
): { offer: Offer; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const check = <T>(field: OfferField, result: Validation<T>, fallback: T): T => {
    if (result.ok) return result.value;
    errors[field] = result.message;
    return fallback;
  };
  const [base = 0, signOn = 0, relocation = 0, equityGrant = 0, equityRefresh = 0] = MONEY_FIELDS.map(
    (field) => check(field, validateMoney(input[field] ?? '', locale), previous?.[field] ?? 0),
  );
  const offer: Offer = {
    base,
    bonusPercent: check('bonusPercent', validatePercent(input.bonusPercent), previous?.bonusPercent ?? 0),
    signOn,
    relocation,
    equityGrant,
    equityRefresh,
    level: oneLine(input.level),
    title: oneLine(input.title ?? ''),
    otherTerms: otherTermLines(input.otherTerms),
  };
  for (const field of COUNTS) {
    const [max, example] = COUNT_LIMITS[field];
    const value = check(field, validateWhole(input[field] ?? '', max, example), previous?.[field] ?? null);
    if (value !== null) offer[field] = value;
  }
  const start = check('startDate', validateDate(input.startDate ?? ''), previous?.startDate ?? null);
  if (start !== null) offer.startDate = start;
  const vesting =
    input.vestingPreset === 'custom'
      ? check('customVesting', validateCustomVesting(input.customVesting), previous?.vesting ?? null)
      : [...VESTING_PRESETS[input.vestingPreset]];
  if (vesting) offer.vesting = vesting;
  return { offer, errors };
}

/** Nothing entered yet: every amount 0, vesting evenly over four years. */
export const NO_OFFER: Readonly<Offer> = parseOffer(emptyOfferInput(), SERVER_LOCALE).offer;

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
export type OfferSummary = { years: YearRow[]; total: number; average: number; guaranteedYear1: number };

/** How much a counteroffer adds over the offer (counter − offer), in money and in percent of the offer. */
export type OfferComparison = ReturnType<typeof compareOffers>;

/** Each year (year 1 first, 4 unless told), the totals and what year 1 pays regardless of bonus or equity; unset vesting is even over 4 years. */
export function summarise(offer: Offer, years = 4): OfferSummary {
  const bonus = (offer.base * offer.bonusPercent) / 100;
  const vesting = offer.vesting ?? VESTING_PRESETS['even-4y'];
  // Years come straight from UI state, so a NaN or fractional count degrades to whole years, never below 0.
  const count = Number.isFinite(years) ? Math.max(0, Math.trunc(years)) : 0;
  const rows = Array.from({ length: count }, (_, k): YearRow => {
    const equity = offer.equityGrant * (vesting[k] ?? 0) + (k > 0 ? offer.equityRefresh : 0);
    const oneTime = k === 0 ? offer.signOn + offer.relocation : 0;
    return {
      year: k + 1,
      base: offer.base,
      bonus,
      equity,
      oneTime,
      total: offer.base + bonus + equity + oneTime,
    };
  });
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const average = rows.length === 0 ? 0 : total / rows.length;
  return { years: rows, total, average, guaranteedYear1: offer.base + offer.signOn + offer.relocation };
}

/** Difference counter − offer over the period, in money and in percent of the offer (null when the offer totals 0). */
export function compareOffers(offer: Offer, counter: Offer, years = 4) {
  const [a, b] = [summarise(offer, years), summarise(counter, years)];
  const difference = b.total - a.total;
  return { offer: a, counter: b, difference, percent: a.total === 0 ? null : (difference / a.total) * 100 };
}
