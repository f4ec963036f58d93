import { ISSUE_CLAIMS } from './issue-claims.ts';
import type { CallAdvice, CallAnswers, CallWhy } from './types.ts';

// What a career coach checks before a reader says a card out loud to a recruiter. Each rule reads
// the text, not how it was built, so a rewrite is held to the same promises. The unit tests run
// every rule over every situation the widget can reach and show each one can fail.

/** One broken promise in a card: the rule's name and the text that breaks it. */
export type CardProblem = { rule: string; text: string };

// Things the reader says: the talk track, the asks and the replies. Checklists and avoid lists
// are notes to the reader, so they may name what not to say.
function said(advice: CallAdvice): string[] {
  return [...advice.talkTrack, ...advice.asks, ...advice.replies.map((reply) => reply.say)];
}

const OTHER_OFFER = /\b(another|other|competing|second) offers?\b/i;
const COMMITS =
  /\bready to (accept|say yes|sign|join)\b|\bI(’ll| will|’d| would) (accept|sign|join|take it)\b|\bI can say yes\b|\bthat works for me\b|\bcount me in\b/i;
const AVAILABLE =
  /\bkeep (me|you) in mind\b|\bopen to (talking|hearing|another|a new)\b|\btalk again\b|\breconsider\b|\b(if|when) (my|your|the) (timing|situation|plans?) changes?\b|\bstill (interested|available|open)\b|\bwhat would it take\b|\bin the future\b/i;
const REWORK =
  /\bif (you|they) (can|could)\b|\bwhat would it take\b|\bis there (any )?(room|flexibility)\b|\bif anything changes\b|\bcould (you|they) (raise|improve|change|revise|move|match)\b|\bkeep (me|you) in mind\b|\bmatch or beat\b/i;
const MONEY = /\[your number\]|\[other offer.s base\]|\$\s?\d/i;
const PLACEHOLDER = /\[[^\]]+\]/;
const WARM = /\b(excited about|enjoyed (meeting|getting to know)|make this work)\b/i;
// A line that names what the reader needs: the gap, a target to fill in, or the issue's own "too low".
const ASKING = /\[[^\]]+\]|\bcomes down to\b|\btoo low\b|\bmy hesitation\b|\bit’s about\b|\bstronger on\b/i;
const PAY_TARGET = /\[your number\]|\bpay\b|\bbase\b/i;
const THEIR_RANGE = /\b(salary )?range\b|\bbudget\b|\bwhat (you|they) have in mind\b/i;
const STRAIGHT = /['"]|\s-\s|--/;

/** True when `text` keeps the articles' typography: curly quotes and apostrophes, real dashes. */
export function typeset(text: string): boolean {
  return !STRAIGHT.test(text);
}

/** Pairs of things a card can't both say: whichever is true, the other is not. */
const CONTRADICTIONS: readonly { one: RegExp; other: RegExp; rule: string }[] = [
  {
    one: /\b(pay|the level) was part of it\b/i,
    other: /\bnothing in the offer\b/i,
    rule: 'blames the offer, then says nothing in it mattered',
  },
  {
    one: /\bwon['’]t change soon\b/i,
    other: /\banother offer\b/i,
    rule: 'timing that won’t change, beside another job',
  },
  {
    one: /\[other offer['’]s base\][^.]*\[your number\]/,
    other: /\bwhat my other offer pays\b/i,
    rule: 'two figures, then says they are the same',
  },
];
const PERSONAL = /\b(family|partner|spouse|health|child|children|kids|pregnan\w*|sick|divorce|visa)\b/i;
const FALLBACK = /\bsign-on\b|\bone-off\b|\bbonus\b|\bor close the gap\b/i;
const HAGGLE = /\bhow much flexibility\b|\bmeet (me )?in the middle\b|\bwhat's your best\b/i;
const ULTIMATUM =
  /\bfinal offer\b|\btake it or leave it\b|\bor I('ll| will) (walk|go)\b|\botherwise I('ll| will)\b|\bunless you\b|\bor else\b/i;
const APOLOGY = /\bsorry\b|\bI apologi[sz]e\b/i;
const PLAYING_OFF = /\bmatch\b|\bbeat\b|\boutbid\b|\bunless you\b/i;
const OVERSTATED = /\b(much|way|far) better\b|\bblows\b|\bno comparison\b/i;
const COMPLAINT = /\blowball\w*\b|\binsult\w*\b|\bunfair\b|\bdisappointing\b|\bbad offer\b/i;

/** An avoid item, recognised by its words, and what the reader must then never say. */
const AVOID_CONCEPTS: readonly { avoid: RegExp; forbids: RegExp }[] = [
  { avoid: /cheaper fallback|one-off bonus/i, forbids: FALLBACK },
  { avoid: /haggling/i, forbids: HAGGLE },
  { avoid: /ultimatum|as a threat/i, forbids: ULTIMATUM },
  { avoid: /committing on the spot/i, forbids: COMMITS },
  { avoid: /naming your number before/i, forbids: MONEY },
  { avoid: /still be available/i, forbids: AVAILABLE },
  { avoid: /details of the offer you accepted/i, forbids: MONEY },
  { avoid: /rework/i, forbids: REWORK },
  { avoid: /personal detail/i, forbids: PERSONAL },
  { avoid: /against each other/i, forbids: PLAYING_OFF },
  { avoid: /offers? you don't have/i, forbids: OTHER_OFFER },
  { avoid: /overstating/i, forbids: OVERSTATED },
  { avoid: /complaining|criticizing/i, forbids: COMPLAINT },
  { avoid: /apologizing/i, forbids: APOLOGY },
];

/** The sentences of a text, trimmed, with quotation marks and case ignored. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/["“”]/g, '').trim().toLowerCase())
    .filter((sentence) => sentence !== '');
}

function cardText(advice: CallAdvice): string[] {
  return [
    advice.verdict,
    ...advice.why.map((why) => why.text),
    ...advice.talkTrack,
    ...advice.checklist,
    ...advice.avoid,
    ...advice.asks,
    ...advice.replies.flatMap((reply) => [reply.when, reply.say]),
  ];
}

/** The words of a "why" outside its quotes: what the card says the issue means. */
function gloss(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A "why" that quotes no passage of its heading, or glosses one in words the issue doesn't back. */
export function unsupportedWhy(why: CallWhy): string | null {
  const claims = ISSUE_CLAIMS.filter((claim) => claim.heading === why.heading);
  const quotes = [...why.text.matchAll(/“([^”]+)”/g)].map((match) => (match[1] ?? '').replace(/[.,!]+$/, ''));
  if (quotes.length === 0) return 'quotes nothing';
  for (const quote of quotes) {
    const lower = quote.toLowerCase();
    if (!claims.some((claim) => claim.passage.toLowerCase().includes(lower)))
      return `not in the issue: ${quote}`;
  }
  const said = gloss(why.text);
  if (said !== '' && !claims.some((claim) => claim.supports.includes(said)))
    return `not what it says: ${said}`;
  return null;
}

function matching(texts: readonly string[], pattern: RegExp, rule: string): CardProblem[] {
  return texts.filter((text) => pattern.test(text)).map((text) => ({ rule, text }));
}

/** Every broken promise in the card for `answers`; an empty list means it can be said as written. */
export function cardProblems(answers: CallAnswers, advice: CallAdvice): CardProblem[] {
  const spoken = said(advice);
  const problems: CardProblem[] = [];
  const hasOtherOffer = answers.otherOffer !== 'none';

  if (!hasOtherOffer)
    problems.push(...matching(spoken, OTHER_OFFER, 'mentions an offer the reader does not have'));

  if (advice.goal === 'too-late') {
    const promised = [advice.verdict, ...advice.checklist, ...spoken];
    problems.push(...matching(promised, AVAILABLE, 'too-late suggests the reader is still available'));
  }
  if (advice.goal === 'explore') problems.push(...matching(spoken, COMMITS, 'explore commits to accepting'));
  if (advice.goal === 'decline') problems.push(...matching(spoken, REWORK, 'decline invites a rework'));
  if (advice.goal === 'too-late' || advice.goal === 'decline') {
    problems.push(...matching(spoken, MONEY, 'names money when no ask is left'));
  }
  if (advice.goal === 'counter') problems.push(...counterProblems(advice, spoken));
  if (advice.goal === 'counter' || advice.goal === 'explore') {
    const warm = advice.talkTrack.findIndex((line) => WARM.test(line));
    const ask = advice.talkTrack.findIndex((line) => ASKING.test(line));
    if (warm === -1 || (ask !== -1 && ask < warm))
      problems.push({
        rule: 'asks before a warm word about the role or team',
        text: advice.talkTrack.join(' '),
      });
  }

  for (const why of advice.why) {
    const wrong = unsupportedWhy(why);
    if (wrong) problems.push({ rule: `a why says what issue #57 doesn’t (${wrong})`, text: why.text });
  }

  const everything = spoken.join(' ');
  for (const { one, other, rule } of CONTRADICTIONS) {
    if (one.test(everything) && other.test(everything)) problems.push({ rule, text: everything });
  }
  if (answers.reason === 'other-offer') {
    if (answers.otherOffer === 'none')
      problems.push({ rule: 'answers that contradict: a better offer, and no other offer', text: '' });
    problems.push(
      ...matching(spoken, /\bsince (then|accepted)\b|’ve since\b/i, 'the better offer becomes a new one'),
    );
  }
  problems.push(
    ...matching(cardText(advice), STRAIGHT, 'straight quotes or dashes, not the articles’ typography'),
  );

  for (const item of advice.avoid) {
    for (const { avoid, forbids } of AVOID_CONCEPTS) {
      if (avoid.test(item)) problems.push(...matching(spoken, forbids, `says what it avoids: ${item}`));
    }
  }

  const seen = new Set<string>();
  for (const sentence of cardText(advice).flatMap(sentences)) {
    if (seen.has(sentence)) problems.push({ rule: 'repeats a sentence', text: sentence });
    seen.add(sentence);
  }

  const opener = advice.talkTrack.join(' ');
  if (answers.status === 'declined' && !/\bI know I said no\b/.test(opener)) {
    problems.push({ rule: 'a declined reader never owns their no', text: opener });
  }
  if (answers.status === 'undecided' && /\bI (said no|declined)\b/.test(opener)) {
    problems.push({ rule: 'an undecided reader claims to have declined', text: opener });
  }
  return problems;
}

/** What only a counter card promises: a yes on a named target, nothing asked after it, no question after the number. */
function counterProblems(advice: CallAdvice, spoken: readonly string[]): CardProblem[] {
  const problems: CardProblem[] = [];
  const yes = advice.talkTrack.find((line) => COMMITS.test(line));
  if (!yes) return [{ rule: 'counter never commits to a yes when met', text: advice.talkTrack.join(' ') }];
  if (!PLACEHOLDER.test(yes)) problems.push({ rule: 'a yes on no named target', text: yes });
  // The card's own avoid list rules out a title without the pay: its yes must ask for the pay too.
  if (advice.avoid.some((item) => /without the level and pay/i.test(item)) && !/\bpay\b/i.test(yes))
    problems.push({ rule: 'a level yes without the pay behind it', text: yes });
  if (!PAY_TARGET.test(yes))
    problems.push(...matching(spoken, /\[your number\]/, 'a new demand after the yes'));
  if (advice.talkTrack.some((line) => line.includes('[your number]')))
    problems.push(...matching([...advice.asks, ...spoken], THEIR_RANGE, 'a question after the number'));
  const partial = advice.replies.find((reply) => /part of the way/i.test(reply.when));
  if (
    !partial ||
    !/in writing/i.test(partial.say) ||
    !/\ba day\b/i.test(partial.say) ||
    !/still/i.test(partial.say)
  )
    problems.push({ rule: 'no answer for a partial yes', text: partial?.say ?? '' });
  problems.push(...matching(spoken, FALLBACK, 'counter offers a cheaper fallback'));
  problems.push(...matching(spoken, HAGGLE, 'counter invites haggling'));
  return problems;
}
