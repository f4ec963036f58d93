// The rest of the builder, as one chunk: everything past the compact embed’s key numbers and
// totals. The tool page loads it at once; an issue’s compact builder when the reader changes
// something, or arrives with saved numbers or a link.
export { buildMessage, messageAsText } from '../../lib/counteroffer/message.ts';
export { downloadName } from '../../lib/counteroffer/file-name.ts';
export {
  addressAfterReading,
  decodeForReader,
  restoreState,
  shareLink,
} from '../../lib/counteroffer/restore.ts';
export { ErrorSummary } from '../shared/ErrorSummary.tsx';
export { KeptButtons, ShareLink, UnreadableSave } from './KeptActions.tsx';
export { MessageDetails, OfferDetails, Priorities } from './Details.tsx';
export { LowerWarning, Results, findBlockers } from './Results.tsx';
