// The full builder's parts an issue's compact builder never shows: the names, vesting, level and
// terms beyond pay, the ladder of levels, what matters most and the message's further options. Fetched when the full builder hydrates, so the
// JavaScript both share stays small.
import { ladderOf, levelRank } from '../../lib/counteroffer/levels.ts';

export { BasicsFieldset } from './BasicsFieldset.tsx';
export { LadderField } from './LadderField.tsx';
export { MessageDetails } from './MessageDetails.tsx';
export { OfferDetails } from './OfferDetails.tsx';
export { PriorityList } from './PriorityList.tsx';
export { validateDate } from '../../lib/offer/validate.ts';
export { parseExtras } from '../../lib/counteroffer/extra-terms.ts';
export { ladderOf };

/** Where a level stands on the reader's ladder, said under its field; nothing for a blank level. */
export function levelHint(level: string, ladder: readonly string[] | undefined): string | undefined {
  if (level.trim() === '') return undefined;
  const rungs = ladderOf(ladder);
  const rank = levelRank(level, rungs);
  return rank === null
    ? 'Not on your ladder of levels (below), so it isn’t compared.'
    : `Step ${rank + 1} of ${rungs.length} on your ladder of levels.`;
}
