import type { CallAnswers, CallReason, CallReply } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import {
  askOpener,
  holding,
  OTHER_DEADLINE,
  OTHER_DEADLINE_REPLY,
  partialYesReply,
  PERSONAL_DETAILS,
  prepareFor,
  warmLine,
} from './parts.ts';
import { ASK_WHY, BE_READY, theyWantYou } from './why.ts';

// Counter: the reader would join if the gap closed, so after a warm word about the role they name
// the gap once, give the reason behind it, and commit to a yes on exactly that target. No fallback,
// no haggling invitation, and nothing new asked once the yes is promised.

/** The gap, said once, with the reason behind the ask. */
function theGap(answers: CallAnswers): string[] {
  const other = holding(answers);
  const byReason: Record<CallReason, string[]> = {
    pay: [
      'It comes down to the base salary.',
      other
        ? 'I have another offer at [other offer’s base], so I’m looking for [your number].'
        : 'Based on market data for this role, I’m looking for [your number].',
    ],
    level: [
      'The level is simply too low for what I want in my next career move.',
      other
        ? 'I have another offer at [level or title], and the scope here fits that level too.'
        : 'The scope we talked about fits [level or title].',
    ],
    'other-offer': ['I have another offer, and right now it’s stronger on [what matters most].'],
    fit: ['My hesitation is the role itself.'],
    personal: ['For me, it’s about timing.'],
  };
  return byReason[answers.reason];
}

/** The commitment: a yes on the target just named, and nothing less. */
const THE_YES: Record<CallReason, string> = {
  pay: 'If you can bring the base to [your number], I’m ready to accept.',
  level:
    'If you can bring the role to [level or title], with the pay that goes with it, I’m ready to accept.',
  'other-offer': 'If you can match it on [what matters most], I’m ready to accept.',
  fit: 'If you can offer [the change you need], I’m ready to accept.',
  personal: 'If a start date of [date] works for you, I’m ready to accept.',
};

/** When they ask about pay: the number behind a pay or level ask, else the ask already made. */
const ABOUT_PAY: Record<CallReason, CallReply | ((answers: CallAnswers) => CallReply)> = {
  pay: (answers) => ({
    when: 'If they ask how you got to your number',
    say: holding(answers)
      ? 'It’s based on my other offer, at [other offer’s base], and on the scope we talked about.'
      : 'It’s based on market data for similar roles, and on the scope we talked about.',
  }),
  level: {
    when: 'If they ask what pay you’d need at that level',
    say: 'Based on market data for [level or title], I’m looking for a base of [your number].',
  },
  'other-offer': {
    when: 'If they ask you to name a salary',
    say: 'I’d need you to match my other offer on [what matters most], and nothing more.',
  },
  fit: {
    when: 'If they ask you to name a salary',
    say: 'The pay isn’t what’s holding me back. It’s [the change you need].',
  },
  personal: {
    when: 'If they ask you to name a salary',
    say: 'The pay isn’t what’s holding me back. It’s the start date.',
  },
};

const ASKS: Record<CallReason, string[]> = {
  pay: ['Can they bring the base salary to your number?', 'When could they send the new offer in writing?'],
  level: [
    'Could they up-level the role to a level or title that matches your experience?',
    'What would the scope and the pay be at that level?',
  ],
  'other-offer': ['Which parts of the other offer could they match?'],
  fit: [
    'What could change in the role’s scope, the team you’d join, or the way you’d work?',
    'Could you talk with the hiring manager or a future teammate about how the role would really work?',
  ],
  personal: ['Could they be flexible on the start date?'],
};

const AVOID_FOR_REASON: Record<CallReason, string> = {
  pay: 'Offering a cheaper fallback, like a one-off bonus, before they answer your ask.',
  level: 'Settling for a new title without the level and pay behind it.',
  'other-offer': 'Overstating the other offer: say only what’s true.',
  fit: 'Asking for changes that still wouldn’t get you to yes.',
  personal: PERSONAL_DETAILS,
};

/** The counter card: a warm word, the gap and its reason once, and a yes when it’s met. */
export function counter(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  const other = holding(answers);
  const aboutPay = ABOUT_PAY[answers.reason];
  return {
    verdict: declined
      ? 'Take the call, and be ready with your counteroffer: tell them what it would take for you to join.'
      : 'Take the call: you haven’t answered yet, so this is the moment to say what it would take.',
    why: [theyWantYou(answers), ASK_WHY[answers.reason], BE_READY],
    talkTrack: [
      askOpener(answers),
      warmLine(answers),
      ...theGap(answers),
      THE_YES[answers.reason],
      // Pay, level and another offer already named it; for the rest it comes with a deadline.
      ...(other && (answers.reason === 'fit' || answers.reason === 'personal')
        ? ['I’m also weighing another offer, so an answer by [day] would help me.']
        : []),
      declined ? 'Thanks for giving this a second look.' : 'Thanks for hearing me out.',
    ],
    checklist: [
      prepareFor(answers),
      'Decide your yes in advance: if they meet your ask, say so on the call.',
      'Decide what you’ll say if they meet you part of the way.',
      ...(other ? [OTHER_DEADLINE] : []),
      declined
        ? 'Own your first no in one line, then move on: no long apology.'
        : 'Check when they need your answer, so you can ask for time if you need it.',
    ],
    avoid: [
      AVOID_FOR_REASON[answers.reason],
      ...(answers.reason === 'other-offer'
        ? []
        : [other ? 'Using the other offer as a threat.' : 'Hinting at offers you don’t have.']),
      'Inviting haggling: make your ask, then stop and listen.',
      'Ultimatums or a combative tone: some back and forth is expected.',
    ],
    asks: [...ASKS[answers.reason], ...(declined ? [] : ['When do they need your answer?'])],
    replies: [
      typeof aboutPay === 'function' ? aboutPay(answers) : aboutPay,
      {
        when: 'If they ask what you earn now',
        say: 'I’d rather focus on this role and what it’s worth.',
      },
      partialYesReply(answers),
      {
        when: 'If they need an answer by a date',
        say: 'Thank you. Could I have until [day] to read the new offer in writing?',
      },
      ...(other ? [OTHER_DEADLINE_REPLY] : []),
      {
        when: 'If they say yes on the call',
        say: 'Thank you, that works for me. Could you send me the updated offer in writing?',
      },
    ],
  };
}
