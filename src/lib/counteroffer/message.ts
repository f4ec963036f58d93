import { counterAsks, oneLine, otherOfferFigures } from './phrases.ts';
import { normalisePriorities, type CounterofferState, type MessageKind, type Reason } from './state.ts';

/** A generated message: an email to send and lines to say if the conversation happens on a call. */
export type CounterofferMessage = {
  kind: MessageKind;
  subject: string;
  email: string;
  talkTrack: string[];
};

// Declines name a reason only when the reader picked one; "candid" shouldn't mean inventing one.
const DECLINE_REASONS: Record<Reason, (otherName: string) => string> = {
  pay: () => "To be candid, the compensation isn't where I need it to be.",
  level: () => "To be candid, the level isn't the right step for me at this point in my career.",
  'other-offer': (otherName) =>
    `To be candid, I'm accepting ${otherName ? `an offer with ${otherName}` : 'another offer'} that's a better fit for me right now.`,
  fit: () => "To be candid, I don't think the role is the right fit for me right now.",
  personal: () => "For personal reasons, the timing isn't right for me.",
};

function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}

function paragraphs(...blocks: (string | false)[]): string {
  return blocks.filter((block): block is string => block !== false && block !== '').join('\n\n');
}

/** Writes the email and talk track for the builder's state; a pure function of state and locale (locale only formats numbers). */
export function buildMessage(state: CounterofferState, locale: string): CounterofferMessage {
  const company = oneLine(state.company);
  const team = company || 'your team';
  const from = company ? ` from ${company}` : '';
  const contact = oneLine(state.contact);
  const yourName = oneLine(state.yourName);
  const greeting = contact ? `Hi ${contact},` : 'Hi,';
  const signOff = yourName ? `Best,\n${yourName}` : 'Best,';
  // The other company is named only on request: many readers would rather not reveal it.
  const otherName = state.nameOtherCompany ? oneLine(state.otherCompany) : '';
  const anotherOffer = otherName ? `another offer, from ${otherName},` : 'another offer';
  const acceptedElsewhere = otherName ? `an offer with ${otherName}` : 'another offer';
  // A partial ordering from a caller must not silently drop terms, so it is completed first.
  const priorities = normalisePriorities(state.priorities);
  const asks = counterAsks(state.offer, state.counter, priorities, state.currency, locale);
  const askPhrases = asks.map((ask) => ask.phrase);
  const email = (...blocks: (string | false)[]) => paragraphs(greeting, ...blocks, signOff);

  switch (state.kind) {
    case 'counter': {
      const cite = state.citeOtherOffer;
      const figures =
        cite && state.other
          ? otherOfferFigures(
              state.other,
              state.offer,
              priorities,
              asks.map((ask) => ask.term),
              state.currency,
              locale,
            )
          : [];
      // "another offer, from X," already ends in a comma, so the figures follow without another.
      const withFigures = figures.length > 0 ? ` with ${joinList(figures)}` : '';
      const otherOffer = `I have ${anotherOffer}${withFigures}`.replace(/,$/, '');
      const askBlock =
        askPhrases.length === 0
          ? "Before I sign, I'd love to talk through a few details of the offer with you."
          : askPhrases.length <= 2
            ? `If you can offer ${joinList(askPhrases)}, I'm ready to accept.`
            : `Here's what would make it a yes for me, in order of priority:\n\n${askPhrases
                .map((phrase) => `- ${phrase}`)
                .join('\n')}\n\nIf you can make that work, I'm ready to accept.`;
      const [first, ...rest] = askPhrases;
      return {
        kind: 'counter',
        subject: `Your offer${from} — what would make it a yes`,
        email: email(
          `Thank you so much for the offer to join ${team}. I've really enjoyed our conversations, and I'm excited about the role.`,
          cite &&
            `I want to be transparent with you: ${otherOffer}. I'd much rather make this work with ${team}, so I wanted to tell you exactly what it would take.`,
          askBlock,
          "I'm excited about what we could build together, and I'm looking forward to hearing from you!",
        ),
        talkTrack: [
          "Thank you again for the offer — I'm really excited about the role.",
          ...(cite
            ? [`I want to be transparent: ${otherOffer}. I'd much rather make this work with you.`]
            : []),
          ...(first === undefined
            ? ["I'd love to talk through a few details before I sign."]
            : [
                `What matters most to me is ${first}.`,
                ...(rest.length > 0 ? [`I'd also like ${joinList(rest)}.`] : []),
                "If you can make that work, I'm ready to accept.",
              ]),
          "I'm excited about what we could build together — thank you for working through this with me!",
        ],
      };
    }
    case 'close-politely':
      return {
        kind: 'close-politely',
        subject: `Your offer${from} — thank you`,
        email: email(
          `Thank you so much for the offer to join ${team}, and for all the time you spent with me.`,
          `I wanted to let you know as soon as I could: I've already accepted ${acceptedElsewhere}, so I'm not able to move forward. I'm sorry the timing didn't work out this time.`,
          "I really enjoyed our conversations, and I'd love to keep in touch — I hope our paths cross again. Wishing you and the team all the best!",
        ),
        talkTrack: [
          'Thank you so much for the offer, and for all the time you spent with me.',
          `I've already accepted ${acceptedElsewhere}, so I'm not able to move forward — I'm sorry the timing didn't work out.`,
          "I really enjoyed our conversations, and I'd love to keep in touch.",
          'I hope our paths cross again — all the best to you and the team!',
        ],
      };
    case 'decline-gracefully': {
      const reason = state.reason ? DECLINE_REASONS[state.reason](otherName) : '';
      const decision = `After a lot of thought, I've decided not to accept.${reason ? ` ${reason}` : ''}`;
      const doorOpen =
        askPhrases.length > 0 &&
        `If anything changes on your side — for example, ${joinList(askPhrases)} — I'd be glad to pick the conversation back up.`;
      return {
        kind: 'decline-gracefully',
        subject: `Your offer${from} — thank you, and my decision`,
        email: email(
          `Thank you for the offer to join ${team}, and for the care you put into the process.`,
          decision,
          doorOpen,
          `I have a lot of respect for ${team}, and I'd love to stay in touch. Thank you again, and best of luck with everything ahead!`,
        ),
        talkTrack: [
          'Thank you for the offer, and for the care you put into the process.',
          decision,
          ...(askPhrases.length > 0
            ? [`If anything changes — for example, ${joinList(askPhrases)} — I'd be glad to talk again.`]
            : []),
          "I'd love to stay in touch — thank you again, and best of luck with everything ahead!",
        ],
      };
    }
  }
}

/** The message as a plain-text file: subject line, email, then the talk track. */
export function messageAsText(message: CounterofferMessage): string {
  const talkTrack = message.talkTrack.map((line, i) => `${i + 1}. ${line}`).join('\n');
  return `Subject: ${message.subject}\n\n${message.email}\n\n---\n\nTalk track (if it happens on a call)\n\n${talkTrack}\n`;
}
