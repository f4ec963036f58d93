import type { CallAnswers, CallReason, CallReply } from '../types.ts';

// Small pieces more than one goal shares. Square brackets mark what the reader fills in.

/** True when the reader holds another offer they could truthfully mention. */
export function holding(answers: CallAnswers): boolean {
  return answers.otherOffer === 'holding';
}

/** The opener of a call where the reader will ask for something: their no owned, or thanks for the offer. */
export function askOpener(answers: CallAnswers): string {
  return answers.status === 'declined'
    ? 'Thanks for reaching out again. I know I said no, and I’m glad we’re talking.'
    : 'Thank you for the offer, and for making the time to talk.';
}

/**
 * Something good about the role or the team, said before any ask: never praise of what the reader
 * is about to say falls short (the role itself, when the role is the reason).
 */
export function warmLine(answers: CallAnswers): string {
  const byReason: Record<CallReason, string> = {
    pay: 'I’m excited about the role and the team.',
    level: 'I’m excited about the team and the work.',
    'other-offer': 'I enjoyed meeting the team, and I’d like to find a way to make this work.',
    fit: 'I enjoyed meeting everyone, and I’d like to find a way to make this work.',
    personal: 'I’m excited about the role and the team.',
  };
  return byReason[answers.reason];
}

/** What to have ready for the reason, before a call that may end in a new offer. */
export function prepareFor(answers: CallAnswers): string {
  const other = holding(answers);
  const byReason: Record<CallReason, string> = {
    pay: other
      ? 'Pick one number for the base. Your other offer is the reason behind it, so know its exact figures.'
      : 'Pick one number for the base, and the reason behind it: market data for the role, or the role’s scope.',
    level:
      'Pick the level or title you want, the pay that goes with it, and the parts of the role that show it fits.',
    'other-offer': 'Know exactly where the other offer is stronger, and by how much.',
    fit: 'Write down the change you need: the scope, the team or the way you would work.',
    personal: 'Know the start date that works for you. You don’t need to say why.',
  };
  return byReason[answers.reason];
}

/** What is still missing when they come part of the way: the reader’s own target, named again. */
const STILL_MISSING: Record<CallReason, string> = {
  pay: 'What’s still missing for me is the base: I’m looking for [your number].',
  level: 'What’s still missing for me is [level or title], with the pay that goes with it.',
  'other-offer': 'What’s still missing for me is a match on [what matters most].',
  fit: 'What’s still missing for me is [the change you need].',
  personal: 'What’s still missing for me is a start date of [date].',
};

/** The reply for the call’s most common outcome: they improve the offer, but not all the way. */
export function partialYesReply(answers: CallAnswers): CallReply {
  return {
    when: 'If they meet you part of the way',
    say: `Thank you, that’s a real step forward. Could you send it in writing, and give me a day to consider it? ${STILL_MISSING[answers.reason]}`,
  };
}

/** The reader’s own deadline, when another offer sets one. */
export const OTHER_DEADLINE = 'Know when your other offer expires.';

/** A reply for a reader holding another offer whose deadline may come first. */
export const OTHER_DEADLINE_REPLY: CallReply = {
  when: 'If their answer could come after your other offer expires',
  say: 'My other offer needs an answer by [date]. Could you let me know before then?',
};

/** The reason the reader may keep to themselves. */
export const PERSONAL_DETAILS = 'Sharing personal details: “timing” is enough.';
