import type { CallAnswers, CallOtherOffer, CallReason, CallStatus, CallWouldJoin } from './types';
import { CALL_OTHER_OFFERS, CALL_REASONS, CALL_STATUSES, CALL_WOULD_JOIN } from './values';

const STATUS_LABEL: Record<CallStatus, string> = {
  declined: 'Declined',
  undecided: 'Not answered yet',
};

const REASON_LABEL: Record<CallReason, string> = {
  pay: 'pay too low',
  level: 'level too low',
  'other-offer': 'another offer is better',
  fit: "role or team isn't right",
  personal: 'timing or personal reasons',
};

const OTHER_OFFER_LABEL: Record<CallOtherOffer, string> = {
  accepted: 'accepted another offer',
  holding: 'holding another offer',
  none: 'no other offer',
};

const WOULD_JOIN_LABEL: Record<CallWouldJoin, string> = {
  yes: 'would join if fixed',
  maybe: 'might join if fixed',
  no: "wouldn't join",
};

/** Every combination of answers the widget can reach, in question order (70 in all). */
export function ALL_CALL_SITUATIONS(): CallAnswers[] {
  const situations: CallAnswers[] = [];
  for (const status of CALL_STATUSES) {
    for (const reason of CALL_REASONS) {
      for (const otherOffer of CALL_OTHER_OFFERS) {
        if (otherOffer === 'accepted') {
          situations.push({ status, reason, otherOffer });
          continue;
        }
        for (const wouldJoin of CALL_WOULD_JOIN) situations.push({ status, reason, otherOffer, wouldJoin });
      }
    }
  }
  return situations;
}

/** A short label for a situation, e.g. "Declined · pay too low · accepted another offer". */
export function describeSituation(answers: CallAnswers): string {
  const parts = [
    STATUS_LABEL[answers.status],
    REASON_LABEL[answers.reason],
    OTHER_OFFER_LABEL[answers.otherOffer],
  ];
  if (answers.wouldJoin !== undefined && answers.otherOffer !== 'accepted') {
    parts.push(WOULD_JOIN_LABEL[answers.wouldJoin]);
  }
  return parts.join(' · ');
}
