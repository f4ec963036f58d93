// What the builder fetches once it is needed, in one file. When the reader changes something, or
// arrives with saved numbers or a link, the builder needs the message writer, the state codec and
// the store that saves through it; only then can there be numbers to compare (the table, chart and
// terms beyond pay), a field to fix (the error summary), an ask below their offer (the warning), or
// kept numbers to go back to (restore, another tab's numbers, a save it couldn't read), so those
// come along too.
export { buildMessage, lowerConfirmed, messageAsText } from '../../lib/counteroffer/message';
export { lowerKey } from '../../lib/counteroffer/phrases';
export { findBlockers } from './blockers';
export { downloadName } from '../../lib/counteroffer/file-name';
export { decodeState, encodeState } from '../../lib/counteroffer/codec';
export { restoreState } from '../../lib/counteroffer/restore';
export { addressAfterReading } from '../../lib/counteroffer/address';
export { shareLink } from '../../lib/counteroffer/share-link';
export { ErrorSummary } from '../shared/ErrorSummary';
export { ComparisonTable } from './ComparisonTable';
export { TotalsChart } from './TotalsChart';
export { TermsTable } from './TermsTable';
export { LowerWarning } from './LowerWarning';
export { decodeForReader, encodeForSave } from '../../lib/counteroffer/restore';
export { readSaved, saveEdit, writeSaved } from '../../lib/counteroffer/store';
export { BackupButtons, ConflictButtons, UnreadableSave } from './KeptActions';
export { fromOtherTab, keptActions } from './kept-actions';
export { ShareLinkSteps } from './ShareLinkSteps';
export { Confirm } from './Confirm';
