import { ladderOf } from './levels.ts';
import { counterAsks, datePhrase, lowerKey, lowerTerms, oneLine, otherOfferFigures } from './phrases.ts';
import { normalisePriorities, type CounterofferState, type MessageKind, type Reason } from './state.ts';

/** A generated message: an email to send and lines to say if the conversation happens on a call. */
export type CounterofferMessage = {
  kind: MessageKind;
  subject: string;
  email: string;
  talkTrack: string[];
};

// Declines name a reason only when the reader picked one, and never one the company could fix by
// reworking the offer: the door closes kindly, it isn't held ajar.
const DECLINE_REASONS: Record<Reason, (otherName: string) => string> = {
  pay: () => "The pay isn't where I need it to be.",
  level: () => "The level isn't the right step for me now.",
  'other-offer': (otherName) =>
    `I'm taking ${otherName ? `an offer with ${otherName}` : 'another offer'} that fits me better right now.`,
  fit: () => "I don't think the role is the right fit for me.",
  personal: () => "For personal reasons, the timing isn't right for me.",
};

function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}

function paragraphs(...blocks: (string | false)[]): string {
  return blocks.filter((block): block is string => block !== false && block !== '').join('\n\n');
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** Whether the counter asks for less than their offer on a term the reader hasn't confirmed. */
export function lowerConfirmed(state: CounterofferState, locale: string): boolean {
  const warnings = lowerTerms(state.offer, state.counter, ladderOf(state.ladder), state.currency, locale);
  return warnings.length === 0 || state.confirmedLower === lowerKey(warnings);
}

/** Writes the email and talk track for the builder's state; a pure function of state and locale (locale only formats numbers and dates). */
export function buildMessage(state: CounterofferState, locale: string): CounterofferMessage {
  const company = oneLine(state.company);
  const team = company || 'your team';
  const from = company ? ` from ${company}` : '';
  const contact = oneLine(state.contact);
  const yourName = oneLine(state.yourName);
  const greeting = contact ? `Hi ${contact},` : 'Hi,';
  const signOff = yourName ? `Best,\n${yourName}` : 'Best,';
  const declined = state.stage === 'declined';
  // The other company is named only on request: many readers would rather not reveal it.
  const otherName = state.nameOtherCompany ? oneLine(state.otherCompany) : '';
  const email = (...blocks: (string | false)[]) => paragraphs(greeting, ...blocks, signOff);

  switch (state.kind) {
    case 'counter':
    case 'explore': {
      const explore = state.kind === 'explore';
      const ladder = ladderOf(state.ladder);
      const priorities = normalisePriorities(state.priorities);
      const asks = counterAsks(
        state.offer,
        state.counter,
        priorities,
        state.currency,
        locale,
        ladder,
        lowerConfirmed(state, locale),
      );
      const phrases = asks.map((ask) => ask.phrase);
      const figures =
        state.citeOtherOffer && state.other
          ? otherOfferFigures(
              state.other,
              state.offer,
              priorities,
              asks.map((ask) => ask.term),
              state.currency,
              locale,
              ladder,
            )
          : [];
      const otherOffer = `I have another offer${otherName ? `, from ${otherName}` : ''}${
        figures.length > 0 ? `${otherName ? ',' : ''} with ${joinList(figures)}` : ''
      }`;
      // The reason behind the number, as the reader chose it; another offer is the strongest, so it leads.
      // Market data and scope explain a number, so they need an ask to follow.
      const because = state.citeOtherOffer
        ? `${otherOffer}, but I'd rather make this work with ${team}.`
        : phrases.length === 0
          ? ''
          : state.basis === 'market'
            ? "That's in line with what similar roles pay."
            : state.basis === 'scope'
              ? "That reflects the scope of the role as we've discussed it."
              : '';
      const deadline = state.deadline ? datePhrase(state.deadline, locale) : '';
      const opener = declined
        ? "Thank you for reaching out again. I know I said no, and I'm glad we're talking."
        : `Thank you for the offer to join ${team}. I've enjoyed our conversations, and I'm excited about the role.`;
      const [first, ...rest] = phrases;

      if (explore) {
        const askBlock =
          phrases.length === 0
            ? "Before I decide, I'd like to understand what might be possible on your side."
            : phrases.length <= 2
              ? `Before I decide, I'd like to know whether ${joinList(phrases)} would be possible.`
              : `Before I decide, I'd like to know whether these would be possible, most important first:\n\n${bullets(phrases)}`;
        return {
          kind: 'explore',
          subject: `Your offer${from} — a few questions`,
          email: email(
            opener,
            askBlock,
            because,
            "I'm not ready to decide yet, but knowing this would help me think it over.",
            deadline && `I see the offer is open until ${deadline}. Could I have a few more days to decide?`,
            'Thank you, and I look forward to hearing from you!',
          ),
          talkTrack: [
            declined
              ? "Thanks for reaching out again. I know I said no, and I'm glad we're talking."
              : "Thank you for the offer. I'm excited about the role.",
            "I'm not ready to decide yet, and I'd like to understand what's possible.",
            ...(first === undefined
              ? []
              : [`Would ${first} be possible?`, ...(rest.length > 0 ? [`And ${joinList(rest)}?`] : [])]),
            ...(because ? [because] : []),
            ...(deadline ? [`Could I have a few more days past ${deadline} to decide?`] : []),
            "I'll think it over and get back to you. Thank you!",
          ],
        };
      }

      const askBlock =
        phrases.length === 0
          ? "Before I sign, I'd like to talk through a few details of the offer."
          : phrases.length <= 2
            ? `If you can offer ${joinList(phrases)}, I'm ready to accept.`
            : `Here's what would make it a yes for me, most important first:\n\n${bullets(phrases)}\n\nIf you can make that work, I'm ready to accept.`;
      return {
        kind: 'counter',
        subject: `Your offer${from} — what would make it a yes`,
        email: email(
          opener,
          askBlock,
          because,
          deadline &&
            `I see the offer is open until ${deadline}. If we need a few more days to settle this, could we extend it?`,
          'Thank you for working through this with me. I look forward to hearing from you!',
        ),
        talkTrack: [
          declined
            ? "Thanks for reaching out again. I know I said no, and I'm glad we're talking."
            : "Thank you for the offer. I'm excited about the role.",
          ...(first === undefined
            ? ["I'd like to talk through a few details before I sign."]
            : [
                `What matters most to me is ${first}.`,
                ...(rest.length > 0 ? [`I'd also like ${joinList(rest)}.`] : []),
                ...(because ? [because] : []),
                "If you can do that, I'm ready to accept.",
                'Once we agree, could you send me the updated offer in writing?',
              ]),
          ...(deadline
            ? [`The offer is open until ${deadline}. Could we have a few more days if we need them?`]
            : []),
          'Thank you for working through this with me!',
        ],
      };
    }
    case 'close-politely': {
      const elsewhere = otherName ? `an offer with ${otherName}` : 'another offer';
      const thanks = declined
        ? 'Thank you for reaching out again, and for all the time you spent with me.'
        : `Thank you for the offer to join ${team}, and for all the time you spent with me.`;
      return {
        kind: 'close-politely',
        subject: `Your offer${from} — thank you`,
        email: email(
          thanks,
          `I've already accepted ${elsewhere}, so it's too late for me to move forward. I'm sorry the timing didn't work out.`,
          'I enjoyed getting to know the team, and I hope our paths cross again. All the best!',
        ),
        talkTrack: [
          declined
            ? 'Thank you for reaching out again, and for all your time.'
            : 'Thank you for the offer, and for all your time.',
          `I've already accepted ${elsewhere}, so it's too late for me to move forward.`,
          "I'm sorry the timing didn't work out. I enjoyed getting to know the team.",
          'I hope our paths cross again. All the best!',
        ],
      };
    }
    case 'decline-gracefully': {
      const reason = state.reason ? ` ${DECLINE_REASONS[state.reason](otherName)}` : '';
      const decision = declined
        ? `I've thought it over again, and my answer is still no.${reason}`
        : `After a lot of thought, I've decided not to accept.${reason}`;
      return {
        kind: 'decline-gracefully',
        subject: `Your offer${from} — thank you, and my decision`,
        email: email(
          declined
            ? 'Thank you for reaching out again, and for the care you put into the process.'
            : `Thank you for the offer to join ${team}, and for the care you put into the process.`,
          decision,
          `I have a lot of respect for ${team}, and I hope our paths cross again. Thank you, and all the best!`,
        ),
        talkTrack: [
          declined
            ? 'Thank you for reaching out again.'
            : 'Thank you for the offer, and for the care you put into it.',
          decision,
          'I hope our paths cross again. Thank you, and all the best!',
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
