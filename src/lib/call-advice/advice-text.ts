import { asksFor } from './asks';
import type { CallAdvice, CallAnswers, CallGoal, CallReason, CallWhy } from './types';

// Quoted bits are issue #57's own words, so readers who follow a "why" link find them there.

type GoalText = Pick<CallAdvice, 'verdict' | 'why' | 'talkTrack' | 'checklist' | 'avoid'>;

// Fits after "because of" and "holding me back is", so one phrase serves every status.
const REASON_NOUN: Record<CallReason, string> = {
  pay: 'the pay',
  level: 'the level of the role',
  'other-offer': 'another offer',
  fit: 'the fit of the role and team',
  personal: 'my timing',
};

const PREPARE_FOR_REASON: Record<CallReason, string> = {
  pay: "Know your number: the base salary you'd accept, and whether a sign-on bonus would close the gap.",
  level: "Know the level or title you're asking for, and be ready to say why your experience fits it.",
  'other-offer': 'Know exactly what makes the other option better, and which differences matter most to you.',
  fit: 'List what would need to change for the role to fit: scope, team or working arrangement.',
  personal: "Know the start date or timing that would work; you don't need to share personal details.",
};

// The counteroffer line to say out loud; the level one is issue #57's own example.
const COUNTER_LINES: Record<CallReason, string[]> = {
  level: [
    'The level is simply too low for what I want in my next career move.',
    "If you can bring the role up to [level or title], I'd be ready to accept.",
  ],
  pay: [
    "If you can bring the base to [your number], or close the gap with a sign-on bonus, I'd be ready to accept.",
  ],
  'other-offer': [
    "Another offer is stronger for me. Here's what would make this the better choice: [your counteroffer].",
  ],
  fit: [
    "My hesitation is the role itself. If [scope, team or arrangement] could change, I'd be excited to join.",
  ],
  personal: ['Timing is the issue for me. With a start date of [date], I could say yes.'],
};

const LISTEN_QUESTION: Record<CallReason, string> = {
  level: 'Is there any flexibility on the level or title of the role?',
  pay: 'Is there room on the base salary, or for a sign-on bonus?',
  'other-offer': 'What would make this the better choice for me?',
  fit: 'Could the scope, the team or the working arrangement change?',
  personal: 'Is there flexibility on timing or the start date?',
};

const UP_LEVEL_WHY: CallWhy = {
  text: 'Levels can move: "I have participated in hiring negotiations where we up-leveled a role to land a great candidate."',
  heading: 'be-ready-with-your-counteroffer',
};

const HOLDING_DEADLINE = 'Know when your other offer expires, so you can be open about your timeline.';

function theyWantYou(answers: CallAnswers): CallWhy {
  return {
    text:
      answers.status === 'declined'
        ? 'Asking to talk is a good sign that they really want you; they\'re probably disappointed you declined "without attempting to counter it."'
        : 'Asking to talk is a good sign that they really want you, and "some back and forth conversations about the terms" are expected.',
    heading: 'why-they-want-to-talk',
  };
}

function counter(answers: CallAnswers): GoalText {
  const { status, reason } = answers;
  const declined = status === 'declined';
  return {
    verdict: declined
      ? 'Take the call, and be ready with your counteroffer: tell them what it would take for you to join.'
      : "Take the call: you haven't answered yet, so this is the moment to say what it would take.",
    why: [
      theyWantYou(answers),
      {
        text: 'They most likely want to sweeten the offer, and "it\'s ok to give the hiring manager that chance and hear them out."',
        heading: 'be-ready-with-your-counteroffer',
      },
      {
        text: 'Be ready with your counteroffer: "What would it take for you to accept a job with this company? You never know until you ask."',
        heading: 'be-ready-with-your-counteroffer',
      },
      ...(reason === 'level' ? [UP_LEVEL_WHY] : []),
    ],
    talkTrack: [
      "Thank you for reaching out. I'm still interested in this role.",
      declined
        ? `I declined because of ${REASON_NOUN[reason]}, but I'd like to find a way to make this work.`
        : `Before I answer, I want to be open about what's holding me back: ${REASON_NOUN[reason]}.`,
      ...COUNTER_LINES[reason],
      'How much flexibility do you have there?',
      'Thank you for giving this another look.',
    ],
    checklist: [
      'Write down your counteroffer: the specific changes that would make you say yes.',
      PREPARE_FOR_REASON[reason],
      "Decide in advance what you'll accept, so you can answer on the call if they meet it.",
      ...(answers.otherOffer === 'holding' ? [HOLDING_DEADLINE] : []),
      ...(declined ? [] : ['Know when they expect your answer, so you can agree on next steps.']),
    ],
    avoid: [
      'Declining again without saying what it would take.',
      "Asking for changes that still wouldn't get you to yes.",
      'Overstating another offer or bluffing about numbers.',
      'Ultimatums or a combative tone: some back and forth about the terms is expected.',
    ],
  };
}

function listen(answers: CallAnswers): GoalText {
  const { status, reason } = answers;
  const declined = status === 'declined';
  return {
    verdict: declined
      ? 'Take the call and hear them out: learn what they can change, with your counteroffer ready.'
      : "Take the call: you haven't answered yet, so hear them out and learn what they can change before you decide.",
    why: [
      theyWantYou(answers),
      {
        text: 'They probably want to sweeten the offer. "That\'s not a bad thing. It\'s ok to give the hiring manager that chance and hear them out."',
        heading: 'be-ready-with-your-counteroffer',
      },
      {
        text: 'Have your counteroffer ready even if you\'re unsure: "You never know until you ask."',
        heading: 'be-ready-with-your-counteroffer',
      },
      ...(reason === 'level' ? [UP_LEVEL_WHY] : []),
      {
        text: 'If it still doesn\'t work out, a gracious call keeps the bridge standing: "You never know what the future holds."',
        heading: 'dont-burn-the-bridge',
      },
    ],
    talkTrack: [
      "Thanks for reaching out. I'm glad to hear what you have in mind.",
      declined
        ? `I declined mainly because of ${REASON_NOUN[reason]}.`
        : `I haven't decided yet. The main thing holding me back is ${REASON_NOUN[reason]}.`,
      LISTEN_QUESTION[reason],
      "Here's what it would take for me to say yes: [your counteroffer].",
      "Let me think it over. I'll get back to you by [date].",
    ],
    checklist: [
      'Work out what would turn your maybe into a yes, and write it down as your counteroffer.',
      PREPARE_FOR_REASON[reason],
      'Prepare your questions about what they can change, and plan to listen more than you talk.',
      "Decide when you'll give them your answer.",
      ...(answers.otherOffer === 'holding' ? [HOLDING_DEADLINE] : []),
    ],
    avoid: [
      "Dismissing their ideas before you've heard them out.",
      'Leaving the call without telling them what it would take.',
      "Committing on the spot before you've thought it over.",
      'Keeping them waiting once you know your answer.',
    ],
  };
}

function closePolitely(answers: CallAnswers): GoalText {
  const declined = answers.status === 'declined';
  return {
    verdict: declined
      ? "Take the call: be polite, explain that it's too late, and end on a high note."
      : "Take the call: tell them you've accepted another offer, thank them, and end on a high note.",
    why: [
      {
        text: 'Even when there is nothing they can do, "have the call, be polite, and explain that it is too late."',
        heading: 'dont-burn-the-bridge',
      },
      {
        text: 'Having already accepted a better offer is a reason the offer can\'t work, not a reason to skip the call: "it is always a good idea to talk to a company."',
        heading: 'when-the-offer-cant-work',
      },
      {
        text: '"Hiring managers and recruiters talk to each other." You want them saying how gracious and professional you are.',
        heading: 'when-the-offer-cant-work',
      },
      {
        text: 'Don\'t burn that bridge: you may end up working with these people, or have the chance of "an even better job with them in a few years."',
        heading: 'dont-burn-the-bridge',
      },
    ],
    talkTrack: [
      'Thank you for reaching out, and for the offer.',
      declined
        ? "I've accepted an offer with another company, so it's too late for me to reconsider."
        : "I want to tell you directly: I've accepted an offer with another company.",
      'I really enjoyed meeting the team, and I appreciate the time you all put in.',
      "I'd like to stay in touch, and I hope our paths cross again.",
    ],
    checklist: [
      // An undecided reader still owes them an answer, so telling them promptly comes first.
      ...(declined
        ? []
        : [
            "Tell them soon: they're still waiting for your answer, and a prompt reply is the professional thing.",
          ]),
      'Be sure your answer is final, so you can say so clearly and kindly.',
      "Prepare one honest sentence on why: you've accepted another offer.",
      'Note the people you enjoyed meeting, so you can thank them by name.',
      'Plan your close: thanks, good wishes, and an offer to stay in touch.',
    ],
    avoid: [
      'Skipping the call or going silent.',
      "Hinting that you might still be available when you aren't.",
      'Complaining about their offer or process; end things on a high note.',
      'Going into the details of the offer you accepted; a short, honest reason is enough.',
    ],
  };
}

function declineGracefully(answers: CallAnswers): GoalText {
  const { reason } = answers;
  const declined = answers.status === 'declined';
  return {
    verdict: declined
      ? "Take the call: be candid and kind about why it's still a no, and keep the door open."
      : "Take the call: you haven't answered yet, so give them a kind, candid no and keep the door open.",
    why: [
      {
        text: '"It is always a good idea to talk to a company even if you declined their offer." It "demonstrates professionalism that they will discuss and remember."',
        heading: 'when-the-offer-cant-work',
      },
      {
        text: 'Sometimes you know the offer "isn\'t going to work out." Saying so clearly on a call is kinder than leaving them guessing.',
        heading: 'when-the-offer-cant-work',
      },
      {
        text: '"Don\'t burn that bridge. You never know what the future holds."',
        heading: 'dont-burn-the-bridge',
      },
      {
        text: '"Careers are fluid." You may end up working with people from this company somewhere else.',
        heading: 'dont-burn-the-bridge',
      },
    ],
    talkTrack: [
      'Thank you for making the time, and for the offer.',
      declined
        ? 'I appreciate you reaching out after I declined.'
        : "I've thought it through, and I'm going to decline the offer.",
      `To be candid, the main reason is ${REASON_NOUN[reason]}.`,
      "I don't want you to rework the offer when my answer won't change.",
      "I enjoyed meeting the team, and I'd love to stay in touch.",
    ],
    checklist: [
      'Be sure of your no: if a change could win you over, go in ready to hear them out instead.',
      "Decide how you'll explain why in a sentence or two, honestly and kindly.",
      ...(reason === 'personal'
        ? ['Decide how much to share; "timing" or "personal reasons" is enough.']
        : []),
      'Note the people you enjoyed meeting, so you can thank them by name.',
    ],
    avoid: [
      "Letting them rework the offer when you know you'll still say no.",
      'Vague answers that leave them guessing.',
      'Criticizing the company, the offer or the interview team.',
      'Skipping the call or going silent.',
    ],
  };
}

const TEXT_FOR_GOAL: Record<CallGoal, (answers: CallAnswers) => GoalText> = {
  counter,
  listen,
  'close-politely': closePolitely,
  'decline-gracefully': declineGracefully,
};

/** The full advice for answers whose goal is already chosen; fresh arrays on every call. */
export function buildAdvice(answers: CallAnswers, goal: CallGoal): CallAdvice {
  return {
    takeCall: true,
    goal,
    ...TEXT_FOR_GOAL[goal](answers),
    asks: asksFor(answers.reason, goal, answers.otherOffer),
  };
}
