// What the builder fetches once it is needed, in one file. When the reader changes something, or
// arrives with saved numbers or a link, the builder needs both the message writer and the state
// codec; and only a reader who has changed something can have something to fix, so the error
// summary comes along too, already here when Update needs it. So does the download's file name.
export { buildMessage, messageAsText } from '../../lib/counteroffer/message';
export { downloadName } from '../../lib/counteroffer/file-name';
export { decodeState, encodeState } from '../../lib/counteroffer/codec';
export { restoreState } from '../../lib/counteroffer/restore';
export { shareLink } from '../../lib/counteroffer/share-link';
export { ErrorSummary } from '../shared/ErrorSummary';
export { decodeForReader, encodeForSave } from '../../lib/counteroffer/restore';
export { readSaved, saveEdit, writeSaved } from '../../lib/counteroffer/store';
export { BackupButtons, ConflictButtons, UnreadableSave } from './KeptActions';
export { fromOtherTab, keptActions } from './kept-actions';
export { ShareLinkSteps } from './ShareLinkSteps';
export { Confirm } from './Confirm';
