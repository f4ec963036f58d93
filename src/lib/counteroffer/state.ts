import type { CallGoal, CallReason as Reason, CallStatus } from '../call-advice/types.ts';
import { currencyForLocale } from '../offer/currency.ts';
import { emptyOfferInput, type OfferInput } from '../offer/terms.ts';

export { emptyOfferInput, VESTING_CHOICES, type OfferInput, type VestingChoice } from '../offer/terms.ts';

// What the reader wants to say, where they stand and why they are reconsidering are the call
// widget’s own values, so the two widgets and the hand-off link between them use one name for each.
export type { CallGoal, CallStatus, CallReason as Reason } from '../call-advice/types.ts';
export { CALL_GOALS, CALL_STATUSES, CALL_REASONS as REASONS } from '../call-advice/values.ts';

/** What stands behind the reader’s number besides another offer (which citeOtherOffer covers). */
export type Basis = 'market' | 'scope';

/** What the reader cares about; bonus travels with base and relocation with sign-on. */
export type Priority = 'level' | 'base' | 'equity' | 'sign-on' | 'other-terms';

/** The offers the builder compares: theirs, the reader’s counter, and an optional other offer. */
export type Column = 'offer' | 'counter' | 'other';

/** Everything the counteroffer builder holds; other is null until the reader adds another offer. */
export type CounterofferState = {
  currency: string;
  company: string;
  contact: string;
  yourName: string;
  goal: CallGoal;
  reason?: Reason;
  priorities: Priority[];
  citeOtherOffer: boolean;
  nameOtherCompany: boolean;
  otherCompany: string;
  offer: OfferInput;
  counter: OfferInput;
  other: OfferInput | null;
  /** Already declined or not answered yet; unset reads as undecided. */
  status?: CallStatus;
  /** The reason behind the number, written into a counter or an explore message. */
  basis?: Basis;
  /** When the offer expires (yyyy-mm-dd), or ""; a counter or explore message then asks for time. */
  deadline?: string;
  /** The levels the reader compares, lowest first; unset means DEFAULT_LADDER. */
  ladder?: string[];
  /** The warnings about asking for less that the reader confirmed (lowerKey of them), or "". */
  confirmedLower?: string;
};

/** A common ladder of levels, lowest first; the reader can rewrite it. */
export const DEFAULT_LADDER: readonly string[] = ['Junior', 'Mid-level', 'Senior', 'Staff', 'Principal'];

/** Default priority order: money first, since that’s what most counteroffers are about. */
export const PRIORITIES: readonly Priority[] = ['base', 'level', 'equity', 'sign-on', 'other-terms'];

/** Longest text kept per field (in code points) on restore; each field’s `maxlength` is the same, so a save cuts nothing. */
export const TEXT_LIMITS = {
  /** Company, contact, the reader’s and the other company’s names. */
  name: 80,
  /** An amount or a percentage as typed. */
  money: 32,
  /** A level, and each rung of the ladder. */
  level: 80,
  title: 80,
  otherTerms: 600,
  /** Start date, remote days, days off, review months, the offer’s deadline. */
  term: 40,
  ladder: 12,
  /** The ladder as typed, one rung a line: every rung at its longest, and the line breaks. */
  ladderText: 12 * 80 + 11,
  vestingYear: 8,
  vestingYears: 10,
} as const;

/** A fresh builder in the given currency. */
export function defaultState(currency: string): CounterofferState {
  return {
    currency,
    company: '',
    contact: '',
    yourName: '',
    goal: 'counter',
    priorities: [...PRIORITIES],
    citeOtherOffer: false,
    nameOtherCompany: false,
    otherCompany: '',
    offer: emptyOfferInput(),
    counter: emptyOfferInput(),
    other: null,
  };
}

/** The builder before the reader has entered anything, for a reader in `locale`. */
export function startState(locale: string): CounterofferState {
  return defaultState(currencyForLocale(locale));
}

/** Turns any list into a full ordering of every priority: known entries first (deduplicated), the rest in default order. */
export function normalisePriorities(list: readonly unknown[]): Priority[] {
  const known = list.filter((item): item is Priority => (PRIORITIES as readonly unknown[]).includes(item));
  return [...new Set([...known, ...PRIORITIES])];
}

/** The state with one offer field changed; a counter field not yet edited apart from their offer follows it. */
export function withField<K extends keyof OfferInput>(
  state: CounterofferState,
  column: Column,
  field: K,
  value: OfferInput[K],
): CounterofferState {
  const input = state[column];
  if (!input) return state;
  const next = { ...state, [column]: { ...input, [field]: value } };
  if (column === 'offer' && JSON.stringify(state.counter[field]) === JSON.stringify(state.offer[field])) {
    next.counter = { ...state.counter, [field]: value };
  }
  return next;
}
