import type { CallAnswers, CallReason } from '../types.ts';
import type { GoalText } from './goal-text.ts';
import { holding, PERSONAL_DETAILS } from './parts.ts';
import { ALWAYS_TALK, CAREERS_FLUID, HIGH_NOTE, PROFESSIONALISM, WONT_WORK } from './why.ts';

// Decline: the reader wouldn't join even if they fixed it, so the reason given must not sound
// fixable. A candid line that says a change wouldn't help, and no door left open to a rework.

/** The candid reason, framed so it invites no new offer. */
function theReason(answers: CallAnswers): string[] {
  const other = holding(answers);
  const byReason: Record<CallReason, string> = {
    pay: "To be candid, pay was part of it, but a higher number wouldn't change my answer.",
    level: "To be candid, the level was part of it, but this move isn't right for me at any level.",
    'other-offer': other
      ? 'To be candid, I have another offer that fits me better, and I plan to take it.'
      : "To be candid, I've weighed it against my other options, and this isn't the right move for me.",
    fit: "To be candid, the role isn't the right fit for what I want next.",
    personal: "To be candid, the main reason is my timing, and that won't change soon.",
  };
  const leaning = other && answers.reason !== 'other-offer' ? ["I'm also leaning toward another offer."] : [];
  return [byReason[answers.reason], ...leaning];
}

/** The decline card: thank them, give the reason kindly, and close the door on a rework. */
export function declineGracefully(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  const other = holding(answers);
  return {
    verdict: declined
      ? "Take the call: be candid and kind about why it's still a no, and keep the door open."
      : "Take the call: you haven't answered yet, so give them a kind, candid no and keep the door open.",
    why: declined
      ? [ALWAYS_TALK, PROFESSIONALISM, CAREERS_FLUID]
      : [answers.reason === 'pay' ? WONT_WORK : PROFESSIONALISM, HIGH_NOTE, CAREERS_FLUID],
    talkTrack: [
      declined
        ? "Thank you for calling. I know I said no, and I've thought it over again."
        : 'Thank you for making the time, and for the offer.',
      declined ? 'My answer is still no.' : "I've thought it through, and I'm going to decline.",
      ...theReason(answers),
      "I enjoyed meeting the team, and I'd like to stay in touch.",
    ],
    checklist: [
      'Be sure of your no: if a change could win you over, go in ready to hear them out instead.',
      "Decide how you'll explain why in a sentence or two, honestly and kindly.",
      ...(answers.reason === 'personal' ? ['Decide in advance how much you want to share.'] : []),
      ...(other ? ["Keep the other offer's details to yourself."] : []),
      'Note the people you enjoyed meeting, so you can thank them by name.',
    ],
    avoid: [
      "Letting them rework an offer you'll still turn down.",
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
        say: "Thank you, that's kind. My answer won't change, and I don't want to take up more of your time.",
      },
      {
        when: 'If they ask what would have changed your mind',
        say:
          answers.reason === 'personal'
            ? "Nothing in the offer, honestly. It's about my timing."
            : "Honestly, nothing in the offer. It's not the right move for me.",
      },
    ],
  };
}
