import {
  formatMoney,
  formatPercent,
  numberSymbols,
  oneLine,
  parseOffer,
  siteDate,
  summarise,
  type CountField,
  type MoneyField,
  type Offer,
  type OfferInput,
} from '../offer/index.ts';
import { ladderOf, levelRank, sameLevel } from './levels.ts';
import { normalisePriorities, type CounterofferState, type Priority } from './state.ts';

/** The terms each priority covers, in the order they are mentioned. */
export const PRIORITY_TERMS = {
  base: ['base', 'bonusPercent', 'reviewMonths'],
  level: ['level', 'title'],
  equity: ['equity', 'equityRefresh'],
  'sign-on': ['signOn', 'relocation'],
  'other-terms': ['startDate', 'remoteDays', 'timeOff', 'otherTerms'],
} as const satisfies Record<Priority, readonly string[]>;

/** One negotiable term; several terms can share a priority. */
export type TermKey = (typeof PRIORITY_TERMS)[Priority][number];

/** A term the message names, already worded ("a base salary of $195,000"). */
export type Ask = { term: TermKey; phrase: string };

/** Where a counter asks for less than their offer: below it on a term, or leaving out a term they offered. */
export type LowerTerm = { term: TermKey; text: string };

/** "a" or "an" before an amount as `formatted`, by the English word it is first read with. */
export function article(amount: number, formatted: string, locale: string): 'a' | 'an' {
  // A currency code written first ("CHF 8,000") is read first, letter by letter.
  const code = /^[^\p{L}\d]*([A-Z])[A-Z]/u.exec(formatted)?.[1];
  if (code) return 'AEFHILMNORSX'.includes(code) ? 'an' : 'a';
  const digits = String(Math.trunc(Math.abs(amount)));
  // The number is read, not its locale’s writing ("8000 €" is "eight thousand"): its leading group,
  // of thousands or of lakh and crore where the locale groups so (18,00,000 is "eighteen lakh").
  const size = numberSymbols(locale).secondaryGroup === 2 ? 2 : 3;
  const higher = digits.length - 3;
  const lead = higher <= 0 ? digits : digits.slice(0, higher % size || size);
  return /^(8|8\d|8\d\d|11|18)$/.test(lead) ? 'an' : 'a';
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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

// A typed term read as part of a sentence: unquoted, no full stop, capital kept on names ("A laptop" → "a laptop").
function asWords(text: string): string {
  const bare = oneLine(text)
    .replace(/^["“'‘]+|["”'’]+$/gu, '')
    .replace(/[.;,!]+$/u, '');
  const first = bare.split(' ')[0] ?? '';
  const capitalised = first.length === 1 ? first !== 'I' : /^\p{Lu}\p{Ll}+:?$/u.test(first);
  return capitalised && /^\p{Lu}/u.test(first) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
}

// A vesting schedule without its trailing empty years (at least one year kept).
function trimZeros(vesting: readonly number[]): number[] {
  return vesting.slice(0, Math.max(1, vesting.findLastIndex((fraction) => fraction > 0) + 1));
}

function sameVesting(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return a === b;
  const [x, y] = [trimZeros(a), trimZeros(b)];
  return x.length === y.length && x.every((fraction, i) => Math.abs(fraction - (y[i] ?? 0)) < 1e-9);
}

/** How figures are written: money in the state’s currency, numbers and dates for the locale. */
export type Words = { money: (amount: number) => string; locale: string };

// `topic` names a term without its figure, for explore: the reader’s numbers stay theirs until they
// hear the company’s. `same`: the counter asks nothing else than the offer on it. `compare` is above
// 0 when a is better, null when they can’t be ordered. `value` is shorter than the phrase, for warnings.
type Term = {
  name: string;
  topic: string;
  states: (offer: Offer) => boolean;
  same: (counter: Offer, offer: Offer) => boolean;
  compare: (a: Offer, b: Offer, ladder: readonly string[]) => number | null;
  value: (offer: Offer, words: Words) => string;
  phrases: (offer: Offer, words: Words, theirs?: Offer) => string[];
};

// Money and the bonus: blank is 0, which states nothing, and more is better. `phrase` holds the value at "%".
function pay(field: MoneyField | 'bonusPercent', name: string, topic: string, phrase: string): Term {
  const value = (offer: Offer, words: Words) =>
    field === 'bonusPercent' ? formatPercent(offer[field], words.locale) : words.money(offer[field]);
  return {
    name,
    topic,
    value,
    states: (offer) => offer[field] > 0,
    same: (a, b) => a[field] === b[field],
    compare: (a, b) => a[field] - b[field],
    phrases: (offer, words) => (offer[field] ? [phrase.replace('%', () => value(offer, words))] : []),
  };
}

// Counts are unset when blank, 0 states something ("no remote days"), and an unset count can’t be ordered.
function counted(
  field: CountField,
  name: string,
  topic: string,
  value: (n: number) => string,
  phrase: (n: number) => string,
  sooner = false,
): Term {
  return {
    name,
    topic,
    states: (offer) => offer[field] !== undefined,
    same: (a, b) => a[field] === b[field],
    compare: ({ [field]: x }, { [field]: y }) =>
      x === undefined || y === undefined ? null : sooner ? y - x : x - y,
    value: (offer) => value(offer[field] ?? 0),
    phrases: (offer) => (offer[field] === undefined ? [] : [phrase(offer[field])]),
  };
}

// The level and title, the same words however they are written ("the Senior level", "senior").
function named(field: 'level' | 'title', name: string, phrase: (text: string) => string): Term {
  return {
    name,
    topic: `the ${field}`,
    states: (offer) => offer[field] !== '',
    same: (a, b) => sameLevel(a[field], b[field]),
    compare: (a, b, ladder) => {
      const [x, y] = [levelRank(a[field], ladder), levelRank(b[field], ladder)];
      return field === 'title' || x === null || y === null ? null : x - y;
    },
    value: (offer) => offer[field],
    phrases: (offer) => (offer[field] ? [phrase(offer[field])] : []),
  };
}

/** Every term: how it is named, stated, compared and worded. */
export const TERMS: Record<TermKey, Term> = {
  base: pay('base', 'base salary', 'the base salary', 'a base salary of %'),
  bonusPercent: pay('bonusPercent', 'target bonus', 'the target bonus', 'a target bonus of %'),
  reviewMonths: counted(
    'reviewMonths',
    'pay review',
    'when pay is reviewed',
    (n) => `after ${count(n, 'month', 'months')}`,
    // "after 0 months" is how a form says it, not a person.
    (n) => (n === 0 ? 'a pay review when I start' : `a pay review after ${count(n, 'month', 'months')}`),
    true, // a pay review is better sooner
  ),
  level: named('level', 'level', (level) => {
    const core = level.replace(/^the\s+/i, '');
    return /\blevel$/i.test(core) ? `the ${core}` : `the ${core} level`;
  }),
  title: named('title', 'job title', (title) =>
    /\btitle$/i.test(title) ? `the ${title}` : `the ${title} title`,
  ),
  equity: {
    name: 'equity grant',
    topic: 'the equity grant',
    states: (offer) => offer.equityGrant > 0,
    same: (a, b) => a.equityGrant === b.equityGrant && sameVesting(a.vesting, b.vesting),
    compare: (a, b) => a.equityGrant - b.equityGrant,
    value: (offer, words) => words.money(offer.equityGrant),
    // Against an offer of the same grant (`theirs`), the phrase names the vesting it changes.
    phrases: ({ equityGrant, vesting }, words, theirs) => {
      if (!equityGrant || !vesting) return [];
      const grant = words.money(equityGrant);
      const vests = `vesting ${schedule(vesting, words.locale)}`;
      return theirs?.vesting && theirs.equityGrant === equityGrant && !sameVesting(vesting, theirs.vesting)
        ? [`the ${grant} equity grant ${vests} (instead of ${schedule(theirs.vesting, words.locale, true)})`]
        : [`an equity grant of ${grant} ${vests}`];
    },
  },
  equityRefresh: pay(
    'equityRefresh',
    'yearly equity refresh',
    'equity refreshes',
    'a yearly equity refresh of %',
  ),
  signOn: {
    // The article follows the amount: "an $80,000 sign-on bonus".
    ...pay('signOn', 'sign-on bonus', 'a sign-on bonus', ''),
    phrases: ({ signOn }, words) => {
      const text = words.money(signOn);
      return signOn ? [`${article(signOn, text, words.locale)} ${text} sign-on bonus`] : [];
    },
  },
  relocation: pay('relocation', 'relocation support', 'relocation support', 'relocation support of %'),
  startDate: {
    name: 'start date',
    topic: 'the start date',
    states: (offer) => offer.startDate !== undefined,
    same: (a, b) => a.startDate === b.startDate,
    compare: () => null,
    value: (offer, words) => siteDate(offer.startDate ?? '', words.locale),
    phrases: (offer, words) =>
      offer.startDate ? [`a start date of ${siteDate(offer.startDate, words.locale)}`] : [],
  },
  remoteDays: counted(
    'remoteDays',
    'remote days',
    'remote days',
    (n) => `${count(n, 'day', 'days')} a week`,
    (n) => (n === 0 ? 'no remote days' : `${count(n, 'remote day', 'remote days')} a week`),
  ),
  timeOff: counted(
    'timeOff',
    'paid time off',
    'paid time off',
    (n) => `${count(n, 'day', 'days')} a year`,
    (n) => (n === 0 ? 'no paid time off' : `${count(n, 'day', 'days')} of paid time off a year`),
  ),
  otherTerms: {
    name: 'other terms',
    topic: '',
    states: (offer) => offer.otherTerms.length > 0,
    same: (counter, offer) => counter.otherTerms.every((line) => offered(offer).has(line.toLowerCase())),
    compare: () => null,
    value: (offer) => offer.otherTerms.join('; '),
    phrases: (offer) => offer.otherTerms.map(asWords),
  },
};

function offered(offer: Offer): Set<string> {
  return new Set(offer.otherTerms.map((line) => line.toLowerCase()));
}

/** Whether the offer states the term at all (an amount of 0 states nothing). */
export function states(term: TermKey, offer: Offer): boolean {
  return TERMS[term].states(offer);
}

function words(currency: string, locale: string): Words {
  return { money: (amount) => formatMoney(amount, currency, locale), locale };
}

/** A term’s value, shorter than its phrase, for warnings and the comparison: "$95,000", "2 days a week". */
export function valueText(term: TermKey, offer: Offer, currency: string, locale: string): string {
  return TERMS[term].value(offer, words(currency, locale));
}

const ALL_TERMS: readonly TermKey[] = Object.values(PRIORITY_TERMS).flat();

/** A state’s offers parsed once for everything a message says of them, with its ladder and words. */
export type Parsed = ReturnType<typeof offersOf>;

/** Parses the state’s offers as typed in the locale (invalid fields count as blank). */
export function offersOf(state: CounterofferState, locale: string) {
  const read = (input: OfferInput) => parseOffer(input, locale).offer;
  const [offer, counter, other] = [read(state.offer), read(state.counter), state.other && read(state.other)];
  return {
    state,
    offer,
    counter,
    other,
    ladder: ladderOf(state.ladder),
    words: words(state.currency, locale),
  };
}

/** Each term the counter asks less on: worse (a level only when both are on the ladder), or blank where theirs states it. */
export function lowerTerms(state: CounterofferState, locale: string): LowerTerm[] {
  return lowerIn(offersOf(state, locale));
}

/** lowerTerms for offers already parsed. */
export function lowerIn({ offer, counter, ladder, words }: Parsed): LowerTerm[] {
  return ALL_TERMS.flatMap((term): LowerTerm[] => {
    const { name, states, compare, value } = TERMS[term];
    if (term === 'otherTerms' || !states(offer)) return [];
    if (!states(counter))
      return [{ term, text: `Your counteroffer leaves out their ${name} (${value(offer, words)}).` }];
    if ((compare(counter, offer, ladder) ?? 0) >= 0) return [];
    return [
      { term, text: `Your ${name} (${value(counter, words)}) is less than theirs (${value(offer, words)}).` },
    ];
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

/** The terms the counter states otherwise than the offer, in priority order; lower ones only when the reader confirmed them. */
export function counterAsks(
  parsed: Parsed,
  lower = lowerIn(parsed),
  lowerAllowed = lower.length === 0 || parsed.state.confirmedLower === lowerKey(lower),
): Ask[] {
  const { state, offer, words } = parsed;
  const counter = { ...parsed.counter };
  counter.otherTerms = counter.otherTerms.filter((line) => !offered(offer).has(line.toLowerCase()));
  const below = new Set(lower.map((warning) => warning.term));
  return normalisePriorities(state.priorities).flatMap((priority) =>
    PRIORITY_TERMS[priority]
      .filter((term) => TERMS[term].states(counter) && !TERMS[term].same(counter, offer))
      .filter((term) => lowerAllowed || !below.has(term))
      .flatMap((term) => TERMS[term].phrases(counter, words, offer).map((phrase) => ({ term, phrase }))),
  );
}

/** What a counter says of another offer the reader cites (null when not): whether to name it, its figures, notes. */
export function otherOfferUse(parsed: Parsed, asked: readonly TermKey[]) {
  const { state, offer, counter, other, ladder, words } = parsed;
  if (!state.citeOtherOffer) return null;
  // One not entered is mentioned without figures; one entered only when worth more than theirs.
  if (!other) return { mention: true, figures: [], warnings: [] };
  if (summarise(other).total <= summarise(offer).total) {
    const warning =
      'Your other offer is worth no more than theirs over 4 years, so the message doesn’t mention it.';
    return { mention: false, figures: [], warnings: [warning] };
  }
  // Its figures back the asks where it beats their offer and matches the ask; beating the ask, the
  // reader could ask for more.
  const beats = (term: TermKey, than: Offer) => TERMS[term].compare(other, than, ladder);
  const backing = asked.filter((term) => (beats(term, offer) ?? 0) > 0 && (beats(term, counter) ?? -1) >= 0);
  const warnings = backing
    .filter((term) => (beats(term, counter) ?? 0) > 0)
    .map((term) => {
      const { name, value } = TERMS[term];
      return `Your other offer’s ${name} (${value(other, words)}) is more than you ask for (${value(counter, words)}): you could ask for more.`;
    });
  const figures = backing.slice(0, 3).flatMap((term) => TERMS[term].phrases(other, words));
  return { mention: true, figures, warnings };
}
