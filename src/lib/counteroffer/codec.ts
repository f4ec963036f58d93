// The link and storage format: versioned JSON of the state as base64url, defaults left out. One table
// says how each field is read, and writing reads first, so the link is as bounded as the form and a
// field can’t be saved and then misread.
import { MONEY_FIELDS, isCurrencyCode } from '../offer/index.ts';
import { mapAmounts, plainAmount } from './money-text.ts';
import {
  CALL_GOALS,
  CALL_STATUSES,
  REASONS,
  TEXT_LIMITS,
  VESTING_CHOICES,
  defaultState,
  emptyOfferInput,
  normalisePriorities,
  type Basis,
  type CounterofferState,
} from './state.ts';

/** Version written into every encoded state: the published site’s first. A reader of another version says so. */
export const STATE_VERSION = 1;

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/** Outcome of reading a share link or saved state; reason is safe to show to the reader. */
export type DecodeResult = { ok: true; state: CounterofferState } | { ok: false; reason: string };

type Wire = Record<string, unknown>;
// A field’s value as the field allows it, or undefined for its default.
type Read = (value: unknown, writing: boolean) => unknown;

// The text cut to `limit` code points; UTF-16 length bounds their count, so the cheap check settles most.
const cap = (text: string, limit: number) =>
  text.length <= limit ? text : Array.from(text).slice(0, limit).join('');

const text = (limit: number) => (value: unknown) =>
  typeof value === 'string' && value !== '' ? cap(value, limit) : undefined;
const pick = (choices: readonly string[]) => (value: unknown) => choices.find((choice) => choice === value);
const list = (count: number, limit: number) => (value: unknown) =>
  Array.isArray(value)
    ? value.flatMap((item) => (typeof item === 'string' ? [cap(item, limit)] : [])).slice(0, count)
    : undefined;
const flag = (value: unknown) => value === true || undefined;

const isRecord = (value: unknown): value is Wire =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const { name, money, term, level } = TEXT_LIMITS;

const OFFER: Record<string, Read> = {
  ...Object.fromEntries(MONEY_FIELDS.map((field) => [field, text(money)])),
  bonusPercent: text(money),
  vestingPreset: pick(VESTING_CHOICES),
  customVesting: list(TEXT_LIMITS.vestingYears, TEXT_LIMITS.vestingYear),
  level: text(level),
  otherTerms: text(TEXT_LIMITS.otherTerms),
  title: text(TEXT_LIMITS.title),
  startDate: text(term),
  remoteDays: text(term),
  timeOff: text(term),
  reviewMonths: text(term),
};

const offer: Read = (value, writing) =>
  isRecord(value) ? fit(OFFER, value, emptyOfferInput(), writing) : undefined;

const STATE: Record<string, Read> = {
  currency: (value) => {
    const code = typeof value === 'string' && value.toUpperCase();
    return code && isCurrencyCode(code) ? code : undefined;
  },
  company: text(name),
  contact: text(name),
  yourName: text(name),
  goal: pick(CALL_GOALS),
  reason: pick(REASONS),
  priorities: (value) => (Array.isArray(value) ? normalisePriorities(value) : undefined),
  citeOtherOffer: flag,
  nameOtherCompany: flag,
  otherCompany: text(name),
  offer,
  counter: offer,
  other: offer,
  status: pick(CALL_STATUSES),
  basis: pick(['market', 'scope'] satisfies Basis[]),
  deadline: text(term),
  ladder: list(TEXT_LIMITS.ladder, level),
  // A confirmation is a short key of the warnings confirmed.
  confirmedLower: text(2000),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Field by field over `defaults`, so a link edited by hand or cut short by a chat app still opens
// with whatever survived; or, writing, only the fields that differ from them (an empty `other` is
// written: it is there only when the reader added it).
function fit(table: Record<string, Read>, given: Wire, defaults: object, writing: boolean): Wire {
  const into: Wire = writing ? {} : { ...defaults };
  for (const [key, read] of Object.entries(table)) {
    const value = read(given[key], writing);
    const fallback: unknown = defaults[key as keyof typeof defaults];
    if (value !== undefined && !(writing && same(value, read(fallback, true)))) into[key] = value;
  }
  return into;
}

/** The state as versioned JSON in base64url, for a link or a save: text capped, defaults left out. */
export function encodeState(state: CounterofferState): string {
  const wire = { v: STATE_VERSION, ...fit(STATE, state, defaultState('USD'), true) };
  const bytes = new TextEncoder().encode(JSON.stringify(wire));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The state as it is saved: amounts as plain digits, so a save reads the same in every locale. */
export function encodeForSave(state: CounterofferState, locale: string): string {
  return encodeState(mapAmounts(state, (amount) => plainAmount(amount, locale)));
}

const refused = (reason: string): DecodeResult => ({ ok: false, reason });
const DAMAGED = refused('The link is incomplete or damaged.');

/** Reads what encodeState wrote (a leading "#" is fine); repairs unknown field values, never throws. */
export function decodeState(given: string): DecodeResult {
  const encoded = typeof given === 'string' ? given.trim().replace(/^#/, '') : '';
  if (encoded === '') return refused('There is no saved state to read.');
  // A real state encodes to a few kilobytes at most; anything far longer isn’t ours.
  if (encoded.length > 100_000) return refused('The link is too long to be one of ours.');
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
  if (typeof version === 'number' && version > STATE_VERSION)
    return refused('The link was made by a newer version of this page — try reloading.');
  if (version !== STATE_VERSION) return refused('The link has no version, so it can’t be read safely.');
  return { ok: true, state: fit(STATE, parsed, defaultState('USD'), false) as CounterofferState };
}
