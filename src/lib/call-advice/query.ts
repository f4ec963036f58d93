import { stepsFor } from './steps';
import type { CallAnswers, CallStepKey } from './types';
import {
  CALL_OTHER_OFFERS,
  CALL_QUERY_PARAMS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
  LEGACY_CALL_QUERY_PARAMS,
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
  const text = typeof search === 'string' ? search : '';
  const hash = text.indexOf('#');
  const query = hash === -1 ? text : text.slice(0, hash);
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

const PREFIXED = Object.values(CALL_QUERY_PARAMS);
// `reason` and `other` alone are also the counteroffer builder's; only these two say "call widget".
const LEGACY_MARKERS = [LEGACY_CALL_QUERY_PARAMS.status, LEGACY_CALL_QUERY_PARAMS.wouldJoin];

function legacy(params: URLSearchParams): boolean {
  return !PREFIXED.some((name) => params.has(name)) && LEGACY_MARKERS.some((name) => params.has(name));
}

/** True when `search` holds answers only under the names used before the `call-` prefix. */
export function isLegacyCallQuery(search: string): boolean {
  return legacy(searchParams(search));
}

/**
 * Answers found in a query string (with or without "?"); never throws, drops anything unknown.
 * Reads `call-status=…`, or an older link's `status=…&join=…` when it has no prefixed name at all.
 */
export function parseCallAnswers(search: string): Partial<CallAnswers> {
  const params = searchParams(search);
  const names = legacy(params) ? LEGACY_CALL_QUERY_PARAMS : CALL_QUERY_PARAMS;
  const result: Partial<CallAnswers> = {};
  const status = firstValid(params, names.status, ALLOWED.status);
  const reason = firstValid(params, names.reason, ALLOWED.reason);
  const otherOffer = firstValid(params, names.otherOffer, ALLOWED.otherOffer);
  const wouldJoin = firstValid(params, names.wouldJoin, ALLOWED.wouldJoin);
  if (status) result.status = status;
  if (reason) result.reason = reason;
  if (otherOffer) result.otherOffer = otherOffer;
  // wouldJoin is never asked after an accepted offer, so a stray one would be a state the widget can't show.
  if (wouldJoin && otherOffer !== 'accepted') result.wouldJoin = wouldJoin;
  return result;
}

/** The answers as "?call-status=…&call-reason=…" in step order, or "" when there is nothing to keep. */
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

function paramName(pair: string): string {
  const raw = (pair.split('=')[0] ?? '').replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `search` with its answer parameters replaced by `answers`; every other parameter stays byte for
 * byte. An older link's unprefixed answers go too, so they can't come back after Start over; its
 * `reason` and `other` stay when a `goal` says they are the builder's.
 */
export function withCallQuery(search: string, answers: Partial<CallAnswers>): string {
  const params = searchParams(search);
  const owned = new Set<string>(PREFIXED);
  if (legacy(params)) {
    for (const name of LEGACY_MARKERS) owned.add(name);
    if (!params.has('goal')) {
      owned.add(LEGACY_CALL_QUERY_PARAMS.reason);
      owned.add(LEGACY_CALL_QUERY_PARAMS.otherOffer);
    }
  }
  const query = (typeof search === 'string' ? search : '').replace(/^\?/, '').split('#')[0] ?? '';
  const others = query
    .split('&')
    .filter((pair) => pair !== '' && !owned.has(paramName(pair)));
  const own = formatCallQuery(answers).replace(/^\?/, '');
  const pairs = own === '' ? others : [...others, own];
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
