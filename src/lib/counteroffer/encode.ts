// Writing a state for a share link or this browser's storage, apart from reading it (codec.ts), so
// the page that saves as the reader types needn't load the reader.
import { toBase64Url } from './base64url.ts';
import { mapAmounts, plainAmount } from './money-text.ts';
import {
  PRIORITIES,
  TEXT_LIMITS,
  emptyOfferInput,
  normalisePriorities,
  type CounterofferState,
  type OfferInput,
  type Priority,
} from './state.ts';

/** Version written into every encoded state: the published site’s first. A reader of another version says so. */
export const STATE_VERSION = 1;

type Wire = Record<string, unknown>;

// Plain digits, as plainAmount writes them: the only amount text that means the same in every locale.
export const CANONICAL_AMOUNT = /^-?\d{1,20}(\.\d{1,2})?$/;

// One letter per priority keeps the ordering to five characters in the link.
export const PRIORITY_CODES: Record<Priority, string> = {
  level: 'l',
  base: 'b',
  equity: 'e',
  'sign-on': 's',
  'other-terms': 't',
};

export const DEFAULT_CUSTOM_VESTING = emptyOfferInput().customVesting;

// Terms beyond pay, optional keys like every other.
export const EXTRA_KEYS = [
  ['ti', 'title', TEXT_LIMITS.title],
  ['sd', 'startDate', TEXT_LIMITS.term],
  ['rd', 'remoteDays', TEXT_LIMITS.term],
  ['to', 'timeOff', TEXT_LIMITS.term],
  ['rv', 'reviewMonths', TEXT_LIMITS.term],
] as const satisfies readonly (readonly [string, keyof OfferInput, number])[];

export function cap(text: string, limit: number): string {
  // UTF-16 length bounds the code point count, so the cheap check settles most fields.
  return text.length <= limit ? text : Array.from(text).slice(0, limit).join('');
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

// Short keys and dropped defaults keep share links short; decoding restores the defaults.
function inputToWire(input: OfferInput): Wire {
  const wire: Wire = {};
  const put = (key: string, value: string, limit: number) => {
    if (value !== '') wire[key] = cap(value, limit);
  };
  // A canonical amount travels as a number, so no reader’s locale can read its separators differently.
  const amount = (key: string, value: string) => {
    if (CANONICAL_AMOUNT.test(value)) wire[key] = Number(value);
    else put(key, value, TEXT_LIMITS.money);
  };
  amount('b', input.base);
  put('bp', input.bonusPercent, TEXT_LIMITS.money);
  amount('s', input.signOn);
  amount('r', input.relocation);
  amount('e', input.equityGrant);
  if (input.vestingPreset !== 'even-4y') wire['vp'] = input.vestingPreset;
  if (!sameList(input.customVesting, DEFAULT_CUSTOM_VESTING)) {
    wire['cv'] = input.customVesting
      .slice(0, TEXT_LIMITS.vestingYears)
      .map((year) => cap(year, TEXT_LIMITS.vestingYear));
  }
  put('l', input.level, TEXT_LIMITS.level);
  put('t', input.otherTerms, TEXT_LIMITS.otherTerms);
  for (const [key, field, limit] of EXTRA_KEYS) put(key, input[field] ?? '', limit);
  amount('er', input.equityRefresh ?? '');
  return wire;
}

function stateToWire(state: CounterofferState): Wire {
  const wire: Wire = { v: STATE_VERSION, cu: state.currency };
  const put = (key: string, value: string) => {
    if (value !== '') wire[key] = cap(value, TEXT_LIMITS.name);
  };
  put('co', state.company);
  put('ct', state.contact);
  put('yn', state.yourName);
  if (state.goal !== 'counter') wire['g'] = state.goal;
  if (state.reason !== undefined) wire['r'] = state.reason;
  const priorities = normalisePriorities(state.priorities);
  if (!sameList(priorities, PRIORITIES)) {
    wire['p'] = priorities.map((priority) => PRIORITY_CODES[priority]).join('');
  }
  if (state.citeOtherOffer) wire['oo'] = 1;
  if (state.nameOtherCompany) wire['no'] = 1;
  put('oc', state.otherCompany);
  const offer = inputToWire(state.offer);
  const counter = inputToWire(state.counter);
  if (Object.keys(offer).length > 0) wire['o'] = offer;
  if (Object.keys(counter).length > 0) wire['c'] = counter;
  if (state.other !== null) wire['x'] = inputToWire(state.other);
  if (state.status !== undefined) wire['st'] = state.status;
  if (state.basis !== undefined) wire['bs'] = state.basis;
  if (state.deadline) wire['dl'] = cap(state.deadline, TEXT_LIMITS.term);
  if (state.ladder !== undefined) {
    wire['ld'] = state.ladder.slice(0, TEXT_LIMITS.ladder).map((level) => cap(level, TEXT_LIMITS.level));
  }
  if (state.confirmedLower) wire['cl'] = state.confirmedLower;
  return wire;
}

/**
 * Encodes the state for a URL fragment or localStorage: versioned JSON as base64url, long text fields
 * capped. Amounts already in plain digits (see plainAmount) are written as numbers; others as typed.
 */
export function encodeState(state: CounterofferState): string {
  return toBase64Url(JSON.stringify(stateToWire(state)));
}

/** The state as it is saved: amounts as plain numbers, so a save reads the same in every locale. */
export function encodeForSave(state: CounterofferState, locale: string): string {
  return encodeState(mapAmounts(state, (text) => plainAmount(text, locale)));
}
