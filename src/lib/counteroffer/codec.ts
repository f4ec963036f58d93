import { isCurrencyCode } from '../offer/index.ts';
import { fromBase64Url } from './base64url.ts';
import { EXTRA_KEYS, PRIORITY_CODES, STATE_VERSION, cap } from './encode.ts';
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
  type OfferInput,
  type Priority,
} from './state.ts';

export { STATE_VERSION, encodeState } from './encode.ts';

/** Outcome of reading a share link or saved state; reason is safe to show to the reader. */
export type DecodeResult = { ok: true; state: CounterofferState } | { ok: false; reason: string };

type Wire = Record<string, unknown>;

// A real state encodes to a few kilobytes at most; anything far longer isn’t ours.
const MAX_ENCODED_LENGTH = 100_000;

function isRecord(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readText(value: unknown, limit: number): string {
  return typeof value === 'string' ? cap(value, limit) : '';
}

function readAmount(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : readText(value, TEXT_LIMITS.money);
}

function readFlag(value: unknown): boolean {
  return value === 1 || value === true;
}

function pick<T>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}

function readPriorities(value: unknown): Priority[] {
  if (typeof value !== 'string') return [...PRIORITIES];
  const byCode = new Map(Object.entries(PRIORITY_CODES).map(([priority, code]) => [code, priority]));
  return normalisePriorities(Array.from(value.slice(0, 20), (code) => byCode.get(code)));
}

function readInput(value: unknown): OfferInput {
  const input = emptyOfferInput();
  if (!isRecord(value)) return input;
  input.base = readAmount(value['b']);
  input.bonusPercent = readText(value['bp'], TEXT_LIMITS.money);
  input.signOn = readAmount(value['s']);
  input.relocation = readAmount(value['r']);
  input.equityGrant = readAmount(value['e']);
  input.vestingPreset = pick(value['vp'], VESTING_CHOICES) ?? 'even-4y';
  const years = value['cv'];
  if (Array.isArray(years)) {
    input.customVesting = years
      .filter((year): year is string => typeof year === 'string')
      .slice(0, TEXT_LIMITS.vestingYears)
      .map((year) => cap(year, TEXT_LIMITS.vestingYear));
  }
  input.level = readText(value['l'], TEXT_LIMITS.level);
  input.otherTerms = readText(value['t'], TEXT_LIMITS.otherTerms);
  for (const [key, field, limit] of EXTRA_KEYS) {
    const text = readText(value[key], limit);
    if (text !== '') input[field] = text;
  }
  const refresh = readAmount(value['er']);
  if (refresh !== '') input.equityRefresh = refresh;
  return input;
}

// Field by field, with a fallback for each: a link edited by hand or cut short by a chat app
// should still open with whatever survived.
function wireToState(wire: Wire): CounterofferState {
  const currency = typeof wire['cu'] === 'string' ? wire['cu'].toUpperCase() : '';
  const state = defaultState(isCurrencyCode(currency) ? currency : 'USD');
  state.company = readText(wire['co'], TEXT_LIMITS.name);
  state.contact = readText(wire['ct'], TEXT_LIMITS.name);
  state.yourName = readText(wire['yn'], TEXT_LIMITS.name);
  state.goal = pick(wire['g'], CALL_GOALS) ?? 'counter';
  const reason = pick(wire['r'], REASONS);
  if (reason) state.reason = reason;
  state.priorities = readPriorities(wire['p']);
  state.citeOtherOffer = readFlag(wire['oo']);
  state.nameOtherCompany = readFlag(wire['no']);
  state.otherCompany = readText(wire['oc'], TEXT_LIMITS.name);
  state.offer = readInput(wire['o']);
  state.counter = readInput(wire['c']);
  state.other = isRecord(wire['x']) ? readInput(wire['x']) : null;
  const status = pick(wire['st'], CALL_STATUSES);
  if (status) state.status = status;
  const basis = pick(wire['bs'], BASES);
  if (basis) state.basis = basis;
  const deadline = readText(wire['dl'], TEXT_LIMITS.term);
  if (deadline) state.deadline = deadline;
  if (Array.isArray(wire['ld'])) {
    state.ladder = wire['ld']
      .filter((level): level is string => typeof level === 'string')
      .slice(0, TEXT_LIMITS.ladder)
      .map((level) => cap(level, TEXT_LIMITS.level));
  }
  // A confirmation is a short key of the warnings confirmed; anything else confirms nothing.
  const confirmed = readText(wire['cl'], 2000);
  if (confirmed) state.confirmedLower = confirmed;
  return state;
}

/** Reads what encodeState wrote (a leading "#" is fine); repairs unknown field values, never throws. */
export function decodeState(text: string): DecodeResult {
  try {
    if (typeof text !== 'string') return { ok: false, reason: 'There is no saved state to read.' };
    const encoded = text.trim().replace(/^#/, '');
    if (encoded === '') return { ok: false, reason: 'There is no saved state to read.' };
    if (encoded.length > MAX_ENCODED_LENGTH)
      return { ok: false, reason: 'The link is too long to be one of ours.' };
    const json = fromBase64Url(encoded);
    if (json === null) return { ok: false, reason: 'The link is incomplete or damaged.' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return { ok: false, reason: 'The link is incomplete or damaged.' };
    }
    if (!isRecord(parsed)) return { ok: false, reason: 'The link is incomplete or damaged.' };
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
    return { ok: true, state: wireToState(parsed) };
  } catch {
    // Belt and braces: the contract is "never throws", whatever the input.
    return { ok: false, reason: 'The link is incomplete or damaged.' };
  }
}
