import { oneLine } from '../offer/format.ts';
import { siteDate, summarise } from '../offer/index.ts';
import { TERMS, counterAsks, lowerIn, offersOf, otherOfferUse } from './phrases.ts';
import { PAY_TERMS, basisSentence, declineReason, tooLateReason } from './reasons.ts';
import type { CounterofferState, CallGoal } from './state.ts';

/** An email to send, lines to say on a call, notes for the reader only; `acceptsAsIs` when a counter asks nothing more. */
export type CounterofferMessage = {
  goal: CallGoal;
  subject: string;
  email: string;
  talkTrack: string[];
  notes: string[];
  acceptsAsIs: boolean;
};

// Sentences of a message; `false` and "" are left out, so a sentence can be written only when it applies.
type Lines = (string | false)[];

// At most three items a sentence: longer lists are bullets in the email, and sentences on a call.
const MAX_INLINE = 3;

function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

// Items said one sentence per three: "`first` a, b, and c`end`", then "`then` d`end`".
function said(items: readonly string[], first: string, then: string, end: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += MAX_INLINE) {
    out.push(`${i === 0 ? first : then} ${joinList(items.slice(i, i + MAX_INLINE))}${end}`);
  }
  return out;
}

/** Writes the email and talk track for the builder’s state; a pure function of state and locale (locale only formats numbers and dates). */
export function buildMessage(state: CounterofferState, locale: string): CounterofferMessage {
  const company = oneLine(state.company);
  const team = company || 'your team';
  const contact = oneLine(state.contact);
  const yourName = oneLine(state.yourName);
  const declined = state.status === 'declined';
  // The other company is named only on request: many readers would rather not reveal it.
  const otherName = state.nameOtherCompany ? oneLine(state.otherCompany) : '';
  const notes: string[] = [];
  const write = (subject: string, blocks: Lines, talkTrack: Lines, acceptsAsIs = false) => ({
    goal: state.goal,
    subject: `Your offer${company ? ` from ${company}` : ''} — ${subject}`,
    email: [contact ? `Hi ${contact},` : 'Hi,', ...blocks, yourName ? `Best,\n${yourName}` : 'Best,']
      .filter(Boolean)
      .join('\n\n'),
    talkTrack: talkTrack.filter((line): line is string => line !== false && line !== ''),
    notes,
    acceptsAsIs,
  });
  const thanks = (spoken: boolean, rest: string) =>
    `Thank you for ${declined ? 'reaching out again' : spoken ? 'the offer' : `the offer to join ${team}`}${rest}`;

  if (state.goal === 'too-late') {
    const elsewhere = otherName ? `an offer with ${otherName}` : 'another offer';
    const why = tooLateReason(state.reason);
    return write(
      'thank you',
      [
        thanks(false, ', and for all the time you spent with me.'),
        `I’ve already accepted ${elsewhere}, so it’s too late for me to move forward. ${why}`,
        // Not "All the best!": the sign-off under it already says "Best,".
        'I enjoyed getting to know the team, and I hope our paths cross again. I wish you every success!',
      ],
      [
        thanks(true, ', and for all your time.'),
        `I’ve already accepted ${elsewhere}, so it’s too late for me to move forward.`,
        `${why} I enjoyed getting to know the team.`,
        'I hope our paths cross again. All the best!',
      ],
    );
  }
  if (state.goal === 'decline') {
    // Another offer is claimed only when the reader holds one: they said so, or named its company.
    const holding = state.citeOtherOffer || otherName !== '';
    const reason = state.reason ? ` ${declineReason(state.reason, holding, otherName)}` : '';
    const decision = declined
      ? `I’ve thought it over, and my answer is still no.${reason}`
      : `After a lot of thought, I’ve decided not to accept.${reason}`;
    return write(
      'thank you, and my decision',
      [
        thanks(false, ', and for the care you put into the process.'),
        decision,
        'It was a pleasure getting to know you and the team. I hope our paths cross again!',
      ],
      [
        thanks(true, declined ? '.' : ', and for the care you put into it.'),
        decision,
        'I hope our paths cross again. Thank you, and all the best!',
      ],
    );
  }

  const explore = state.goal === 'explore';
  const parsed = offersOf(state, locale);
  const warnings = lowerIn(parsed);
  const asks = counterAsks(parsed, warnings);
  // Terms the reader confirmed asking less on are a trade they offer, never an ask that leads.
  const lower = new Set(warnings.map((warning) => warning.term));
  const raises = asks.filter((ask) => !lower.has(ask.term));
  const raised = [...new Set(raises.map((ask) => ask.term))];
  const phrases = raises.map((ask) => ask.phrase);
  const concessions = asks.filter((ask) => lower.has(ask.term)).map((ask) => ask.phrase);
  const other = otherOfferUse(parsed, raised);
  notes.push(...(other?.warnings ?? []));
  // Explore cites no figure, the other offer’s included: it asks theirs first.
  const figures = other && !explore ? other.figures : [];
  const otherOffer = `I have another offer${otherName ? `, from ${otherName}` : ''}${
    figures.length > 0 ? `${otherName ? ',' : ''} with ${joinList(figures)}` : ''
  }`;
  // The reason behind the number, as the reader chose it, right after the asks it backs; another
  // offer is the strongest, so it stands even without an ask. Explore asks; it makes no case.
  const because = other
    ? other.mention
      ? `${otherOffer}, but I’d rather make this work with ${team}.`
      : ''
    : explore
      ? ''
      : basisSentence(state.basis, raised);
  // A deadline typed some other way than a date field sends it is blocked before any message shows.
  const deadline = state.deadline ? siteDate(state.deadline, locale) || state.deadline : '';
  // Something warm about the role comes before any ask, from a reader who said no too.
  const again =
    'reaching out again. I know I said no, but I still think highly of the role, and I’m glad we’re talking.';
  const opener = declined
    ? `Thank you for ${again}`
    : `Thank you for the offer to join ${team}. I’ve enjoyed our conversations, and I’m excited about the role.`;
  const spokenOpener = declined
    ? `Thanks for ${again}`
    : 'Thank you for the offer. I’m excited about the role.';
  const reply = (subject: string, email: Lines, talk: Lines, acceptsAsIs = false) =>
    write(subject, [opener, ...email], [spokenOpener, ...talk], acceptsAsIs);

  if (explore) {
    // A reader who said no has decided once; they aren’t "not ready to decide".
    const before = declined ? 'Before I give you a final answer' : 'Before I decide';
    const topics = [
      ...new Set(raises.map((ask) => (ask.term === 'otherTerms' ? ask.phrase : TERMS[ask.term].topic))),
    ];
    const range = raised.some((term) => PAY_TERMS.includes(term)) ? 'What range would you have in mind?' : '';
    const possible = `${before}, I’d like to understand what might be possible on your side`;
    const askBlock =
      topics.length === 0
        ? `${possible}.`
        : topics.length <= MAX_INLINE
          ? `${possible}. Is there room to move on ${joinList(topics)}? ${range}`.trim()
          : `${possible}, most important first:\n\n${bullets(topics)}${range ? `\n\n${range}` : ''}`;
    if (phrases.length > 0) {
      notes.push(`For you only, not in the message: what you’d ask for is ${joinList(phrases)}.`);
    }
    return reply(
      'a few questions',
      [
        askBlock,
        because,
        'Knowing this would help me think it over.',
        deadline && `I see the offer is open until ${deadline}. Could I have a few more days if I need them?`,
        'Thank you, and I look forward to hearing from you!',
      ],
      // As the call widget’s explore card says: hear their ideas before naming a number.
      [
        `${before}, I’d like to hear what you have in mind.`,
        ...said(topics, 'Is there room to move on', 'And on', '?'),
        range,
        because,
        deadline && `Could I have a few more days past ${deadline}, if I need them?`,
        'I’ll think it over and get back to you. Thank you!',
      ],
    );
  }

  // Asking nothing more than their offer is no counteroffer: the message accepts it as it stands.
  if (phrases.length === 0 && summarise(parsed.offer).total > 0) {
    notes.push(
      'Your counteroffer asks for nothing more than their offer, so this message accepts it as it stands. To counter, change a term you want more of.',
    );
    return reply(
      'yes',
      [
        'I’m happy to accept the offer as it stands. Could you send me the final offer in writing?',
        deadline && `I’ll sign it before ${deadline}.`,
        'Thank you, and I look forward to starting!',
      ],
      [
        'I’m happy to accept the offer as it stands.',
        'Could you send me the final offer in writing?',
        'Thank you, I look forward to starting!',
      ],
      true,
    );
  }
  if (phrases.length === 0) {
    return reply(
      'what would make it a yes',
      [
        'Before I sign, I’d like to talk through a few details of the offer.',
        because,
        deadline &&
          `I see the offer is open until ${deadline}. If we need a few more days, could we extend it?`,
        'Thank you, and I look forward to hearing from you!',
      ],
      ['I’d like to talk through a few details before I sign.', because, 'Thank you!'],
    );
  }

  const trade = said(concessions, 'In return, I’m open to', 'I’m open to', '.').join(' ');
  const commit = 'If you can do that, I’m ready to accept.';
  const askBlock =
    phrases.length <= MAX_INLINE
      ? because || trade
        ? [`I’d like ${joinList(phrases)}.`, because, trade, commit].filter(Boolean).join(' ')
        : `If you can offer ${joinList(phrases)}, I’m ready to accept.`
      : `Here’s what would make it a yes for me, most important first:\n\n${bullets(phrases)}\n\n${[because, trade, commit].filter(Boolean).join(' ')}`;
  const [first = '', ...rest] = phrases;
  return reply(
    'what would make it a yes',
    [
      askBlock,
      deadline &&
        `I see the offer is open until ${deadline}. If we need a few more days to settle this, could we extend it?`,
      'Thank you for working through this with me. I look forward to hearing from you!',
    ],
    [
      `What matters most to me is ${first}.`,
      ...said(rest, 'I’d also like', 'And', '.'),
      because,
      trade,
      commit,
      'Once we agree, could you send me the updated offer in writing?',
      deadline && `The offer is open until ${deadline}. Could we have a few more days if we need them?`,
      'Thank you for working through this with me!',
    ],
  );
}

/** The message as a plain-text file: subject line, email, then the talk track. */
export function messageAsText(message: CounterofferMessage): string {
  const talkTrack = message.talkTrack.map((line, i) => `${i + 1}. ${line}`).join('\n');
  return `Subject: ${message.subject}\n\n${message.email}\n\n---\n\nTalk track (if it happens on a call)\n\n${talkTrack}\n`;
}
