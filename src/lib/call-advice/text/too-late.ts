import type { CallAnswers, CallReason } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import { PERSONAL_DETAILS } from './parts.ts';
import { ALWAYS_TALK, BETTER_JOB_LATER, PEOPLE_TALK, TOO_LATE } from './why.ts';

// Close politely: another offer is accepted, so nothing they change can matter. The card thanks,
// says it is too late, and never hints the reader is still available, even when asked why.

/** If they ask what would have changed the reader's mind: a short, true answer that closes. */
const WHAT_WOULD_HAVE: Record<CallReason, string> = {
  pay: 'I appreciate you asking. Pay was part of it, but my decision is made.',
  level: 'I appreciate you asking. The level was part of it, but my decision is made.',
  'other-offer': 'I appreciate you asking. The offer I accepted was the better fit for me.',
  fit: 'I appreciate you asking. The role I accepted is a closer fit for what I want next.',
  personal: 'I appreciate you asking. It came down to timing, and my decision is made.',
};

/** The too-late card: thank them, say it's too late, and end on a high note. */
export function tooLate(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  // Never "since then": when another offer was the reason for the no, it isn't a new one.
  const accepted = 'accepted another offer, so it’s too late for me to move forward.';
  return {
    verdict: declined
      ? 'Take the call: be polite, explain that it’s too late, and end on a high note.'
      : 'Take the call: tell them you’ve accepted another offer, thank them, and end on a high note.',
    why: declined
      ? [TOO_LATE, ALWAYS_TALK, PEOPLE_TALK, BETTER_JOB_LATER]
      : [TOO_LATE, PEOPLE_TALK, BETTER_JOB_LATER],
    talkTrack: [
      declined
        ? 'Thank you for reaching out again, and for all your time.'
        : 'Thank you for the offer, and for all your time.',
      declined
        ? `I know I said no, and I’ve ${accepted}`
        : `I want to tell you directly: I’ve already ${accepted}`,
      'I really enjoyed getting to know the team.',
      'I wish you all the best, and I’d be glad to stay in touch.',
    ],
    checklist: [
      // An undecided reader still owes them an answer, so telling them promptly comes first.
      ...(declined ? [] : ['Tell them soon: they’re still waiting for your answer.']),
      'Prepare one honest sentence: you have accepted another offer.',
      'Note the people you enjoyed meeting, so you can thank them by name.',
    ],
    avoid: [
      'Skipping the call or going silent.',
      'Hinting that you might still be available.',
      'Complaining about their offer or process.',
      'Going into the details of the offer you accepted.',
      ...(answers.reason === 'personal' ? [PERSONAL_DETAILS] : []),
      ...(declined ? [] : ['Letting them hear it from someone else first.']),
    ],
    asks: [
      'Could they pass your thanks on to the hiring manager and the team?',
      'Is it all right to connect with them on LinkedIn?',
    ],
    replies: [
      { when: 'If they ask what would have changed your mind', say: WHAT_WOULD_HAVE[answers.reason] },
      {
        when: 'If they make a new offer anyway',
        say: 'Thank you, that’s generous. I’ve made a commitment, and I’m going to keep it.',
      },
    ],
  };
}
