import { formatMoney, formatPercent, numberSymbols, type OfferTerms } from '../offer/index.ts';
import type { OfferInput, Priority } from './state.ts';
import { parseOffer } from './terms.ts';

/** One negotiable term; several terms can share a priority. */
export type TermKey = 'base' | 'bonusPercent' | 'level' | 'equity' | 'signOn' | 'relocation' | 'otherTerms';

/** A term the message names, already worded ("a base salary of $195,000"). */
export type Ask = { term: TermKey; phrase: string };

/** The terms each priority covers, in the order they are mentioned. */
export const PRIORITY_TERMS: Record<Priority, readonly TermKey[]> = {
  base: ['base', 'bonusPercent'],
  level: ['level'],
  equity: ['equity'],
  'sign-on': ['signOn', 'relocation'],
  'other-terms': ['otherTerms'],
};

type Known = Partial<OfferTerms> & { level: string; otherTerms: string[] };

/** Collapses line breaks and runs of spaces, so names typed with stray newlines don't break the email's layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Only what the reader filled in and what parses: a half-typed field shouldn't put "$0" or
// garbage into a message they might send.
function known(input: OfferInput, locale: string): Known {
  return {
    ...parseOffer(input, locale).values,
    level: oneLine(input.level),
    otherTerms: input.otherTerms
      .split(/\r?\n/)
      .map((line) => oneLine(line.replace(/^\s*[-*•]\s+/u, '')))
      .filter((line) => line !== ''),
  };
}

function trimZeros(vesting: readonly number[]): number[] {
  const last = vesting.findLastIndex((fraction) => fraction > 0);
  return vesting.slice(0, Math.max(1, last + 1));
}

function sameVesting(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return a === b;
  const x = trimZeros(a);
  const y = trimZeros(b);
  return x.length === y.length && x.every((fraction, i) => Math.abs(fraction - (y[i] ?? 0)) < 1e-9);
}

function normaliseLevel(level: string): string {
  return oneLine(level)
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/ level$/, '');
}

/**
 * "a" or "an" before an amount, by the word it is first read with in English. That word comes from
 * the number, not from how the locale writes it ("8000 €" in es-ES is still "eight thousand…"): its
 * leading digit group reads "an" for 8, 11, 18, 80–89 and 800–899. Groups are thousands, or lakh
 * and crore where the locale groups that way (en-IN's 18,00,000 is "eighteen lakh"). A currency
 * code written first ("CHF 8,000") is read first, letter by letter. `formatted` is the amount as shown.
 */
export function article(amount: number, formatted: string, locale: string): 'a' | 'an' {
  const code = /^[^\p{L}\d]*([A-Z])[A-Z]/u.exec(formatted)?.[1];
  if (code) return 'AEFHILMNORSX'.includes(code) ? 'an' : 'a';
  const digits = String(Math.trunc(Math.abs(amount)));
  // Thousands, then thousands again, except where the locale groups in twos above them (lakh, crore).
  const size = numberSymbols(locale).secondaryGroup === 2 ? 2 : 3;
  const higher = digits.length - 3;
  const lead = higher <= 0 ? digits : digits.slice(0, higher % size || size);
  return /^(8|8\d|8\d\d|11|18)$/.test(lead) ? 'an' : 'a';
}

function levelPhrase(level: string): string {
  const core = oneLine(level).replace(/^the\s+/i, '');
  return /\blevel$/i.test(core) ? `the ${core}` : `the ${core} level`;
}

function vestingPhrase(vesting: readonly number[], locale: string): string {
  const schedule = trimZeros(vesting);
  const years = schedule.length;
  const span = `vesting over ${years} ${years === 1 ? 'year' : 'years'}`;
  const even = schedule.every((fraction) => Math.abs(fraction - 1 / years) < 1e-6);
  if (even) return span;
  return `${span} (${schedule.map((fraction) => formatPercent(fraction * 100, locale)).join(', ')})`;
}

function quote(text: string): string {
  return /^["“'‘].*["”'’]$/u.test(text) ? text : `“${text}”`;
}

function phrasesFor(term: TermKey, terms: Known, currency: string, locale: string): string[] {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  switch (term) {
    case 'base':
      return terms.base ? [`a base salary of ${money(terms.base)}`] : [];
    case 'bonusPercent':
      return terms.bonusPercent ? [`a target bonus of ${formatPercent(terms.bonusPercent, locale)}`] : [];
    case 'level':
      return terms.level ? [levelPhrase(terms.level)] : [];
    case 'equity':
      return terms.equityGrant && terms.vesting
        ? [`an equity grant of ${money(terms.equityGrant)} ${vestingPhrase(terms.vesting, locale)}`]
        : [];
    case 'signOn': {
      if (!terms.signOn) return [];
      const amount = money(terms.signOn);
      return [`${article(terms.signOn, amount, locale)} ${amount} sign-on bonus`];
    }
    case 'relocation':
      return terms.relocation ? [`relocation support of ${money(terms.relocation)}`] : [];
    case 'otherTerms':
      return terms.otherTerms.map(quote);
  }
}

function differs(term: TermKey, counter: Known, offer: Known): boolean {
  switch (term) {
    case 'base':
    case 'bonusPercent':
    case 'signOn':
    case 'relocation':
      return counter[term] !== undefined && counter[term] !== (offer[term] ?? 0);
    case 'level':
      return counter.level !== '' && normaliseLevel(counter.level) !== normaliseLevel(offer.level);
    case 'equity':
      return (
        counter.equityGrant !== undefined &&
        (counter.equityGrant !== (offer.equityGrant ?? 0) || !sameVesting(counter.vesting, offer.vesting))
      );
    case 'otherTerms':
      return counter.otherTerms.length > 0;
  }
}

/** What the counter asks for, in priority order: every filled-in term that differs from the offer (amounts of 0 are never asked for). */
export function counterAsks(
  offer: OfferInput,
  counter: OfferInput,
  priorities: readonly Priority[],
  currency: string,
  locale: string,
): Ask[] {
  const o = known(offer, locale);
  const c = known(counter, locale);
  // Terms the offer already includes word for word aren't asks.
  const offered = new Set(o.otherTerms.map((line) => line.toLowerCase()));
  c.otherTerms = c.otherTerms.filter((line) => !offered.has(line.toLowerCase()));
  return priorities.flatMap((priority) =>
    PRIORITY_TERMS[priority]
      .filter((term) => differs(term, c, o))
      .flatMap((term) => phrasesFor(term, c, currency, locale).map((phrase) => ({ term, phrase }))),
  );
}

function beats(term: TermKey, other: Known, offer: Known): boolean {
  switch (term) {
    case 'base':
    case 'bonusPercent':
    case 'signOn':
    case 'relocation':
      return (other[term] ?? 0) > (offer[term] ?? 0);
    case 'equity':
      return (other.equityGrant ?? 0) > (offer.equityGrant ?? 0);
    case 'level':
      return other.level !== '' && normaliseLevel(other.level) !== normaliseLevel(offer.level);
    case 'otherTerms':
      // Quoted free text isn't a figure, and quoting another company's fine print reads oddly.
      return false;
  }
}

/** The other offer's figures worth citing: where it beats this offer, limited to the terms being asked for when any of those qualify. */
export function otherOfferFigures(
  other: OfferInput,
  offer: OfferInput,
  priorities: readonly Priority[],
  asked: readonly TermKey[],
  currency: string,
  locale: string,
): string[] {
  const theirs = known(other, locale);
  const ours = known(offer, locale);
  // Citing a figure that is lower than this offer would only weaken the reader's case.
  const stronger = priorities
    .flatMap((priority) => PRIORITY_TERMS[priority])
    .filter((term) => beats(term, theirs, ours));
  const relevant = stronger.filter((term) => asked.includes(term));
  return (relevant.length > 0 ? relevant : stronger).flatMap((term) =>
    phrasesFor(term, theirs, currency, locale),
  );
}
