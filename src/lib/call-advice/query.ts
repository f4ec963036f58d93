import { stepsFor } from './steps.ts';
import type { CallAnswers, CallStepKey } from './types.ts';
import { CALL_ANSWER_VALUES, CALL_QUERY_PARAMS, isOneOf } from './values.ts';

const ALLOWED: { readonly [K in CallStepKey]: readonly NonNullable<CallAnswers[K]>[] } = CALL_ANSWER_VALUES;

function searchParams(search: string): URLSearchParams {
  // A fragment can't hold answers, and leaving it on would spoil the last value.
  const text = typeof search === 'string' ? search : '';
  const hash = text.indexOf('#');
  // A string never makes URLSearchParams throw: bad escapes are kept as they are.
  return new URLSearchParams(hash === -1 ? text : text.slice(0, hash));
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

/**
 * Answers found in a query string (with or without "?"), read from the `call-` names; never throws,
 * drops anything unknown. Whether they fit together is the steps' call (`answeredSoFar`).
 */
export function parseCallAnswers(search: string): Partial<CallAnswers> {
  const params = searchParams(search);
  const result: Record<string, string> = {};
  // Every step, in order: stepsFor({}) asks them all.
  for (const key of stepsFor({})) {
    const value = firstValid(params, CALL_QUERY_PARAMS[key], ALLOWED[key]);
    if (value) result[key] = value;
  }
  // wouldJoin is never asked after an accepted offer, so a stray one would be a state the widget can't show.
  if (result['otherOffer'] === 'accepted') delete result['wouldJoin'];
  // Each value passed its own step's allowed list, so the record is a Partial<CallAnswers>.
  return result as Partial<CallAnswers>;
}

/** The answers as "?call-status=…&call-reason=…" in step order, or "" when there is nothing to keep. */
export function formatCallQuery(partial: Partial<CallAnswers>): string {
  const pairs: string[] = [];
  for (const key of stepsFor(partial)) {
    const value = partial[key];
    if (isOneOf<string>(ALLOWED[key], value))
      pairs.push(`${CALL_QUERY_PARAMS[key]}=${encodeURIComponent(value)}`);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

function paramName(pair: string): string {
  // URLSearchParams decodes a name as a browser does ("+" as a space) and keeps bad escapes as typed.
  return new URLSearchParams(pair).keys().next().value ?? '';
}

const OWNED = new Set<string>(Object.values(CALL_QUERY_PARAMS));

/** `search` with its `call-` parameters replaced by `answers`; every other parameter stays byte for byte. */
export function withCallQuery(search: string, answers: Partial<CallAnswers>): string {
  const query = search.replace(/^\?/, '').split('#')[0] ?? '';
  const others = query.split('&').filter((pair) => pair !== '' && !OWNED.has(paramName(pair)));
  const own = formatCallQuery(answers).replace(/^\?/, '');
  const pairs = own === '' ? others : [...others, own];
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
