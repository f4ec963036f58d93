import type { CallAdvice, CallAnswers } from './types';
import { CALL_QUERY_PARAMS } from './values';

/**
 * Query string for the counteroffer builder ("?goal=counter&reason=level&other=none"), or null when
 * there is nothing to counter. `other` says whether the reader holds another offer, so the builder
 * cites one only when there is one to cite.
 */
export function counterofferLink(answers: CallAnswers, advice: CallAdvice): string | null {
  if (advice.goal !== 'counter' && advice.goal !== 'listen') return null;
  const reason = encodeURIComponent(answers.reason);
  return `?goal=${advice.goal}&reason=${reason}&${CALL_QUERY_PARAMS.otherOffer}=${encodeURIComponent(answers.otherOffer)}`;
}
