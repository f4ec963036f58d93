import { stepsFor } from './steps';
import type { CallAnswers, CallStepKey } from './types';
import {
  CALL_OTHER_OFFERS,
  CALL_QUERY_PARAMS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
  isOneOf,
} from './values';

const STEP_ORDER: readonly CallStepKey[] = ['status', 'reason', 'otherOffer', 'wouldJoin'];

const ALLOWED: { readonly [K in CallStepKey]: readonly NonNullable<CallAnswers[K]>[] } = {
  status: CALL_STATUSES,
  reason: CALL_REASONS,
  otherOffer: CALL_OTHER_OFFERS,
  wouldJoin: CALL_WOULD_JOIN,
};

function searchParams(search: string): URLSearchParams {
  // A fragment can't hold answers, and leaving it on would spoil the last value.
  const hash = search.indexOf('#');
  const query = hash === -1 ? search : search.slice(0, hash);
  try {
    return new URLSearchParams(query);
  } catch {
    return new URLSearchParams();
  }
}

function firstValid<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  // Hand-edited links may repeat a key; the first usable value is the least surprising winner.
  for (const raw of params.getAll(name)) {
    const value = raw.trim().toLowerCase();
    if (isOneOf(allowed, value)) return value;
  }
  return undefined;
}

/** Answers found in a query string (with or without "?"); never throws, drops anything unknown. */
export function parseCallAnswers(search: string): Partial<CallAnswers> {
  const params = searchParams(typeof search === 'string' ? search : '');
  const result: Partial<CallAnswers> = {};
  const status = firstValid(params, CALL_QUERY_PARAMS.status, ALLOWED.status);
  const reason = firstValid(params, CALL_QUERY_PARAMS.reason, ALLOWED.reason);
  const otherOffer = firstValid(params, CALL_QUERY_PARAMS.otherOffer, ALLOWED.otherOffer);
  const wouldJoin = firstValid(params, CALL_QUERY_PARAMS.wouldJoin, ALLOWED.wouldJoin);
  if (status) result.status = status;
  if (reason) result.reason = reason;
  if (otherOffer) result.otherOffer = otherOffer;
  // wouldJoin is never asked after an accepted offer, so a stray one would be a state the widget can't show.
  if (wouldJoin && otherOffer !== 'accepted') result.wouldJoin = wouldJoin;
  return result;
}

/** The answers as "?status=…&reason=…" in step order, or "" when there is nothing to keep. */
export function formatCallQuery(partial: Partial<CallAnswers>): string {
  const applicable = new Set(stepsFor(partial));
  const pairs: string[] = [];
  for (const key of STEP_ORDER) {
    const value = partial[key];
    if (!applicable.has(key) || !isOneOf<string>(ALLOWED[key], value)) continue;
    pairs.push(`${CALL_QUERY_PARAMS[key]}=${encodeURIComponent(value)}`);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

const ANSWER_PARAMS = new Set<string>(Object.values(CALL_QUERY_PARAMS));

function paramName(pair: string): string {
  const raw = (pair.split('=')[0] ?? '').replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** `search` with its answer parameters replaced by `answers`; every other parameter stays byte for byte. */
export function withCallQuery(search: string, answers: Partial<CallAnswers>): string {
  const others = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !ANSWER_PARAMS.has(paramName(pair)));
  const own = formatCallQuery(answers).replace(/^\?/, '');
  const pairs = own === '' ? others : [...others, own];
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
