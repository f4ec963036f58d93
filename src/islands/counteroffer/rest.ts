// The rest of the builder, as one chunk: everything past the compact embed’s key numbers and
// totals. The tool page loads it at once; an issue’s compact builder when the reader changes
// something, or arrives with saved numbers or a link.
import { ladderOf, levelRank } from '../../lib/counteroffer/levels.ts';

export { buildMessage, lowerConfirmed, messageAsText } from '../../lib/counteroffer/message.ts';
export { lowerKey } from '../../lib/counteroffer/phrases.ts';
export { findBlockers } from './blockers.ts';
export { downloadName } from '../../lib/counteroffer/file-name.ts';
export { addressAfterReading } from '../../lib/counteroffer/query.ts';
export { shareLink } from '../../lib/counteroffer/link.ts';
export { ErrorSummary } from '../shared/ErrorSummary.tsx';
export { ComparisonTable } from './ComparisonTable.tsx';
export { TotalsChart } from './TotalsChart.tsx';
export { TermsTable } from './TermsTable.tsx';
export { LowerWarning } from './LowerWarning.tsx';
export { decodeForReader, restoreState } from '../../lib/counteroffer/restore.ts';
export { KeptButtons, ShareLink, UnreadableSave } from './KeptActions.tsx';
export { LadderField } from './LadderField.tsx';
export { MessageDetails } from './MessageDetails.tsx';
export { OfferDetails } from './OfferDetails.tsx';
export { PriorityList } from './PriorityList.tsx';
export { validateDate } from '../../lib/offer/validate.ts';
export { parseExtras } from '../../lib/counteroffer/extra-terms.ts';

/** Where a level stands on the reader’s ladder, said under its field; nothing for a blank level. */
export function levelHint(level: string, ladder: readonly string[] | undefined): string | undefined {
  if (level.trim() === '') return undefined;
  const rungs = ladderOf(ladder);
  const rank = levelRank(level, rungs);
  return rank === null
    ? 'Not on your ladder of levels (below), so it isn’t compared.'
    : `Step ${rank + 1} of ${rungs.length} on your ladder of levels.`;
}
