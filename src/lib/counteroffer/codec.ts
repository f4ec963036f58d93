// The link and storage format: versioned JSON as base64url, with one table saying how each field
// travels, both ways. Writing and reading share the table, so a field can’t be saved and then
// misread.
import { isCurrencyCode } from '../offer/index.ts';
import { mapAmounts, plainAmount } from './money-text.ts';
import {
  BASES,
  CALL_GOALS,
  CALL_STATUSES,
  PRIORITIES,
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

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/** Outcome of reading a share link or saved state; reason is safe to show to the reader. */
export type DecodeResult = { ok: true; state: CounterofferState } | { ok: false; reason: string };

type Wire = Record<string, unknown>;
type Kind = 'text' | 'amount' | 'flag' | 'pick' | 'priorities' | 'offer' | 'list';

/**
 * How a field travels: its short key, its name in the state, its kind, and what bounds it (text: the
 * longest length; pick: the values allowed; list: how many, and each one’s length). A value equal
 * to the default, or empty, is left out, and read back as the default.
 */
type Field = readonly [string, string, Kind, number | readonly string[] | readonly [number, number]];

const { name, money, term, level } = TEXT_LIMITS;

const OFFER_FIELDS: readonly Field[] = [
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

// The state’s fields besides the currency, which is always written.
const STATE_FIELDS: readonly Field[] = [
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

// The text cut to `limit` code points; UTF-16 length bounds their count, so the cheap check settles most.
const cap = (text: string, limit: number) =>
  text.length <= limit ? text : Array.from(text).slice(0, limit).join('');

// Plain digits, as plainAmount writes them: the only amount text that means the same in every locale.
const CANONICAL_AMOUNT = /^-?\d{1,20}(\.\d{1,2})?$/;

const isRecord = (value: unknown): value is Wire =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Text as its field allows, or undefined; both ways, so the link is as bounded as the form.
const text = (value: unknown, limit: number) =>
  typeof value === 'string' && value !== '' ? cap(value, limit) : undefined;

const list = (value: unknown, [count, limit]: readonly [number, number]) =>
  Array.isArray(value)
    ? value
        .filter((item): item is string => typeof item === 'string')
        .slice(0, count)
        .map((item) => cap(item, limit))
    : undefined;

function write([, , kind, bound]: Field, given: unknown): unknown {
  // A canonical amount travels as a number, so no reader’s locale can read its separators differently.
  if (kind === 'amount' && CANONICAL_AMOUNT.test(given as string)) return Number(given);
  if (kind === 'text' || kind === 'amount') return text(given, bound as number);
  if (kind === 'flag') return 1;
  if (kind === 'list') return list(given, bound as [number, number]);
  if (kind === 'offer') return toWire(OFFER_FIELDS, given as Wire, emptyOfferInput());
  // Priorities travel as their first letters, which differ: five characters in the link.
  if (kind === 'priorities')
    return normalisePriorities(given as Priority[])
      .map(([code]) => code)
      .join('');
  return given;
}

// A value as its field allows, or undefined to keep the default.
function read([, , kind, bound]: Field, value: unknown): unknown {
  if (kind === 'amount' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (kind === 'text' || kind === 'amount') return text(value, bound as number);
  if (kind === 'flag') return value === 1 || value === true;
  if (kind === 'pick') return (bound as readonly string[]).find((item) => item === value);
  if (kind === 'list') return list(value, bound as [number, number]);
  if (kind === 'offer') return isRecord(value) ? fromWire(OFFER_FIELDS, value, emptyOfferInput()) : undefined;
  if (typeof value !== 'string') return undefined;
  return normalisePriorities(Array.from(value.slice(0, 20), (code) => PRIORITIES.find(([c]) => c === code)));
}

// What `fields` of `value` put on the wire, leaving out what equals `defaults` or is empty.
function toWire(fields: readonly Field[], value: Wire, defaults: object): Wire {
  const wire: Wire = {};
  for (const field of fields) {
    const given = value[field[1]];
    const fallback: unknown = defaults[field[1] as keyof typeof defaults];
    if (given == null || (field[2] !== 'offer' && JSON.stringify(given) === JSON.stringify(fallback)))
      continue;
    const written = write(field, given);
    // An offer with nothing in it is left out, unless it is there at all only when the reader added it.
    if (written !== undefined && !(fallback && JSON.stringify(written) === '{}')) wire[field[0]] = written;
  }
  return wire;
}

// Field by field, with the default for each it can’t read: a link edited by hand or cut short by
// a chat app should still open with whatever survived.
function fromWire<T extends object>(fields: readonly Field[], wire: Wire, into: T): T {
  for (const field of fields) {
    const value = read(field, wire[field[0]]);
    if (value !== undefined) Object.assign(into, { [field[1]]: value });
  }
  return into;
}

/**
 * Encodes the state for a URL fragment or localStorage: versioned JSON as base64url, long text fields
 * capped, defaults left out. Amounts already in plain digits (see plainAmount) are written as numbers.
 */
export function encodeState(state: CounterofferState): string {
  const wire = { v: STATE_VERSION, cu: state.currency, ...toWire(STATE_FIELDS, state, defaultState('')) };
  const bytes = new TextEncoder().encode(JSON.stringify(wire));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The state as it is saved: amounts as plain numbers, so a save reads the same in every locale. */
export function encodeForSave(state: CounterofferState, locale: string): string {
  return encodeState(mapAmounts(state, (amount) => plainAmount(amount, locale)));
}

const DAMAGED: DecodeResult = { ok: false, reason: 'The link is incomplete or damaged.' };

/** Reads what encodeState wrote (a leading "#" is fine); repairs unknown field values, never throws. */
export function decodeState(given: string): DecodeResult {
  const encoded = typeof given === 'string' ? given.trim().replace(/^#/, '') : '';
  if (encoded === '') return { ok: false, reason: 'There is no saved state to read.' };
  // A real state encodes to a few kilobytes at most; anything far longer isn’t ours.
  if (encoded.length > 100_000) return { ok: false, reason: 'The link is too long to be one of ours.' };
  if (!/^[\w-]*={0,2}$/.test(encoded)) return DAMAGED;
  let parsed: unknown;
  try {
    // atob takes base64 without its padding, and throws on a length no encoder writes.
    const binary = atob(encoded.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return DAMAGED;
  }
  if (!isRecord(parsed)) return DAMAGED;
  const version = parsed['v'];
  if (version !== STATE_VERSION) {
    return {
      ok: false,
      reason:
        typeof version === 'number' && version > STATE_VERSION
          ? 'The link was made by a newer version of this page — try reloading.'
          : 'The link has no version, so it can’t be read safely.',
    };
  }
  const currency = typeof parsed['cu'] === 'string' ? parsed['cu'].toUpperCase() : '';
  const start = defaultState(isCurrencyCode(currency) ? currency : 'USD');
  return { ok: true, state: fromWire(STATE_FIELDS, parsed, start) };
}
