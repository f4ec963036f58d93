import { currencyForLocale, isCurrencyCode } from '../offer/index.ts';
import {
  defaultState,
  emptyOfferInput,
  normalisePriorities,
  type CounterofferState,
  type MessageKind,
  type OfferInput,
  type Priority,
  type VestingChoice,
} from './state.ts';

/** Defaults an embedding issue may set; each is optional. */
export type CounterofferInitial = {
  /** ISO 4217 code to start in. Default: the reader's, from the browser locale (USD on the server). */
  currency: string;
  /** The message to start with. Default "counter". */
  kind: MessageKind;
  /** What matters most, first to last; missing ones follow in the default order. */
  priorities: Priority[];
  /** The vesting schedule every offer starts with. Default "even-4y". */
  vestingPreset: VestingChoice;
};

/** A blank offer with the embedding page's starting vesting schedule. */
export function blankOffer(initial: Partial<CounterofferInitial>): OfferInput {
  return { ...emptyOfferInput(), vestingPreset: initial.vestingPreset ?? 'even-4y' };
}

/** The builder before the reader has entered anything, for a reader in `locale`. */
export function startState(initial: Partial<CounterofferInitial>, locale: string): CounterofferState {
  const currency =
    initial.currency && isCurrencyCode(initial.currency) ? initial.currency : currencyForLocale(locale);
  const state = defaultState(currency);
  if (initial.kind) state.kind = initial.kind;
  state.priorities = normalisePriorities(initial.priorities ?? []);
  state.offer = blankOffer(initial);
  state.counter = blankOffer(initial);
  return state;
}
