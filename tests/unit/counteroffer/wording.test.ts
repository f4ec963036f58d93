import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MESSAGE_KINDS,
  PRIORITIES,
  REASONS,
  buildMessage,
  compareTerm,
  defaultState,
  emptyOfferInput,
  known,
  ladderOf,
  lowerKey,
  lowerTerms,
  type CounterofferState,
  type OfferInput,
  type Reason,
} from '../../../src/lib/counteroffer/index.ts';
import { phrasesFor, PRIORITY_TERMS } from '../../../src/lib/counteroffer/phrases.ts';
import { declineReason } from '../../../src/lib/counteroffer/reasons.ts';

// A career coach's read of the builder's words, each class of problem found turned into a rule.
// States are realistic: plain amounts, counts from 0 up, levels on the default ladder.

const LOCALE = 'en-US';
const ALL_TERMS = Object.values(PRIORITY_TERMS).flat();

const amount = fc.constantFrom('', '0', '8000', '18000', '95000', '100000', '150000', '160000', '185000');
const offerInput: fc.Arbitrary<OfferInput> = fc.record({
  base: amount,
  bonusPercent: fc.constantFrom('', '10', '15'),
  signOn: amount,
  relocation: fc.constantFrom('', '5000'),
  equityGrant: amount,
  vestingPreset: fc.constantFrom('even-4y', 'back-weighted'),
  customVesting: fc.constant(['25', '25', '25', '25']),
  level: fc.constantFrom('', 'Junior', 'Mid-level', 'Senior', 'Staff'),
  otherTerms: fc.constantFrom('', 'A laptop'),
  title: fc.constantFrom('', 'Lead'),
  startDate: fc.constantFrom('', '2027-01-15'),
  // 0 and 1 are where "0 days" and "1 days" would show.
  remoteDays: fc.constantFrom('', '0', '1', '2', '5'),
  timeOff: fc.constantFrom('', '0', '1', '20'),
  equityRefresh: fc.constantFrom('', '10000'),
  reviewMonths: fc.constantFrom('', '0', '1', '6'),
});

const states: fc.Arbitrary<CounterofferState> = fc
  .record({
    kind: fc.constantFrom(...MESSAGE_KINDS),
    stage: fc.constantFrom('declined', 'undecided'),
    basis: fc.constantFrom(undefined, 'market', 'scope'),
    reason: fc.constantFrom(undefined, ...REASONS),
    citeOtherOffer: fc.boolean(),
    nameOtherCompany: fc.boolean(),
    otherCompany: fc.constantFrom('', 'Globex'),
    company: fc.constantFrom('', 'Acme'),
    contact: fc.constantFrom('', 'Priya'),
    yourName: fc.constantFrom('', 'Sam'),
    deadline: fc.constantFrom('', '2026-12-01'),
    priorities: fc.shuffledSubarray([...PRIORITIES], { minLength: 5, maxLength: 5 }),
    offer: offerInput,
    counter: offerInput,
    other: fc.option(offerInput, { nil: null }),
    confirm: fc.boolean(),
  })
  .map(({ confirm, basis, reason, ...rest }) => {
    const state: CounterofferState = { ...defaultState('USD'), ...rest };
    if (basis) state.basis = basis;
    if (reason) state.reason = reason;
    if (confirm) {
      state.confirmedLower = lowerKey(
        lowerTerms(state.offer, state.counter, ladderOf(undefined), 'USD', LOCALE),
      );
    }
    return state;
  });

const run = (property: (state: CounterofferState) => void) =>
  fc.assert(fc.property(states, property), { numRuns: 300 });

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && !/^(Hi|Best)\b/.test(sentence) && !sentence.startsWith('- '));
}

const confirmedLower = (state: CounterofferState) => {
  const warnings = lowerTerms(state.offer, state.counter, ladderOf(state.ladder), 'USD', LOCALE);
  return warnings.length > 0 && state.confirmedLower === lowerKey(warnings) ? warnings : [];
};

const holding = (state: CounterofferState) =>
  state.citeOtherOffer || (state.nameOtherCompany && state.otherCompany !== '');

// 400 runs of a property take seconds on a shared, busy machine: room to finish, not a time to meet.
describe('the builder’s words, read aloud', { timeout: 60_000 }, () => {
  it('gives the reason behind the number before the yes, never after it', () => {
    run((state) => {
      if (state.kind !== 'counter') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      for (const text of [email, talkTrack.join('\n')]) {
        const yes = text.indexOf("I'm ready to accept");
        if (yes === -1) continue;
        for (const reason of ['I have another offer', 'market data', 'scope of the role']) {
          const at = text.indexOf(reason);
          if (at !== -1) expect(at).toBeLessThan(yes);
        }
      }
    });
  });

  it('offers an ask for less in return, never as what matters most or a question of what is possible', () => {
    run((state) => {
      if (state.kind !== 'counter' && state.kind !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const counter = known(state.counter, LOCALE);
      for (const { term } of confirmedLower(state)) {
        for (const phrase of phrasesFor(term, counter, 'USD', LOCALE)) {
          for (const sentence of [...sentences(email), ...talkTrack.flatMap(sentences)]) {
            if (!sentence.includes(phrase) || sentence.startsWith('I have another offer')) continue;
            expect(sentence).toMatch(/^(In return, )?I'm open to /);
          }
          expect(email).not.toContain(`- ${phrase}\n`);
        }
      }
    });
  });

  it('in explore, hears their ideas before naming a number, and never calls a reader who said no undecided', () => {
    run((state) => {
      if (state.kind !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const listen = talkTrack.findIndex((line) => line.includes('what you have in mind'));
      const firstNumber = talkTrack.findIndex((line) => /\d|\$/.test(line));
      expect(listen).toBeGreaterThan(-1);
      if (firstNumber !== -1) expect(firstNumber).toBeGreaterThan(listen);
      if (state.stage === 'declined') {
        expect([email, ...talkTrack].join('\n')).not.toMatch(/Before I decide|not ready to decide/);
      }
    });
  });

  it('cites no figure of another offer that falls short of the reader’s own ask on that term', () => {
    run((state) => {
      if (!state.citeOtherOffer || !state.other) return;
      const { email } = buildMessage(state, LOCALE);
      const cited = /I have another offer[^.]*?(?=, but I'd rather)/u.exec(email)?.[0] ?? '';
      const other = known(state.other, LOCALE);
      const ask = known(state.counter, LOCALE);
      const offer = known(state.offer, LOCALE);
      for (const term of ALL_TERMS) {
        if ((compareTerm(term, other, ask, ladderOf(undefined)) ?? 0) >= 0) continue;
        // Only terms the counter actually raises are asks; the rest mirror their offer.
        if ((compareTerm(term, ask, offer, ladderOf(undefined)) ?? 0) <= 0) continue;
        for (const phrase of phrasesFor(term, other, 'USD', LOCALE)) expect(cited).not.toContain(phrase);
      }
    });
  });

  it('claims another offer in a decline only when the reader holds one, and names no fixable complaint', () => {
    run((state) => {
      if (state.kind !== 'decline-gracefully') return;
      const text = [buildMessage(state, LOCALE).email, ...buildMessage(state, LOCALE).talkTrack].join('\n');
      if (!holding(state)) expect(text).not.toMatch(/another offer|an offer from/);
      expect(text).not.toMatch(/isn't where I need|too low|not enough|isn't the right step|right now/i);
    });
  });

  it('never writes "best" just above the "Best," sign-off', () => {
    run((state) => {
      const paragraphs = buildMessage(state, LOCALE).email.split('\n\n');
      expect(paragraphs.at(-2)).not.toMatch(/\bbest\b/i);
    });
  });

  it('writes counts as a person says them: no "0 days", "1 days" or "2 day"', () => {
    run((state) => {
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const text = [email, ...talkTrack].join('\n');
      expect(text).not.toMatch(/\b0 (remote )?(days?|months?)\b/);
      expect(text).not.toMatch(/\b1 (remote )?(days|months|years)\b/);
      expect(text).not.toMatch(/\b([02-9]|\d\d+) (remote )?(day|month|year)\b(?!s)/);
    });
  });

  it('never says the same word in two sentences running where it reads as an echo', () => {
    // Words the templates could echo ("again … again", "decide … decide", "make this work … make that work").
    const echoes = [
      /\bagain\b/i,
      /\bdecide\b/i,
      /\banswer\b/i,
      /\bwork\b/i,
      /\bI'd like\b/,
      /\bI'm asking\b/,
      /^I have\b/,
    ];
    run((state) => {
      const { email, talkTrack } = buildMessage(state, LOCALE);
      for (const list of [sentences(email), talkTrack.flatMap(sentences)]) {
        list.forEach((sentence, i) => {
          const next = list[i + 1];
          if (next === undefined) return;
          for (const word of echoes) {
            const has = (s: string) => word.test(s);
            expect(has(sentence) && has(next), `${String(word)} in "${sentence}" then "${next}"`).toBe(false);
          }
        });
      }
    });
  });
});

describe('decline reasons, as the call widget’s decline card words them', () => {
  it.each<[Reason, boolean, RegExp]>([
    ['pay', false, /wouldn't change my mind/],
    ['level', false, /at any level/],
    ['other-offer', true, /^I've decided to take another offer/],
    ['other-offer', false, /^I've weighed it against my other options/],
    ['fit', false, /isn't the right fit for what I want next/],
    ['personal', false, /won't change soon/],
  ])('%s (holding another offer: %s) says a change would not help', (reason, held, pattern) => {
    expect(declineReason(reason, held, '')).toMatch(pattern);
  });

  it('names the other company only when given', () => {
    expect(declineReason('other-offer', true, 'Globex')).toBe(
      "I've decided to take an offer from Globex, which fits me better.",
    );
  });
});

describe('money in other currencies', () => {
  const state = (currency: string): CounterofferState => ({
    ...defaultState(currency),
    offer: { ...emptyOfferInput(), base: '1600000' },
    counter: { ...emptyOfferInput(), base: '1800000', signOn: '800000' },
  });

  it.each([
    ['EUR', 'de-DE', ['a base salary of 1.800.000 €', 'an 800.000 € sign-on bonus']],
    ['INR', 'en-IN', ['a base salary of ₹18,00,000', 'an ₹8,00,000 sign-on bonus']],
    ['USD', 'en-US', ['a base salary of $1,800,000', 'an $800,000 sign-on bonus']],
  ])(
    '%s in %s is written as the locale writes it, with the article it is read with',
    (currency, locale, phrases) => {
      const { email, talkTrack } = buildMessage(state(currency), locale);
      for (const phrase of phrases) {
        expect(email.replace(/\u00a0/gu, ' ')).toContain(phrase);
        expect(talkTrack.join('\n').replace(/\u00a0/gu, ' ')).toContain(phrase);
      }
      if (currency !== 'USD') expect([email, ...talkTrack].join('\n')).not.toContain('$');
    },
  );
});
