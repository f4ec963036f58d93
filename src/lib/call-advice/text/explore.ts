import type { CallAnswers, CallReason } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import {
  askOpener,
  holding,
  OTHER_DEADLINE,
  OTHER_DEADLINE_REPLY,
  PERSONAL_DETAILS,
  prepareFor,
  warmLine,
} from './parts.ts';
import { ASK_WHY, FUTURE_HOLDS, HEAR_THEM_OUT, theyWantYou } from './why.ts';

// Explore: the reader might join, so they explore what could change and commit to nothing on the
// call. No number first, no "I'm ready to accept": a considered answer by a day they name.

/** What holds the reader back, said once; another offer only when they hold one. */
function holdingBack(answers: CallAnswers): string[] {
  const other = holding(answers);
  const alsoWeighing = other ? ['I’m also weighing another offer.'] : [];
  const byReason: Record<CallReason, string[]> = {
    pay: ['What’s holding me back is the base salary.', ...alsoWeighing],
    level: ['What’s holding me back is the level of the role.', ...alsoWeighing],
    'other-offer': ['I’m weighing another offer that’s stronger on [what matters most].'],
    fit: ['What’s holding me back is the role itself.', ...alsoWeighing],
    personal: ['What’s holding me back is timing.', ...alsoWeighing],
  };
  return byReason[answers.reason];
}

const QUESTION: Record<CallReason, string> = {
  pay: 'Is there any room there?',
  level: 'Is there any flexibility on the level or title?',
  'other-offer': 'What could you do to close that gap?',
  fit: 'Could the scope, the team or the way of working change?',
  personal: 'Is there flexibility on the start date?',
};

const ASKS: Record<CallReason, string[]> = {
  pay: ['What could they do on the base salary?', 'What’s the salary range for this level?'],
  level: [
    'Could the role be up-leveled to a level or title that matches your experience?',
    'What would the scope be at that level?',
  ],
  'other-offer': ['Which parts of the other offer could they match?'],
  fit: [
    'What could change in the role’s scope, the team you’d join, or the way you’d work?',
    'Could you talk with a future teammate about how the role would really work?',
  ],
  personal: ['Could they be flexible on the start date?', 'How long could they keep the role open?'],
};

/** The explore card: hear what they can change, say what matters, and decide after the call. */
export function explore(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  const other = holding(answers);
  return {
    verdict: declined
      ? 'Take the call and hear them out: learn what they can change, with your counteroffer ready.'
      : 'Take the call: you haven’t answered yet, so hear them out and learn what they can change before you decide.',
    why: [theyWantYou(answers), HEAR_THEM_OUT, ASK_WHY[answers.reason], FUTURE_HOLDS],
    talkTrack: [
      askOpener(answers),
      warmLine(answers),
      ...holdingBack(answers),
      QUESTION[answers.reason],
      'I’ll think it over and get back to you by [day].',
    ],
    checklist: [
      'Write down what would turn your maybe into a yes: that is your counteroffer, ready if you need it.',
      prepareFor(answers),
      'Plan to listen more than you talk, and to decide after the call.',
      'Pick the day you’ll give them your answer.',
      ...(other ? [OTHER_DEADLINE] : []),
    ],
    avoid: [
      'Committing on the spot: say you’ll think it over.',
      'Naming your number before you’ve heard theirs.',
      'Dismissing their ideas before you’ve heard them out.',
      answers.reason === 'other-offer' && other
        ? 'Overstating the other offer: say only what’s true.'
        : other
          ? 'Using the other offer as a threat.'
          : 'Hinting at offers you don’t have.',
      ...(answers.reason === 'personal' ? [PERSONAL_DETAILS] : []),
      'Keeping them waiting past the day you promised.',
    ],
    asks: [...ASKS[answers.reason], ...(declined ? [] : ['When do they need your answer?'])],
    replies: [
      {
        when: 'If they ask you to name a number first',
        say: 'I’d like to hear what you have in mind first.',
      },
      {
        when: 'If they ask what you earn now',
        say: 'I’d rather not share that. I’m focused on what’s fair for this role.',
      },
      {
        when: 'If they need an answer by a date',
        say: 'Thank you. Could I have until [day] to think it over?',
      },
      ...(other ? [OTHER_DEADLINE_REPLY] : []),
      {
        when: 'If they make you a new offer',
        say: 'Thank you, that’s helpful. Could you send it in writing, so I can think it over?',
      },
    ],
  };
}
