import type { CallHeading } from './types.ts';

// What issue #57 says, written down once: each passage word for word (a unit test finds it under its
// heading), and the glosses it supports, the words a card may put around its quote. A card's "why"
// quotes a passage under the heading it links to and glosses it only in words listed here, so no
// card can credit the issue with a claim it doesn't make (consistency.ts checks every card).

/** One passage of issue #57 and what it lets a card say about it. */
export type IssueClaim = {
  heading: CallHeading;
  /** The issue's own words, as the article prints them. */
  passage: string;
  /** The glosses (a why's words outside its quotes) this passage backs, exactly as cards write them. */
  supports: readonly string[];
};

export const ISSUE_CLAIMS: readonly IssueClaim[] = [
  {
    heading: 'why-they-want-to-talk',
    passage: 'This request is a good sign that the company really wants you.',
    supports: ['Asking to talk is a good sign.', 'Asking to talk is a good sign that they want you, and'],
  },
  {
    heading: 'why-they-want-to-talk',
    passage: 'They’re probably disappointed that you declined their offer without attempting to counter it.',
    supports: [],
  },
  {
    heading: 'why-they-want-to-talk',
    passage: 'It is expected to have some back and forth conversations about the terms.',
    supports: [],
  },
  {
    heading: 'when-the-offer-cant-work',
    passage: 'However, sometimes the offer is so low that you know it isn’t going to work out.',
    // A guess about the pay only: the decline card for "The pay is too low" alone uses it.
    supports: ['Some offers can’t work:'],
  },
  {
    heading: 'when-the-offer-cant-work',
    passage: 'Regardless, it is always a good idea to talk to a company even if you declined their offer.',
    supports: ['Take the call even after a no:'],
  },
  {
    heading: 'when-the-offer-cant-work',
    passage: 'Also, it demonstrates professionalism that they will discuss and remember.',
    supports: ['Taking the call'],
  },
  {
    heading: 'when-the-offer-cant-work',
    passage: 'Hiring managers and recruiters talk to each other.',
    supports: [],
  },
  {
    heading: 'when-the-offer-cant-work',
    passage: 'It is fantastic if what they are saying is how gracious and professional you are.',
    supports: ['You want them saying how gracious you were.'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    // The author's guess, so a gloss may say what they may want, never what they called to do.
    passage:
      'I would guess that they want to do something to sweeten the offer and try to convince you to accept it.',
    supports: ['They may want to improve the offer:', 'They may try to win you over:'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    passage: 'That’s not a bad thing. It’s ok to give the hiring manager that chance and hear them out.',
    supports: ['Hearing them out is fine:'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    passage: 'Be ready with your counteroffer.',
    supports: ['Go in with your ask ready:'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    passage: 'What would it take for you to accept a job with this company?',
    supports: ['Ask for the change that would make the role right:'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    passage: 'You never know until you ask.',
    supports: ['Ask about timing too:'],
  },
  {
    heading: 'be-ready-with-your-counteroffer',
    passage:
      'I have participated in hiring negotiations where we up-leveled a role to land a great candidate.',
    supports: ['Levels can move:'],
  },
  {
    heading: 'dont-burn-the-bridge',
    passage:
      'Even if you already know that there is nothing they can do (e.g., you have already accepted an offer from another company), have the call, be polite, and explain that it is too late.',
    supports: ['Even when nothing they do can change it,'],
  },
  {
    heading: 'dont-burn-the-bridge',
    passage: 'Again, don’t burn that bridge. You never know what the future holds.',
    supports: ['If it doesn’t work out, don’t burn the bridge:'],
  },
  {
    heading: 'dont-burn-the-bridge',
    passage: 'You may have an opportunity to take an even better job with them in a few years.',
    supports: ['It may pay off later:'],
  },
  {
    heading: 'dont-burn-the-bridge',
    passage: 'Careers are fluid, and you never know what might happen.',
    supports: ['End it well:'],
  },
  {
    heading: 'dont-burn-the-bridge',
    passage: 'Always end things on a high note!',
    supports: ['However it ends,'],
  },
];
