import type { CallAnswers, CallReason } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import { holding, PERSONAL_DETAILS } from './parts.ts';
import { ALWAYS_TALK, CAREERS_FLUID, HIGH_NOTE, PROFESSIONALISM, WONT_WORK } from './why.ts';

// Decline: the reader wouldn't join even if they fixed it, so the reason given must not sound
// fixable. A candid line that says a change wouldn't help, and no door left open to a rework.

/** The candid reason, framed so it invites no new offer (the builder’s decline message uses the same words). */
function theReason(answers: CallAnswers): string[] {
  const other = holding(answers);
  const byReason: Record<CallReason, string> = {
    pay: 'To be candid, pay was part of it, but more money wouldn’t change my mind.',
    level: 'To be candid, the level was part of it, but this move isn’t right for me at any level.',
    'other-offer': 'To be candid, I’ve decided to take another offer, which fits me better.',
    fit: 'To be candid, the role isn’t the right fit for what I want next.',
    // Timing that "won’t change soon" can’t sit beside another job the reader means to take.
    personal: other
      ? 'To be candid, it comes down to timing, and another offer fits mine better.'
      : 'To be candid, it comes down to timing, and that won’t change soon.',
  };
  const leaning =
    other && (answers.reason === 'pay' || answers.reason === 'level' || answers.reason === 'fit')
      ? ['I’m also leaning toward another offer.']
      : [];
  return [byReason[answers.reason], ...leaning];
}

/** If they ask what would have changed the reader’s mind: true to the reason already given. */
const WHAT_WOULD_HAVE: Record<CallReason, string> = {
  pay: 'More pay wouldn’t have done it, honestly. The move as a whole isn’t right for me.',
  level: 'A higher level wouldn’t have done it, honestly. The move as a whole isn’t right for me.',
  'other-offer': 'Nothing you could add, honestly. The other offer fits me better.',
  fit: 'Honestly, nothing in the offer. It’s the role that isn’t right for me.',
  personal: 'Nothing in the offer, honestly. It’s about my timing.',
};

/** The decline card: thank them, give the reason kindly, and close the door on a rework. */
export function decline(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  const other = holding(answers);
  return {
    verdict: declined
      ? 'Take the call: be candid and kind about why it’s still a no, and keep the door open.'
      : 'Take the call: you haven’t answered yet, so give them a kind, candid no and keep the door open.',
    why: declined
      ? [ALWAYS_TALK, PROFESSIONALISM, CAREERS_FLUID]
      : [answers.reason === 'pay' ? WONT_WORK : PROFESSIONALISM, HIGH_NOTE, CAREERS_FLUID],
    talkTrack: [
      declined
        ? 'Thank you for reaching out again. I know I said no, and I’ve thought it over.'
        : 'Thank you for the offer, and for the care you put into it.',
      declined ? 'My answer is still no.' : 'After a lot of thought, I’ve decided not to accept.',
      ...theReason(answers),
      'I enjoyed meeting the team, and I’d like to stay in touch.',
    ],
    checklist: [
      'Be sure of your no: if a change could win you over, go in ready to hear them out instead.',
      'Decide how you’ll explain why in a sentence or two, honestly and kindly.',
      ...(answers.reason === 'personal' ? ['Decide in advance how much you want to share.'] : []),
      ...(other ? ['Keep the other offer’s details to yourself.'] : []),
      'Note the people you enjoyed meeting, so you can thank them by name.',
    ],
    avoid: [
      'Letting them rework an offer you’ll still turn down.',
      'Vague answers that leave them guessing.',
      'Criticizing the company, the offer or the team.',
      ...(other ? ['Playing the two offers against each other.'] : []),
      ...(answers.reason === 'personal' ? [PERSONAL_DETAILS] : []),
      ...(declined ? [] : ['Going silent after the call.']),
    ],
    asks: [
      'Would they share any feedback from your interviews?',
      'Is it all right to stay in touch with the hiring manager and the recruiter?',
    ],
    replies: [
      {
        when: 'If they offer to change the offer',
        say: 'Thank you, that’s kind. My answer won’t change, and I don’t want to take up more of your time.',
      },
      {
        when: 'If they ask what would have changed your mind',
        say: WHAT_WOULD_HAVE[answers.reason],
      },
    ],
  };
}
