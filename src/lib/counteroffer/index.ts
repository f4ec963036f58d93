export {
  BASES,
  DEFAULT_LADDER,
  CALL_GOALS,
  PRIORITIES,
  CALL_STATUSES,
  REASONS,
  TEXT_LIMITS,
  VESTING_CHOICES,
  defaultState,
  startState,
  emptyOfferInput,
  normalisePriorities,
  withLeadingPriority,
  type Column,
  type CounterofferState,
  type Basis,
  type CallGoal,
  type OfferInput,
  type CallStatus,
  type Priority,
  type Reason,
  type VestingChoice,
} from './state.ts';
export {
  MONEY_FIELDS,
  NO_TERMS,
  parseOffer,
  vestingOf,
  type ExtraField,
  type FieldErrors,
  type MoneyField,
  type OfferField,
  type ParsedOffer,
} from './terms.ts';
export { resolveTerms, type Resolved } from './resolve-terms.ts';
export { EXTRA_LIMITS, parseExtras, type ExtraValues } from './extra-terms.ts';
export { formatAmount, mapAmounts, plainAmount, tidyAmount } from './money-text.ts';
export { withField } from './mirror.ts';
export { LINK_PREFIX, shareLink } from './link.ts';
export { QUERY_PREFIX, hasHandoff } from '../call-advice/handoff-params.ts';
export { restoreState, type RestoreInput, type Restored } from './restore.ts';
export { percentPhrase, totalsSummary } from './summary-text.ts';
export { downloadName } from './file-name.ts';
export { addressAfterReading, handoffParamsToRemove, initialFromQuery, type QueryInitial } from './query.ts';
export {
  PRIORITY_TERMS,
  TERM_NAMES,
  article,
  counterAsks,
  datePhrase,
  fourYearTotal,
  lowerKey,
  lowerTerms,
  otherOfferUse,
  asWords,
  valueText,
  type Ask,
  type LowerTerm,
  type TermKey,
} from './phrases.ts';
export { compareTerm, known, states, type Known } from './compare-terms.ts';
export { ladderOf, levelRank } from './levels.ts';
export { buildMessage, lowerConfirmed, messageAsText, type CounterofferMessage } from './message.ts';
export { STATE_VERSION, decodeState, encodeState, type DecodeResult } from './codec.ts';
