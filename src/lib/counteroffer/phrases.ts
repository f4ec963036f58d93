import { formatMoney, formatPercent, numberSymbols, summarise } from '../offer/index.ts';
import {
  PRIORITY_TERMS,
  compareTerm,
  differs,
  known,
  states,
  sameVesting,
  trimZeros,
  type Known,
  type TermKey,
} from './compare-terms.ts';
import { oneLine } from './levels.ts';
import type { OfferInput, Priority } from './state.ts';
import { NO_TERMS } from './terms.ts';

export { PRIORITY_TERMS, type TermKey } from './compare-terms.ts';
export { oneLine } from './levels.ts';

/** A term the message names, already worded ("a base salary of $195,000"). */
export type Ask = { term: TermKey; phrase: string };

/** Where a counter asks for less than their offer: below it on a term, or leaving out a term they offered. */
export type LowerTerm = { term: TermKey; text: string };

/**
 * "a" or "an" before an amount, by the word it is first read with in English. That word comes from
 * the number, not from how the locale writes it ("8000 €" in es-ES is still "eight thousand…"): its
 * leading digit group reads "an" for 8, 11, 18, 80–89 and 800–899. Groups are thousands, or lakh
 * and crore where the locale groups that way (en-IN’s 18,00,000 is "eighteen lakh"). A currency
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

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A date (yyyy-mm-dd) as an English message writes it: "1 December 2026", "December 1, 2026" in en-US. */
export function datePhrase(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const english = /^en\b/i.test(locale) ? locale : 'en-GB';
  try {
    return new Intl.DateTimeFormat(english, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)),
    );
  } catch {
    return iso;
  }
}

// "evenly over 4 years", or "over 4 years (5%, 15%, 40%, 40%)"; `inline` writes the latter
// "5%, 15%, 40% and 40% over 4 years", for inside parentheses. Trailing empty years left out.
function schedule(vesting: readonly number[], locale: string, inline = false): string {
  const years = trimZeros(vesting);
  const span = `over ${years.length} ${years.length === 1 ? 'year' : 'years'}`;
  if (years.length === 1) return span;
  if (years.every((fraction) => Math.abs(fraction - 1 / years.length) < 1e-6)) return `evenly ${span}`;
  const shares = years.map((fraction) => formatPercent(fraction * 100, locale));
  if (inline) return `${shares.slice(0, -1).join(', ')} and ${shares.at(-1) ?? ''} ${span}`;
  return `${span} (${shares.join(', ')})`;
}

function vestingPhrase(vesting: readonly number[], locale: string): string {
  return `vesting ${schedule(vesting, locale)}`;
}

/**
 * A term the reader typed, read as part of the sentence: no quotation marks or closing full stop, and
 * a capital kept only where the word is a name or an acronym ("A laptop stipend" → "a laptop stipend").
 */
export function asWords(text: string): string {
  const bare = oneLine(text)
    .replace(/^["“'‘]+|["”'’]+$/gu, '')
    .replace(/[.;,!]+$/u, '');
  const first = bare.split(' ')[0] ?? '';
  const capitalised = first.length === 1 ? first !== 'I' : /^\p{Lu}\p{Ll}+:?$/u.test(first);
  return capitalised && /^\p{Lu}/u.test(first) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
}

/**
 * How the message words one term of an offer (none when the offer doesn’t state it). Given the offer
 * it answers (`theirs`), an equity grant of the same amount names the vesting it changes.
 */
export function phrasesFor(
  term: TermKey,
  terms: Known,
  currency: string,
  locale: string,
  theirs?: Known,
): string[] {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  switch (term) {
    case 'base':
      return terms.base ? [`a base salary of ${money(terms.base)}`] : [];
    case 'bonusPercent':
      return terms.bonusPercent ? [`a target bonus of ${formatPercent(terms.bonusPercent, locale)}`] : [];
    case 'reviewMonths':
      if (terms.reviewMonths === undefined) return [];
      // "after 0 months" is how a form says it, not a person.
      return [
        terms.reviewMonths === 0
          ? 'a pay review when I start'
          : `a pay review after ${count(terms.reviewMonths, 'month', 'months')}`,
      ];
    case 'level':
      return terms.level ? [levelPhrase(terms.level)] : [];
    case 'title':
      return terms.title
        ? [/\btitle$/i.test(terms.title) ? `the ${terms.title}` : `the ${terms.title} title`]
        : [];
    case 'equity': {
      if (!terms.equityGrant || !terms.vesting) return [];
      const grant = money(terms.equityGrant);
      if (
        theirs?.vesting &&
        theirs.equityGrant === terms.equityGrant &&
        !sameVesting(terms.vesting, theirs.vesting)
      ) {
        return [
          `the ${grant} equity grant ${vestingPhrase(terms.vesting, locale)} (instead of ${schedule(theirs.vesting, locale, true)})`,
        ];
      }
      return [`an equity grant of ${grant} ${vestingPhrase(terms.vesting, locale)}`];
    }
    case 'equityRefresh':
      return terms.equityRefresh ? [`a yearly equity refresh of ${money(terms.equityRefresh)}`] : [];
    case 'signOn': {
      if (!terms.signOn) return [];
      const amount = money(terms.signOn);
      return [`${article(terms.signOn, amount, locale)} ${amount} sign-on bonus`];
    }
    case 'relocation':
      return terms.relocation ? [`relocation support of ${money(terms.relocation)}`] : [];
    case 'startDate':
      return terms.startDate ? [`a start date of ${datePhrase(terms.startDate, locale)}`] : [];
    case 'remoteDays':
      if (terms.remoteDays === undefined) return [];
      return [
        terms.remoteDays === 0
          ? 'no remote days'
          : `${count(terms.remoteDays, 'remote day', 'remote days')} a week`,
      ];
    case 'timeOff':
      if (terms.timeOff === undefined) return [];
      return [
        terms.timeOff === 0
          ? 'no paid time off'
          : `${count(terms.timeOff, 'day', 'days')} of paid time off a year`,
      ];
    case 'otherTerms':
      return terms.otherTerms.map(asWords);
  }
}

/** A term’s value, shorter than its phrase, for warnings and the comparison: "$95,000", "2 days a week". */
export function valueText(term: TermKey, terms: Known, currency: string, locale: string): string {
  const money = (amount: number | undefined) => formatMoney(amount ?? 0, currency, locale);
  switch (term) {
    case 'base':
    case 'signOn':
    case 'relocation':
    case 'equityRefresh':
      return money(terms[term]);
    case 'equity':
      return money(terms.equityGrant);
    case 'bonusPercent':
      return formatPercent(terms.bonusPercent ?? 0, locale);
    case 'reviewMonths':
      return `after ${count(terms.reviewMonths ?? 0, 'month', 'months')}`;
    case 'remoteDays':
      return `${count(terms.remoteDays ?? 0, 'day', 'days')} a week`;
    case 'timeOff':
      return `${count(terms.timeOff ?? 0, 'day', 'days')} a year`;
    case 'startDate':
      return datePhrase(terms.startDate ?? '', locale);
    case 'level':
    case 'title':
      return terms[term];
    case 'otherTerms':
      return terms.otherTerms.join('; ');
  }
}

/** How each term is named in warnings. */
export const TERM_NAMES: Record<TermKey, string> = {
  base: 'base salary',
  bonusPercent: 'target bonus',
  reviewMonths: 'pay review',
  level: 'level',
  title: 'job title',
  equity: 'equity grant',
  equityRefresh: 'yearly equity refresh',
  signOn: 'sign-on bonus',
  relocation: 'relocation support',
  startDate: 'start date',
  remoteDays: 'remote days',
  timeOff: 'paid time off',
  otherTerms: 'other terms',
};

const ALL_TERMS: readonly TermKey[] = Object.values(PRIORITY_TERMS).flat();

/**
 * Every term where the counter asks for less than their offer: worse on the term (a level only when
 * both are on the ladder), or blank where their offer states it. Free-text terms count only when left out.
 */
export function lowerTerms(
  offer: OfferInput,
  counter: OfferInput,
  ladder: readonly string[],
  currency: string,
  locale: string,
): LowerTerm[] {
  const o = known(offer, locale);
  const c = known(counter, locale);
  return ALL_TERMS.flatMap((term): LowerTerm[] => {
    if (term === 'otherTerms' || !states(term, o)) return [];
    const name = TERM_NAMES[term];
    const theirs = valueText(term, o, currency, locale);
    if (!states(term, c)) {
      return [{ term, text: `Your counteroffer leaves out their ${name} (${theirs}).` }];
    }
    const order = compareTerm(term, c, o, ladder);
    if (order === null || order >= 0) return [];
    const yours = valueText(term, c, currency, locale);
    return [{ term, text: `Your ${name} (${yours}) is less than theirs (${theirs}).` }];
  });
}

/** A short key for a list of warnings, so a confirmation covers exactly the warnings the reader saw. */
export function lowerKey(warnings: readonly LowerTerm[]): string {
  if (warnings.length === 0) return '';
  // FNV-1a: a stable 32-bit hash, short enough for a share link.
  let hash = 0x811c9dc5;
  for (const char of warnings.map((warning) => warning.text).join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * What the counter asks for, in priority order: every filled-in term that differs from the offer
 * (amounts of 0 are never asked for). Terms where it asks for less are left out unless `lowerAllowed`
 * (the reader confirmed the warning), so the message never asks for less by accident.
 */
export function counterAsks(
  offer: OfferInput,
  counter: OfferInput,
  priorities: readonly Priority[],
  currency: string,
  locale: string,
  ladder: readonly string[] = [],
  lowerAllowed = false,
): Ask[] {
  const o = known(offer, locale);
  const c = known(counter, locale);
  const offered = new Set(o.otherTerms.map((line) => line.toLowerCase()));
  c.otherTerms = c.otherTerms.filter((line) => !offered.has(line.toLowerCase()));
  const lower = new Set(lowerTerms(offer, counter, ladder, currency, locale).map((warning) => warning.term));
  return priorities.flatMap((priority) =>
    PRIORITY_TERMS[priority]
      .filter((term) => differs(term, c, o) && (lowerAllowed || !lower.has(term)))
      .flatMap((term) => phrasesFor(term, c, currency, locale, o).map((phrase) => ({ term, phrase }))),
  );
}

/** The four-year total of an offer’s pay as typed (invalid fields count as blank). */
export function fourYearTotal(input: OfferInput, locale: string): number {
  const k = known(input, locale);
  return summarise({
    ...NO_TERMS,
    base: k.base ?? 0,
    bonusPercent: k.bonusPercent ?? 0,
    signOn: k.signOn ?? 0,
    relocation: k.relocation ?? 0,
    equityGrant: k.equityGrant ?? 0,
    vesting: k.vesting ?? NO_TERMS.vesting,
    equityRefresh: k.equityRefresh ?? 0,
  }).total;
}

/** What a counter may say of another offer: whether to mention it, its figures, and what the reader should know. */
export type OtherOfferUse = { mention: boolean; figures: string[]; warnings: string[] };

/**
 * Another offer backs a counter only when it is worth more than theirs over four years (refresh
 * included); then its figures are cited on the terms asked for where it is better than their offer
 * and at least the ask (at most three, most important first). Where it beats the ask, the reader is
 * told they could ask for more; when it is weaker overall, that the message leaves it out.
 */
export function otherOfferUse(
  other: OfferInput,
  offer: OfferInput,
  counter: OfferInput,
  asked: readonly TermKey[],
  currency: string,
  locale: string,
  ladder: readonly string[] = [],
): OtherOfferUse {
  if (fourYearTotal(other, locale) <= fourYearTotal(offer, locale)) {
    return {
      mention: false,
      figures: [],
      warnings: [
        'Your other offer is worth no more than theirs over 4 years, so the message doesn’t mention it.',
      ],
    };
  }
  const theirs = known(other, locale);
  const ours = known(offer, locale);
  const ask = known(counter, locale);
  const backing = asked.filter(
    (term) =>
      (compareTerm(term, theirs, ours, ladder) ?? 0) > 0 &&
      (compareTerm(term, theirs, ask, ladder) ?? -1) >= 0,
  );
  const warnings = backing
    .filter((term) => (compareTerm(term, theirs, ask, ladder) ?? 0) > 0)
    .map(
      (term) =>
        `Your other offer’s ${TERM_NAMES[term]} (${valueText(term, theirs, currency, locale)}) is more than you ask for (${valueText(term, ask, currency, locale)}): you could ask for more.`,
    );
  const figures = backing.slice(0, 3).flatMap((term) => phrasesFor(term, theirs, currency, locale));
  return { mention: true, figures, warnings };
}
