import type { OfferTerms } from '../offer/index.ts';
import { levelRank, oneLine, sameLevel } from './levels.ts';
import type { OfferInput, Priority } from './state.ts';
import { parseExtras, type ExtraValues } from './extra-terms.ts';
import { parseOffer } from './terms.ts';

/** One negotiable term; several terms can share a priority. */
export type TermKey =
  | 'base'
  | 'bonusPercent'
  | 'reviewMonths'
  | 'level'
  | 'title'
  | 'equity'
  | 'equityRefresh'
  | 'signOn'
  | 'relocation'
  | 'startDate'
  | 'remoteDays'
  | 'timeOff'
  | 'otherTerms';

/** The terms each priority covers, in the order they are mentioned. */
export const PRIORITY_TERMS: Record<Priority, readonly TermKey[]> = {
  base: ['base', 'bonusPercent', 'reviewMonths'],
  level: ['level', 'title'],
  equity: ['equity', 'equityRefresh'],
  'sign-on': ['signOn', 'relocation'],
  'other-terms': ['startDate', 'remoteDays', 'timeOff', 'otherTerms'],
};

/** What an offer states, parsed: only fields filled in and valid, so nothing half-typed is ever worded. */
export type Known = Partial<OfferTerms> &
  ExtraValues & { level: string; title: string; otherTerms: string[] };

/** An offer’s filled-in, valid terms; other-terms lines are split, unbulleted and deduplicated. */
export function known(input: OfferInput, locale: string): Known {
  const { values } = parseOffer(input, locale);
  const { extras } = parseExtras(input);
  const lines = input.otherTerms
    .split(/\r?\n/)
    .map((line) => oneLine(line.replace(/^\s*[-*•]\s+/u, '')))
    .filter((line) => line !== '');
  return {
    ...values,
    ...extras,
    level: oneLine(input.level),
    title: oneLine(input.title ?? ''),
    otherTerms: [...new Map(lines.map((line) => [line.toLowerCase(), line])).values()],
  };
}

/** A vesting schedule without its trailing empty years (at least one year kept). */
export function trimZeros(vesting: readonly number[]): number[] {
  const last = vesting.findLastIndex((fraction) => fraction > 0);
  return vesting.slice(0, Math.max(1, last + 1));
}

/** Whether two vesting schedules are the same once trailing empty years are dropped. */
export function sameVesting(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return a === b;
  const x = trimZeros(a);
  const y = trimZeros(b);
  return x.length === y.length && x.every((fraction, i) => Math.abs(fraction - (y[i] ?? 0)) < 1e-9);
}

/** Whether the offer states the term at all (a money amount of 0 states nothing). */
export function states(term: TermKey, terms: Known): boolean {
  switch (term) {
    case 'equity':
      return (terms.equityGrant ?? 0) > 0;
    case 'base':
    case 'bonusPercent':
    case 'signOn':
    case 'relocation':
    case 'equityRefresh':
      return (terms[term] ?? 0) > 0;
    case 'remoteDays':
    case 'timeOff':
    case 'reviewMonths':
    case 'startDate':
      return terms[term] !== undefined;
    case 'level':
    case 'title':
      return terms[term] !== '';
    case 'otherTerms':
      return terms.otherTerms.length > 0;
  }
}

/**
 * How `a` compares with `b` on one term: above 0 when a is better, below 0 when worse, 0 when equal,
 * null when they can’t be ordered (free text, dates, a level off the ladder, a count one of them lacks).
 * More is better, except a pay review, which is better sooner. Money left blank is 0: an offer
 * without a sign-on bonus pays none.
 */
export function compareTerm(term: TermKey, a: Known, b: Known, ladder: readonly string[]): number | null {
  switch (term) {
    case 'equity':
      return (a.equityGrant ?? 0) - (b.equityGrant ?? 0);
    case 'level': {
      const x = levelRank(a.level, ladder);
      const y = levelRank(b.level, ladder);
      return x === null || y === null ? null : x - y;
    }
    case 'reviewMonths':
      return a.reviewMonths === undefined || b.reviewMonths === undefined
        ? null
        : b.reviewMonths - a.reviewMonths;
    case 'title':
    case 'startDate':
    case 'otherTerms':
      return null;
    case 'base':
    case 'bonusPercent':
    case 'signOn':
    case 'relocation':
    case 'equityRefresh':
      return (a[term] ?? 0) - (b[term] ?? 0);
    case 'remoteDays':
    case 'timeOff': {
      const x = a[term];
      const y = b[term];
      return x === undefined || y === undefined ? null : x - y;
    }
  }
}

/** Whether the counter names the term differently from the offer, so the message asks for it. */
export function differs(term: TermKey, counter: Known, offer: Known): boolean {
  switch (term) {
    case 'equity':
      return (
        counter.equityGrant !== undefined &&
        (counter.equityGrant !== (offer.equityGrant ?? 0) || !sameVesting(counter.vesting, offer.vesting))
      );
    case 'level':
    case 'title':
      return counter[term] !== '' && !sameLevel(counter[term], offer[term]);
    case 'otherTerms': {
      const offered = new Set(offer.otherTerms.map((line) => line.toLowerCase()));
      return counter.otherTerms.some((line) => !offered.has(line.toLowerCase()));
    }
    case 'base':
    case 'bonusPercent':
    case 'signOn':
    case 'relocation':
    case 'equityRefresh':
      return counter[term] !== undefined && counter[term] !== (offer[term] ?? 0);
    default:
      return counter[term] !== undefined && counter[term] !== offer[term];
  }
}
