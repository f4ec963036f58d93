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
  type CounterofferState,
  type MessageKind,
  type OfferInput,
  type Priority,
  type Reason,
  type VestingChoice,
} from './state.ts';
export { toTerms, vestingOf, type OfferField, type TermsResult } from './terms.ts';
export { initialFromQuery, type QueryInitial } from './query.ts';
export { PRIORITY_TERMS, counterAsks, otherOfferFigures, type Ask, type TermKey } from './phrases.ts';
export { buildMessage, messageAsText, type CounterofferMessage } from './message.ts';
export { STATE_VERSION, decodeState, encodeState, type DecodeResult } from './codec.ts';
