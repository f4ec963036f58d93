import { formatMoney, formatPercent, validateMoney, validatePercent } from '../offer/index.ts';
import type { OfferInput, Priority } from './state.ts';
import { vestingOf } from './terms.ts';

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

type Known = {
  base?: number;
  bonusPercent?: number;
  signOn?: number;
  relocation?: number;
  equityGrant?: number;
  vesting?: number[];
  level: string;
  otherTerms: string[];
};

type Money = 'base' | 'signOn' | 'relocation' | 'equityGrant';

const MONEY_FIELDS: readonly Money[] = ['base', 'signOn', 'relocation', 'equityGrant'];

/** Collapses line breaks and runs of spaces, so names typed with stray newlines don't break the email's layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Only what the reader filled in and what parses: a half-typed field shouldn't put "$0" or
// garbage into a message they might send.
function known(input: OfferInput, locale: string): Known {
  const result: Known = {
    level: oneLine(input.level),
    otherTerms: input.otherTerms
      .split(/\r?\n/)
      .map((line) => oneLine(line.replace(/^\s*[-*•]\s+/u, '')))
      .filter((line) => line !== ''),
  };
  for (const field of MONEY_FIELDS) {
    if (input[field].trim() === '') continue;
    const money = validateMoney(input[field], locale);
    if (money.ok) result[field] = money.value;
  }
  if (input.bonusPercent.trim() !== '') {
    const bonus = validatePercent(input.bonusPercent);
    if (bonus.ok) result.bonusPercent = bonus.value;
  }
  const vesting = vestingOf(input);
  if (vesting.ok) result.vesting = vesting.value;
  return result;
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

// "an $18,000 sign-on bonus" is read "an eighteen thousand…", so the article follows the spoken
// first word of the amount, not its first character.
function article(amount: string): 'a' | 'an' {
  // Symbols like $ and € are read after the number, so they are skipped; codes like "CHF" are read first, letter by letter.
  const lead = /^[^\p{L}\d]*(\p{L}|\d+)/u.exec(amount)?.[1] ?? '';
  if (/^\d/.test(lead)) return /^(8|8\d|8\d\d|11|18)$/.test(lead) ? 'an' : 'a';
  return /^[AEFHILMNORSX]$/i.test(lead) ? 'an' : 'a';
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
      return [`${article(amount)} ${amount} sign-on bonus`];
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
