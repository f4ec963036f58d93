// What the builder fetches once it is needed, in one file. When the reader changes something, or
// arrives with saved numbers or a link, the builder needs the message writer, the state codec and
// the store that saves through it; only then can there be numbers to compare (the table, chart and
// terms beyond pay), a field to fix (the error summary), an ask below their offer (the warning), or
// kept numbers to go back to (restore, another tab's numbers, a save it couldn't read), so those
// come along too.
export { buildMessage, lowerConfirmed, messageAsText } from '../../lib/counteroffer/message.ts';
export { lowerKey } from '../../lib/counteroffer/phrases.ts';
export { findBlockers } from './blockers.ts';
export { downloadName } from '../../lib/counteroffer/file-name.ts';
export { decodeState, encodeState } from '../../lib/counteroffer/codec.ts';
export { restoreState } from '../../lib/counteroffer/restore.ts';
export { addressAfterReading } from '../../lib/counteroffer/address.ts';
export { shareLink } from '../../lib/counteroffer/share-link.ts';
export { ErrorSummary } from '../shared/ErrorSummary.tsx';
export { ComparisonTable } from './ComparisonTable.tsx';
export { TotalsChart } from './TotalsChart.tsx';
export { TermsTable } from './TermsTable.tsx';
export { LowerWarning } from './LowerWarning.tsx';
export { decodeForReader, encodeForSave } from '../../lib/counteroffer/restore.ts';
export { readSaved, saveEdit, writeSaved } from '../../lib/counteroffer/store.ts';
export { BackupButtons, ConflictButtons, UnreadableSave } from './KeptActions.tsx';
export { fromOtherTab, keptActions } from './kept-actions.ts';
export { ShareLinkSteps } from './ShareLinkSteps.tsx';
export { Confirm } from './Confirm.tsx';
