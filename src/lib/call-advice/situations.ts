import type {
  CallAnswers,
  CallGoal,
  CallOtherOffer,
  CallReason,
  CallStatus,
  CallWouldJoin,
} from './types.ts';
import { isOffered } from './steps.ts';
import { CALL_OTHER_OFFERS, CALL_REASONS, CALL_STATUSES, CALL_WOULD_JOIN } from './values.ts';

const STATUS_LABEL: Record<CallStatus, string> = {
  declined: 'Declined',
  undecided: 'Not answered yet',
};

const REASON_LABEL: Record<CallReason, string> = {
  pay: 'pay too low',
  level: 'level too low',
  'other-offer': 'another offer is better',
  fit: 'role or team isn’t right',
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
  no: 'wouldn’t join',
};

/** Every combination of answers the widget can reach, in question order (64 in all). */
export function allCallSituations(): CallAnswers[] {
  const situations: CallAnswers[] = [];
  for (const status of CALL_STATUSES) {
    for (const reason of CALL_REASONS) {
      for (const otherOffer of CALL_OTHER_OFFERS) {
        if (!isOffered('otherOffer', { reason }, otherOffer)) continue;
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

/**
 * A situation's answers as short labels, one per question answered, in question order, e.g.
 * ["Declined", "pay too low", "accepted another offer"]: for a caller that sets them out itself.
 */
export function situationParts(answers: CallAnswers): string[] {
  const parts = [
    STATUS_LABEL[answers.status],
    REASON_LABEL[answers.reason],
    OTHER_OFFER_LABEL[answers.otherOffer],
  ];
  if (answers.wouldJoin !== undefined && answers.otherOffer !== 'accepted') {
    parts.push(WOULD_JOIN_LABEL[answers.wouldJoin]);
  }
  return parts;
}

/** A short label for a situation, e.g. "Declined · pay too low · accepted another offer". */
export function describeSituation(answers: CallAnswers): string {
  return situationParts(answers).join(' · ');
}

/** What each goal's group in the advice table is called: the situation as a reader would put it. */
export const CALL_GOAL_TITLES: Record<CallGoal, string> = {
  counter: 'If you’d join once they fix what’s wrong',
  explore: 'If you might join: hear them out',
  decline: 'If you wouldn’t join even if they fixed it',
  'too-late': 'If you already accepted another offer',
};

const TITLE_REASON: Record<CallReason, string> = {
  pay: 'the pay',
  level: 'the level or title',
  'other-offer': 'another offer that looked better',
  fit: 'a role, team or company that isn’t right',
  personal: 'timing or personal reasons',
};

const TITLE_OTHER_OFFER: Record<CallOtherOffer, string> = {
  accepted: 'and you have since accepted another offer',
  holding: 'and you hold another offer',
  none: 'and you have no other offer',
};

// When another offer is the reason, the title already names it: only whether it was accepted is new.
const TITLE_BETTER_OFFER: Partial<Record<CallOtherOffer, string>> = {
  accepted: 'which you have accepted',
  holding: 'which you haven’t accepted yet',
};

/** A situation as a reader would say it, e.g. "You declined, mainly because of the pay, and you have no other offer". */
export function situationTitle(answers: CallAnswers): string {
  const reason = TITLE_REASON[answers.reason];
  const status =
    answers.status === 'declined'
      ? `You declined, mainly because of ${reason}`
      : `You haven’t answered, held back mainly by ${reason}`;
  const better = answers.reason === 'other-offer' ? TITLE_BETTER_OFFER[answers.otherOffer] : undefined;
  return `${status}, ${better ?? TITLE_OTHER_OFFER[answers.otherOffer]}`;
}

/** The anchor of a situation in the advice table, e.g. "situation-declined-pay-none-yes". */
export function situationId(answers: CallAnswers): string {
  const join = answers.otherOffer === 'accepted' || !answers.wouldJoin ? '' : `-${answers.wouldJoin}`;
  return `situation-${answers.status}-${answers.reason}-${answers.otherOffer}${join}`;
}
