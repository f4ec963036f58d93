import type { CallAnswers, CallReason, CallWhy } from '../types.ts';

// Every "why" quotes a passage of issue #57 under the heading its link points at, and glosses it only
// as issue-claims.ts allows: consistency.ts holds each card to both.

/** Why the call is worth taking at all: the company’s interest, in the words that fit the reader’s status. */
export function theyWantYou(answers: CallAnswers): CallWhy {
  return answers.status === 'declined'
    ? {
        text: 'Asking to talk is a good sign. “They’re probably disappointed that you declined their offer without attempting to counter it.”',
        heading: 'why-they-want-to-talk',
      }
    : {
        text: 'Asking to talk is a good sign that they want you, and “it is expected to have some back and forth conversations about the terms.”',
        heading: 'why-they-want-to-talk',
      };
}

/** Why asking for the change is worth it, in the words that fit the reason. */
export const ASK_WHY: Record<CallReason, CallWhy> = {
  pay: {
    text: 'They may want to improve the offer: “I would guess that they want to do something to sweeten the offer.”',
    heading: 'be-ready-with-your-counteroffer',
  },
  level: {
    text: 'Levels can move: “I have participated in hiring negotiations where we up-leveled a role to land a great candidate.”',
    heading: 'be-ready-with-your-counteroffer',
  },
  'other-offer': {
    text: 'They may try to win you over: “I would guess that they want to do something to sweeten the offer and try to convince you to accept it.”',
    heading: 'be-ready-with-your-counteroffer',
  },
  fit: {
    text: 'Ask for the change that would make the role right: “What would it take for you to accept a job with this company?”',
    heading: 'be-ready-with-your-counteroffer',
  },
  personal: {
    text: 'Ask about timing too: “You never know until you ask.”',
    heading: 'be-ready-with-your-counteroffer',
  },
};

export const BE_READY: CallWhy = {
  text: 'Go in with your ask ready: “Be ready with your counteroffer.”',
  heading: 'be-ready-with-your-counteroffer',
};

export const HEAR_THEM_OUT: CallWhy = {
  text: 'Hearing them out is fine: “That’s not a bad thing. It’s ok to give the hiring manager that chance and hear them out.”',
  heading: 'be-ready-with-your-counteroffer',
};

export const FUTURE_HOLDS: CallWhy = {
  text: 'If it doesn’t work out, don’t burn the bridge: “You never know what the future holds.”',
  heading: 'dont-burn-the-bridge',
};

export const TOO_LATE: CallWhy = {
  text: 'Even when nothing they do can change it, “have the call, be polite, and explain that it is too late.”',
  heading: 'dont-burn-the-bridge',
};

export const PEOPLE_TALK: CallWhy = {
  text: '“Hiring managers and recruiters talk to each other.” You want them saying how gracious you were.',
  heading: 'when-the-offer-cant-work',
};

export const BETTER_JOB_LATER: CallWhy = {
  text: 'It may pay off later: “You may have an opportunity to take an even better job with them in a few years.”',
  heading: 'dont-burn-the-bridge',
};

export const ALWAYS_TALK: CallWhy = {
  text: 'Take the call even after a no: “it is always a good idea to talk to a company even if you declined their offer.”',
  heading: 'when-the-offer-cant-work',
};

export const PROFESSIONALISM: CallWhy = {
  text: 'Taking the call “demonstrates professionalism that they will discuss and remember.”',
  heading: 'when-the-offer-cant-work',
};

export const WONT_WORK: CallWhy = {
  text: 'Some offers can’t work: “sometimes the offer is so low that you know it isn’t going to work out.”',
  heading: 'when-the-offer-cant-work',
};

export const CAREERS_FLUID: CallWhy = {
  text: 'End it well: “Careers are fluid, and you never know what might happen.”',
  heading: 'dont-burn-the-bridge',
};

export const HIGH_NOTE: CallWhy = {
  text: 'However it ends, “Always end things on a high note!”',
  heading: 'dont-burn-the-bridge',
};
