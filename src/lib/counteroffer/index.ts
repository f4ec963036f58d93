export {
  MESSAGE_KINDS,
  PRIORITIES,
  REASONS,
  TEXT_LIMITS,
  VESTING_CHOICES,
  defaultState,
  emptyOfferInput,
  normalisePriorities,
  withLeadingPriority,
  type Column,
  type CounterofferState,
  type MessageKind,
  type OfferInput,
  type Priority,
  type Reason,
  type VestingChoice,
} from './state.ts';
export {
  MONEY_FIELDS,
  NO_TERMS,
  parseOffer,
  toTerms,
  vestingOf,
  type FieldErrors,
  type MoneyField,
  type OfferField,
  type ParsedOffer,
  type TermsResult,
} from './terms.ts';
export { resolveTerms, type Resolved } from './resolve-terms.ts';
export { formatAmount, mapAmounts, plainAmount, tidyAmount } from './money-text.ts';
export { withField } from './mirror.ts';
export { LINK_PREFIX, QUERY_PARAMS, TOOL_PATH } from './link.ts';
export { restoreState, type RestoreInput, type Restored } from './restore.ts';
export { shareLink } from './share-link.ts';
export { blankOffer, startState, type CounterofferInitial } from './start-state.ts';
export { percentPhrase, totalsSummary } from './summary-text.ts';
export { downloadName } from './file-name.ts';
export { initialFromQuery, type QueryInitial } from './query.ts';
export {
  PRIORITY_TERMS,
  article,
  counterAsks,
  otherOfferFigures,
  type Ask,
  type TermKey,
} from './phrases.ts';
export { buildMessage, messageAsText, type CounterofferMessage } from './message.ts';
export { STATE_VERSION, decodeState, encodeState, type DecodeResult } from './codec.ts';
