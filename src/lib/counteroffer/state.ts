import { CALL_REASONS } from '../call-advice/values.ts';
import type { CallReason } from '../call-advice/types.ts';
import type { VestingPresetId } from '../offer/index.ts';

/** Which message the builder writes. A counter can also cite another offer (see citeOtherOffer). */
export type MessageKind = 'counter' | 'close-politely' | 'decline-gracefully';

/** Why the reader is reconsidering: the reasons of the "Should I take the call?" widget, the same list. */
export type Reason = CallReason;

/** What the reader cares about; bonus travels with base and relocation with sign-on. */
export type Priority = 'level' | 'base' | 'equity' | 'sign-on' | 'other-terms';

/** A vesting preset, or the reader's own yearly percentages. */
export type VestingChoice = VestingPresetId | 'custom';

/** One offer exactly as the reader typed it; parsing happens later so half-typed input survives reloads. */
export type OfferInput = {
  base: string;
  bonusPercent: string;
  signOn: string;
  relocation: string;
  equityGrant: string;
  vestingPreset: VestingChoice;
  customVesting: string[];
  level: string;
  otherTerms: string;
};

/** The offers the builder compares: theirs, the reader's counter, and an optional other offer. */
export type Column = 'offer' | 'counter' | 'other';

/** Everything the counteroffer builder holds; other is null until the reader adds another offer. */
export type CounterofferState = {
  currency: string;
  company: string;
  contact: string;
  yourName: string;
  kind: MessageKind;
  reason?: Reason;
  priorities: Priority[];
  citeOtherOffer: boolean;
  nameOtherCompany: boolean;
  otherCompany: string;
  offer: OfferInput;
  counter: OfferInput;
  other: OfferInput | null;
};

/** All message kinds, in the order the builder lists them. */
export const MESSAGE_KINDS: readonly MessageKind[] = ['counter', 'close-politely', 'decline-gracefully'];

/** All reasons the query string may carry: CALL_REASONS itself, so the two widgets can't drift apart. */
export const REASONS: readonly Reason[] = CALL_REASONS;

/** Default priority order: money first, since that's what most counteroffers are about. */
export const PRIORITIES: readonly Priority[] = ['base', 'level', 'equity', 'sign-on', 'other-terms'];

/** Vesting choices, presets first. */
export const VESTING_CHOICES: readonly VestingChoice[] = ['even-4y', 'back-weighted', 'even-3y', 'custom'];

/** Longest text kept per field (in code points) when restoring saved or shared state. */
export const TEXT_LIMITS = {
  name: 80,
  money: 32,
  level: 80,
  otherTerms: 600,
  vestingYear: 8,
  vestingYears: 10,
} as const;

/** An offer with nothing filled in yet (4-year even vesting, as most offers have). */
export function emptyOfferInput(): OfferInput {
  return {
    base: '',
    bonusPercent: '',
    signOn: '',
    relocation: '',
    equityGrant: '',
    vestingPreset: 'even-4y',
    customVesting: ['25', '25', '25', '25'],
    level: '',
    otherTerms: '',
  };
}

/** A fresh builder in the given currency. */
export function defaultState(currency: string): CounterofferState {
  return {
    currency,
    company: '',
    contact: '',
    yourName: '',
    kind: 'counter',
    priorities: [...PRIORITIES],
    citeOtherOffer: false,
    nameOtherCompany: false,
    otherCompany: '',
    offer: emptyOfferInput(),
    counter: emptyOfferInput(),
    other: null,
  };
}

/** Turns any list into a full ordering of every priority: known entries first (deduplicated), the rest in default order. */
export function normalisePriorities(list: readonly unknown[]): Priority[] {
  const seen = new Set<Priority>();
  for (const item of list) {
    if ((PRIORITIES as readonly unknown[]).includes(item)) seen.add(item as Priority);
  }
  for (const priority of PRIORITIES) seen.add(priority);
  return [...seen];
}

/** Moves one priority to the front, keeping the others' order. */
export function withLeadingPriority(priorities: readonly Priority[], lead: Priority): Priority[] {
  return normalisePriorities([lead, ...priorities]);
}
