import { isCurrencyCode } from '../offer/index.ts';
import { fromBase64Url } from './base64url.ts';
import {
  OFFER_FIELDS,
  PRIORITY_CODES,
  STATE_FIELDS,
  STATE_VERSION,
  cap,
  type Field,
  type Wire,
} from './encode.ts';
import { defaultState, emptyOfferInput, normalisePriorities, type CounterofferState } from './state.ts';

export { STATE_VERSION, encodeState } from './encode.ts';

/** Outcome of reading a share link or saved state; reason is safe to show to the reader. */
export type DecodeResult = { ok: true; state: CounterofferState } | { ok: false; reason: string };

// A real state encodes to a few kilobytes at most; anything far longer isn’t ours.
const MAX_ENCODED_LENGTH = 100_000;

const DAMAGED: DecodeResult = { ok: false, reason: 'The link is incomplete or damaged.' };

function isRecord(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A value as its field allows, or undefined to keep the default.
function read([, , kind, bound]: Field, value: unknown): unknown {
  if (kind === 'text')
    return typeof value === 'string' && value !== '' ? cap(value, bound as number) : undefined;
  if (kind === 'amount')
    return typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : read(['', '', 'text', bound], value);
  if (kind === 'flag') return value === 1 || value === true;
  if (kind === 'pick') return (bound as readonly string[]).find((item) => item === value);
  if (kind === 'offer') return isRecord(value) ? fromWire(OFFER_FIELDS, value, emptyOfferInput()) : undefined;
  if (typeof value === 'string' && kind === 'priorities') {
    const byCode = new Map(Object.entries(PRIORITY_CODES).map(([priority, code]) => [code, priority]));
    return normalisePriorities(Array.from(value.slice(0, 20), (code) => byCode.get(code)));
  }
  if (!Array.isArray(value) || kind !== 'list') return undefined;
  const [count, limit] = bound as [number, number];
  return value
    .filter((item): item is string => typeof item === 'string')
    .slice(0, count)
    .map((item) => cap(item, limit));
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

/** Reads what encodeState wrote (a leading "#" is fine); repairs unknown field values, never throws. */
export function decodeState(text: string): DecodeResult {
  try {
    const encoded = typeof text === 'string' ? text.trim().replace(/^#/, '') : '';
    if (encoded === '') return { ok: false, reason: 'There is no saved state to read.' };
    if (encoded.length > MAX_ENCODED_LENGTH)
      return { ok: false, reason: 'The link is too long to be one of ours.' };
    const json = fromBase64Url(encoded);
    const parsed: unknown = json === null ? null : JSON.parse(json);
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
  } catch {
    // Not JSON; and belt and braces: the contract is "never throws", whatever the input.
    return DAMAGED;
  }
}
