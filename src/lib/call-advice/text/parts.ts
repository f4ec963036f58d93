import type { CallAnswers, CallReason } from '../types.ts';

// Small pieces more than one goal shares. Square brackets mark what the reader fills in.

/** True when the reader holds another offer they could truthfully mention. */
export function holding(answers: CallAnswers): boolean {
  return answers.otherOffer === 'holding';
}

/** What to have ready for the reason, before a call that may end in a new offer. */
export function prepareFor(answers: CallAnswers): string {
  const other = holding(answers);
  const byReason: Record<CallReason, string> = {
    pay: other
      ? 'Pick one number for the base. Your other offer is the reason behind it, so know its exact figures.'
      : "Pick one number for the base, and the reason behind it: market data for the role, or the role's scope.",
    level: 'Pick the level or title you want, and the parts of the role that show it fits.',
    'other-offer': other
      ? 'Know exactly where the other offer is stronger, and by how much.'
      : 'Name the one or two things that would make this offer right for you.',
    fit: 'Write down the change you need: the scope, the team or the way you would work.',
    personal: "Know the start date that works for you. You don't need to say why.",
  };
  return byReason[answers.reason];
}

/** The reader's own deadline, when another offer sets one. */
export const OTHER_DEADLINE = 'Know when your other offer expires.';

/** A reply for a reader holding another offer whose deadline may come first. */
export const OTHER_DEADLINE_REPLY = {
  when: 'If their answer could come after your other offer expires',
  say: 'My other offer needs an answer by [date]. Could you let me know before then?',
};

/** The reason the reader may keep to themselves. */
export const PERSONAL_DETAILS = 'Sharing personal details: "timing" is enough.';
