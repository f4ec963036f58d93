import type { Column, CounterofferState, OfferInput } from './state.ts';

type Value = OfferInput[keyof OfferInput];

function same(a: Value, b: Value): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') === b.join('\u0000') : a === b;
}

/** The state with one offer field changed; a counter field not yet edited apart from their offer follows it. */
export function withField<K extends keyof OfferInput>(
  state: CounterofferState,
  column: Column,
  field: K,
  value: OfferInput[K],
): CounterofferState {
  const input = column === 'other' ? state.other : state[column];
  if (!input) return state;
  const next = { ...state, [column]: { ...input, [field]: value } };
  if (column === 'offer' && same(state.counter[field], state.offer[field])) {
    next.counter = { ...state.counter, [field]: value };
  }
  return next;
}
