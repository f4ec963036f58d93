import type { CallGoal, CallOtherOffer, CallReason } from './types';

// Negotiating asks only make sense when the reader might still join; asking for an up-level
// you would turn down anyway is neither candid nor kind.
const NEGOTIATING_ASKS: Record<CallReason, (otherOffer: CallOtherOffer) => string[]> = {
  level: () => [
    'Would they up-level the role to a level or title that matches your experience?',
    'What would the scope and expectations be at that level?',
  ],
  pay: () => [
    'Is there room to raise the base salary?',
    'If the base is fixed, could a sign-on bonus close the gap?',
  ],
  'other-offer': (otherOffer) => [
    'What would make them the better choice over your other option?',
    'Which parts of the other offer could they match or beat?',
    ...(otherOffer === 'holding'
      ? ["Could they give you an answer before your other offer's deadline?"]
      : []),
  ],
  fit: () => [
    "What could change in the role's scope, the team you'd join, or the working arrangement?",
    'Could you talk with the hiring manager or a future teammate about how the role would really work?',
  ],
  personal: () => [
    'Could they be flexible on timing, such as a later start date?',
    'Would they keep the role open a little longer while you sort out your timing?',
  ],
};

// When the answer is no, the asks look ahead: issue #57 expects the same people to come round again.
const DOOR_OPENING_ASKS: Record<CallReason, string> = {
  level: 'Would they keep you in mind if a role at a higher level opens up?',
  pay: 'Would they keep you in mind if a role with a bigger budget opens up?',
  'other-offer': 'Would they be open to talking again in a few years, if things change?',
  fit: "Would they keep you in mind for a role or team that's a closer fit?",
  personal: 'If your timing changes, would they be open to talking again?',
};

/** What to ask for on the call, fitted to the reason and to whether a yes is still possible. */
export function asksFor(reason: CallReason, goal: CallGoal, otherOffer: CallOtherOffer): string[] {
  if (goal === 'counter' || goal === 'listen') return NEGOTIATING_ASKS[reason](otherOffer);
  return [
    DOOR_OPENING_ASKS[reason],
    'Is it all right to stay in touch with the hiring manager and the recruiter?',
  ];
}
