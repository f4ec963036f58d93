import type { CallAnswers, CallReason } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import { holding, OTHER_DEADLINE, OTHER_DEADLINE_REPLY, PERSONAL_DETAILS, prepareFor } from './parts.ts';
import { ASK_WHY, BE_READY, theyWantYou } from './why.ts';

// Counter: the reader would join if the gap closed, so they name it once, give the reason behind
// it, and commit to a yes when it is met. No fallback, no haggling invitation.

/** The gap, said once, with the reason behind the ask. */
function theGap(answers: CallAnswers): string[] {
  const other = holding(answers);
  const byReason: Record<CallReason, string[]> = {
    pay: [
      'It comes down to the base salary.',
      other
        ? "I have another offer at [other offer's base], so I'm looking for [your number]."
        : "Based on market data for this role, I'm looking for [your number].",
    ],
    level: [
      'The level is simply too low for what I want in my next career move.',
      other
        ? 'I have another offer at [level or title], and the scope here fits that level too.'
        : 'The scope we talked about fits [level or title].',
    ],
    'other-offer': other
      ? ["I have another offer, and right now it's stronger on [what matters most]."]
      : ['It fell short for me on [what matters most].'],
    fit: ["My hesitation is the role itself: I'd need [the change you need]."],
    personal: ["For me it's about timing: I'd need a start date of [date]."],
  };
  return byReason[answers.reason];
}

/** The commitment: a yes when the ask is met. */
function theYes(answers: CallAnswers): string {
  const byReason: Record<CallReason, string> = {
    pay: "If you can get there, I'm ready to say yes.",
    level: "If you can bring the role to that level, I'm ready to say yes.",
    'other-offer': holding(answers)
      ? "If you can match it there, I'm ready to say yes."
      : "If you can improve that, I'm ready to say yes.",
    fit: "If that can change, I'm ready to say yes.",
    personal: "If that start date works for you, I'm ready to say yes.",
  };
  return byReason[answers.reason];
}

const ASKS: Record<CallReason, (answers: CallAnswers) => string[]> = {
  pay: () => ['Is there room to raise the base salary?', "What's the salary range for this level?"],
  level: () => [
    'Could they up-level the role to a level or title that matches your experience?',
    'What would the scope be at that level?',
  ],
  'other-offer': (answers) =>
    holding(answers)
      ? ['Which parts of the other offer could they match or beat?']
      : ['What could they improve on the part that matters most to you?'],
  fit: () => [
    "What could change in the role's scope, the team you'd join, or the way you'd work?",
    'Could you talk with the hiring manager or a future teammate about how the role would really work?',
  ],
  personal: () => ['Could they be flexible on the start date?'],
};

const AVOID_FOR_REASON: Record<CallReason, (answers: CallAnswers) => string> = {
  pay: () => 'Offering a cheaper fallback, like a one-off bonus, before they answer your ask.',
  level: () => 'Settling for a new title without the level and pay behind it.',
  'other-offer': (answers) =>
    holding(answers)
      ? "Overstating the other offer: say only what's true."
      : "Mentioning an offer you don't have.",
  fit: () => "Asking for changes that still wouldn't get you to yes.",
  personal: () => PERSONAL_DETAILS,
};

/** The counter card: name the gap and its reason once, and commit to a yes when it's met. */
export function counter(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  const other = holding(answers);
  return {
    verdict: declined
      ? 'Take the call, and be ready with your counteroffer: tell them what it would take for you to join.'
      : "Take the call: you haven't answered yet, so this is the moment to say what it would take.",
    why: [theyWantYou(answers), ASK_WHY[answers.reason], BE_READY],
    talkTrack: [
      declined
        ? "Thank you for calling. I know I said no, and I'm glad you reached out."
        : "Thank you for calling. Before I answer, I'd like to be open with you.",
      ...theGap(answers),
      theYes(answers),
      // Pay, level and another offer already named it; for the rest it comes with a deadline.
      ...(other && (answers.reason === 'fit' || answers.reason === 'personal')
        ? ["I'm also weighing another offer, so an answer by [day] would help me."]
        : []),
      declined ? 'Thanks for giving this a second look.' : 'Thanks for hearing me out.',
    ],
    checklist: [
      prepareFor(answers),
      'Decide your yes in advance: if they meet your ask, say so on the call.',
      ...(other ? [OTHER_DEADLINE] : []),
      declined
        ? 'Own your first no in one line, then move on: no long apology.'
        : 'Check when they need your answer, so you can ask for time if you need it.',
    ],
    avoid: [
      AVOID_FOR_REASON[answers.reason](answers),
      ...(answers.reason === 'other-offer'
        ? []
        : [other ? 'Using the other offer as a threat.' : "Hinting at offers you don't have."]),
      'Inviting haggling: make your ask, then stop and listen.',
      'Ultimatums or a combative tone: some back and forth is expected.',
    ],
    asks: [...ASKS[answers.reason](answers), ...(declined ? [] : ['When do they need your answer?'])],
    replies: [
      answers.reason === 'pay'
        ? {
            when: 'If they ask how you got to your number',
            say: other
              ? "It's what my other offer pays, and it fits the scope we talked about."
              : "It's based on market data for similar roles, and on the scope we talked about.",
          }
        : {
            when: 'If they ask you to name a salary',
            say: "Based on market data for this role, I'm looking for a base of [your number].",
          },
      {
        when: 'If they ask what you earn now',
        say: "I'd rather focus on this role and what it's worth.",
      },
      {
        when: 'If they need an answer by a date',
        say: 'Thank you. Could I have until [day] to read the new offer in writing?',
      },
      ...(other ? [OTHER_DEADLINE_REPLY] : []),
      {
        when: 'If they say yes on the call',
        say: 'Thank you, that works for me. Could you send the updated offer in writing?',
      },
    ],
  };
}
