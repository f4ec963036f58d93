// Writing a state for a share link or this browser's storage, apart from reading it (codec.ts), so
// the page that saves as the reader types needn't load the reader. One table says how each field
// travels, for both.
import { toBase64Url } from './base64url.ts';
import { mapAmounts, plainAmount } from './money-text.ts';
import {
  BASES,
  CALL_GOALS,
  CALL_STATUSES,
  REASONS,
  TEXT_LIMITS,
  VESTING_CHOICES,
  defaultState,
  emptyOfferInput,
  normalisePriorities,
  type CounterofferState,
  type Priority,
} from './state.ts';

/** Version written into every encoded state: the published site’s first. A reader of another version says so. */
export const STATE_VERSION = 1;

/** A field’s value on the wire, as JSON. */
export type Wire = Record<string, unknown>;

/** What a field is: text, an amount, a flag, one of some values, the priorities, an offer, a list of text. */
type Kind = 'text' | 'amount' | 'flag' | 'pick' | 'priorities' | 'offer' | 'list';

/**
 * How a field travels: its short key, its name in the state, its kind, and what bounds it (text: the
 * longest length; pick: the values allowed; list: how many, and each one’s length). A value equal
 * to the default, or empty, is left out, and read back as the default.
 */
export type Field = readonly [string, string, Kind, number | readonly string[] | readonly [number, number]];

const { name, money, term, level } = TEXT_LIMITS;

/** An offer’s fields. */
export const OFFER_FIELDS: readonly Field[] = [
  ['b', 'base', 'amount', money],
  ['bp', 'bonusPercent', 'text', money],
  ['s', 'signOn', 'amount', money],
  ['r', 'relocation', 'amount', money],
  ['e', 'equityGrant', 'amount', money],
  ['vp', 'vestingPreset', 'pick', VESTING_CHOICES],
  ['cv', 'customVesting', 'list', [TEXT_LIMITS.vestingYears, TEXT_LIMITS.vestingYear]],
  ['l', 'level', 'text', level],
  ['t', 'otherTerms', 'text', TEXT_LIMITS.otherTerms],
  ['ti', 'title', 'text', TEXT_LIMITS.title],
  ['sd', 'startDate', 'text', term],
  ['rd', 'remoteDays', 'text', term],
  ['to', 'timeOff', 'text', term],
  ['rv', 'reviewMonths', 'text', term],
  ['er', 'equityRefresh', 'amount', money],
];

/** The state’s fields besides the currency, which is always written. */
export const STATE_FIELDS: readonly Field[] = [
  ['co', 'company', 'text', name],
  ['ct', 'contact', 'text', name],
  ['yn', 'yourName', 'text', name],
  ['g', 'goal', 'pick', CALL_GOALS],
  ['r', 'reason', 'pick', REASONS],
  ['p', 'priorities', 'priorities', 0],
  ['oo', 'citeOtherOffer', 'flag', 0],
  ['no', 'nameOtherCompany', 'flag', 0],
  ['oc', 'otherCompany', 'text', name],
  ['o', 'offer', 'offer', 0],
  ['c', 'counter', 'offer', 0],
  ['x', 'other', 'offer', 0],
  ['st', 'status', 'pick', CALL_STATUSES],
  ['bs', 'basis', 'pick', BASES],
  ['dl', 'deadline', 'text', term],
  ['ld', 'ladder', 'list', [TEXT_LIMITS.ladder, level]],
  // A confirmation is a short key of the warnings confirmed.
  ['cl', 'confirmedLower', 'text', 2000],
];

/** One letter per priority keeps the ordering to five characters in the link. */
export const PRIORITY_CODES: Record<Priority, string> = {
  level: 'l',
  base: 'b',
  equity: 'e',
  'sign-on': 's',
  'other-terms': 't',
};

/** The text cut to `limit` code points. */
export function cap(text: string, limit: number): string {
  // UTF-16 length bounds the code point count, so the cheap check settles most fields.
  return text.length <= limit ? text : Array.from(text).slice(0, limit).join('');
}

// Plain digits, as plainAmount writes them: the only amount text that means the same in every locale.
const CANONICAL_AMOUNT = /^-?\d{1,20}(\.\d{1,2})?$/;

function write(kind: Kind, given: unknown, bound: Field[3]): unknown {
  const text = typeof given === 'string' ? given : '';
  if (kind === 'text') return cap(text, bound as number);
  // A canonical amount travels as a number, so no reader’s locale can read its separators differently.
  if (kind === 'amount') return CANONICAL_AMOUNT.test(text) ? Number(text) : cap(text, bound as number);
  if (kind === 'flag') return 1;
  if (kind === 'priorities')
    return normalisePriorities(given as Priority[])
      .map((priority) => PRIORITY_CODES[priority])
      .join('');
  if (kind === 'offer') return toWire(OFFER_FIELDS, given as object, emptyOfferInput());
  if (kind === 'list') {
    const [count, limit] = bound as [number, number];
    return (given as string[]).slice(0, count).map((item) => cap(item, limit));
  }
  return given;
}

/** What `fields` of `value` put on the wire, leaving out what equals `defaults` or is empty. */
export function toWire(fields: readonly Field[], value: object, defaults: object): Wire {
  const wire: Wire = {};
  for (const [key, field, kind, bound] of fields) {
    const given: unknown = value[field as keyof typeof value];
    const fallback: unknown = defaults[field as keyof typeof defaults];
    if (given == null || (kind !== 'offer' && JSON.stringify(given) === JSON.stringify(fallback))) continue;
    const written = write(kind, given, bound);
    // An offer with nothing in it is left out, unless it is there at all only when the reader added it.
    if (written !== '' && !(fallback && JSON.stringify(written) === '{}')) wire[key] = written;
  }
  return wire;
}

/**
 * Encodes the state for a URL fragment or localStorage: versioned JSON as base64url, long text fields
 * capped, defaults left out. Amounts already in plain digits (see plainAmount) are written as numbers.
 */
export function encodeState(state: CounterofferState): string {
  const wire = { v: STATE_VERSION, cu: state.currency, ...toWire(STATE_FIELDS, state, defaultState('')) };
  return toBase64Url(JSON.stringify(wire));
}

/** The state as it is saved: amounts as plain numbers, so a save reads the same in every locale. */
export function encodeForSave(state: CounterofferState, locale: string): string {
  return encodeState(mapAmounts(state, (text) => plainAmount(text, locale)));
}
