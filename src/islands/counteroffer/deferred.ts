// What the builder fetches once it is needed, in one file. When the reader changes something, or
// arrives with saved numbers or a link, the builder needs the message writer and the state codec;
// only then can there be numbers to compare (the table, chart and terms beyond pay), a field to fix
// (the error summary) or an ask below their offer (the warning), so those come along too.
export { buildMessage, lowerConfirmed, messageAsText } from '../../lib/counteroffer/message';
export { lowerKey } from '../../lib/counteroffer/phrases';
export { findBlockers } from './blockers';
export { downloadName } from '../../lib/counteroffer/file-name';
export { decodeState, encodeState } from '../../lib/counteroffer/codec';
export { restoreState } from '../../lib/counteroffer/restore';
export { shareLink } from '../../lib/counteroffer/share-link';
export { ErrorSummary } from '../shared/ErrorSummary';
export { ComparisonTable } from './ComparisonTable';
export { TotalsChart } from './TotalsChart';
export { TermsTable } from './TermsTable';
export { LowerWarning } from './LowerWarning';
