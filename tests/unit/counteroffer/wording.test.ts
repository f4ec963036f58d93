import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_GOALS,
  PRIORITIES,
  REASONS,
  buildMessage,
  TERMS,
  counterAsks,
  defaultState,
  emptyOfferInput,
  parseOffer,
  ladderOf,
  lowerKey,
  lowerTerms,
  offersOf,
  type CounterofferState,
  type OfferInput,
  type Reason,
} from '../../../src/lib/counteroffer/index.ts';
import { PRIORITY_TERMS } from '../../../src/lib/counteroffer/phrases.ts';
import { NO_OFFER, siteDate, summarise, VESTING_PRESETS } from '../../../src/lib/offer/index.ts';
import { declineReason } from '../../../src/lib/counteroffer/reasons.ts';
import { typeset } from '../../../src/lib/call-advice/consistency.ts';

const known = (input: OfferInput, locale: string) => parseOffer(input, locale).offer;
const fourYearTotal = (input: OfferInput) => summarise(known(input, LOCALE)).total;

// A career coach’s read of the builder’s words, each class of problem found turned into a rule.
// States are realistic: plain amounts, counts from 0 up, levels on the default ladder.

const LOCALE = 'en-US';
const LADDER = ladderOf(undefined);
const USD = offersOf(defaultState('USD'), LOCALE).words;
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
  // Typed as readers type them: capitals, quotation marks, full stops, and more than three.
  otherTerms: fc.constantFrom(
    '',
    'A laptop',
    'A laptop stipend\nVisa sponsorship',
    '"Visa sponsorship."',
    'A laptop\nA desk\nGym\nTraining budget\nA phone\nParking',
  ),
  title: fc.constantFrom('', 'Lead', 'Staff Engineer'),
  startDate: fc.constantFrom('', '2027-01-15', '2027-03-01'),
  // 0 and 1 are where "0 days" and "1 days" would show.
  remoteDays: fc.constantFrom('', '0', '1', '2', '5'),
  timeOff: fc.constantFrom('', '0', '1', '20'),
  equityRefresh: fc.constantFrom('', '10000', '30000'),
  reviewMonths: fc.constantFrom('', '0', '1', '6'),
});

const states: fc.Arbitrary<CounterofferState> = fc
  .record({
    goal: fc.constantFrom(...CALL_GOALS),
    status: fc.constantFrom('declined', 'undecided'),
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
      state.confirmedLower = lowerKey(lowerTerms(state, LOCALE));
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
  const warnings = lowerTerms(state, LOCALE);
  return warnings.length > 0 && state.confirmedLower === lowerKey(warnings) ? warnings : [];
};

const holding = (state: CounterofferState) =>
  state.citeOtherOffer || (state.nameOtherCompany && state.otherCompany !== '');

// 400 runs of a property take seconds on a shared, busy machine: room to finish, not a time to meet.
describe('the builder’s words, read aloud', { timeout: 60_000 }, () => {
  it('gives the reason behind the number before the yes, never after it', () => {
    run((state) => {
      if (state.goal !== 'counter') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      for (const text of [email, talkTrack.join('\n')]) {
        const yes = text.indexOf('I’m ready to accept');
        if (yes === -1) continue;
        for (const reason of ['I have another offer', 'market data', 'scope of the role']) {
          const at = text.indexOf(reason);
          if (at !== -1) expect(at).toBeLessThan(yes);
        }
      }
    });
  });

  it('keeps the articles’ typography: curly apostrophes and quotes, real dashes (issue #26)', () => {
    run((state) => {
      const { subject, email, talkTrack, notes } = buildMessage(state, LOCALE);
      // A plain-text email lists with "- " at the start of a line; that hyphen is a bullet, not a dash.
      for (const text of [subject, email, ...talkTrack, ...notes])
        expect(typeset(text.replace(/^- /gm, '')), text).toBe(true);
    });
  });

  it('offers an ask for less in return, never as what matters most or a question of what is possible', () => {
    run((state) => {
      if (state.goal !== 'counter' && state.goal !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const counter = known(state.counter, LOCALE);
      for (const { term } of confirmedLower(state)) {
        for (const phrase of TERMS[term].phrases(counter, USD)) {
          for (const sentence of [...sentences(email), ...talkTrack.flatMap(sentences)]) {
            if (!sentence.includes(phrase) || sentence.startsWith('I have another offer')) continue;
            expect(sentence).toMatch(/^(In return, )?I’m open to /);
          }
          expect(email).not.toContain(`- ${phrase}\n`);
        }
      }
    });
  });

  it('in explore, hears their ideas before naming a number, and never calls a reader who said no undecided', () => {
    run((state) => {
      if (state.goal !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const listen = talkTrack.findIndex((line) => line.includes('what you have in mind'));
      const firstNumber = talkTrack.findIndex((line) => /\d|\$/.test(line));
      expect(listen).toBeGreaterThan(-1);
      if (firstNumber !== -1) expect(firstNumber).toBeGreaterThan(listen);
      if (state.status === 'declined') {
        expect([email, ...talkTrack].join('\n')).not.toMatch(/Before I decide|not ready to decide/);
      }
    });
  });

  it('cites no figure of another offer that falls short of the reader’s own ask on that term', () => {
    run((state) => {
      if (!state.citeOtherOffer || !state.other) return;
      const { email } = buildMessage(state, LOCALE);
      const cited = /I have another offer[^.]*?(?=, but I’d rather)/u.exec(email)?.[0] ?? '';
      const other = known(state.other, LOCALE);
      const ask = known(state.counter, LOCALE);
      const offer = known(state.offer, LOCALE);
      for (const term of ALL_TERMS) {
        if ((TERMS[term].compare(other, ask, ladderOf(undefined)) ?? 0) >= 0) continue;
        // Only terms the counter actually raises are asks; the rest mirror their offer.
        if ((TERMS[term].compare(ask, offer, ladderOf(undefined)) ?? 0) <= 0) continue;
        for (const phrase of TERMS[term].phrases(other, USD)) expect(cited).not.toContain(phrase);
      }
    });
  });

  it('claims another offer in a decline only when the reader holds one, and names no fixable complaint', () => {
    run((state) => {
      if (state.goal !== 'decline') return;
      const text = [buildMessage(state, LOCALE).email, ...buildMessage(state, LOCALE).talkTrack].join('\n');
      if (!holding(state)) expect(text).not.toMatch(/another offer|an offer from/);
      expect(text).not.toMatch(/isn’t where I need|too low|not enough|isn’t the right step|right now/i);
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
      /\bI’d like\b/,
      /\bI’m asking\b/,
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
    ['pay', false, /wouldn’t change my mind/],
    ['level', false, /at any level/],
    ['other-offer', true, /^I’m taking another offer/],
    ['other-offer', false, /^I’ve weighed it against my other options/],
    ['fit', false, /isn’t the right fit for what I want next/],
    ['personal', false, /won’t change soon/],
  ])('%s (holding another offer: %s) says a change would not help', (reason, held, pattern) => {
    expect(declineReason(reason, held, '')).toMatch(pattern);
  });

  it('names the other company only when given', () => {
    expect(declineReason('other-offer', true, 'Globex')).toBe(
      'I’m taking an offer from Globex, which fits me better.',
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

const coachSentences = (text: string) =>
  text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '' && !sentence.startsWith('- '));

/** What the counter asks for beyond their offer (terms asked for less only once confirmed, and then as a trade). */
function raisedTerms(state: CounterofferState) {
  const lower = new Set(lowerTerms(state, LOCALE).map((w) => w.term));
  return counterAsks(offersOf(state, LOCALE), undefined, true).filter((ask) => !lower.has(ask.term));
}

// 300 runs of a property take seconds on a shared, busy machine: room to finish, not a time to meet.
describe('messages a coach would send', { timeout: 60_000 }, () => {
  it('explore carries none of the reader’s figures; they stay a note on screen', () => {
    run((state) => {
      if (state.goal !== 'explore') return;
      const message = buildMessage(state, LOCALE);
      const deadline = state.deadline ? siteDate(state.deadline, LOCALE) : '\u0000';
      const text = [message.email, ...message.talkTrack].join('\n').replaceAll(deadline, '');
      expect(text).not.toMatch(/\d|\$|market data/);
      if (raisedTerms(state).some((ask) => /\d/.test(ask.phrase))) {
        expect(message.notes.join(' ')).toMatch(/For you only, not in the message: .*\$?\d/);
      }
    });
  });

  it('cites the other offer only on terms asked for where it backs the ask, and warns where it beats it', () => {
    run((state) => {
      if (state.goal !== 'counter' || !state.citeOtherOffer || !state.other) return;
      const message = buildMessage(state, LOCALE);
      const cited = /I have another offer[^.]*?(?=, but I’d rather)/u.exec(message.email)?.[0] ?? '';
      const [other, ask, offer] = [state.other, state.counter, state.offer].map((input) =>
        known(input, LOCALE),
      );
      const raised = new Set(raisedTerms(state).map((a) => a.term));
      for (const term of ALL_TERMS) {
        for (const phrase of TERMS[term].phrases(other!, USD)) {
          if (!cited.includes(phrase)) continue;
          expect(raised.has(term), `${term} cited but not asked for`).toBe(true);
          expect(TERMS[term].compare(other!, ask!, LADDER) ?? -1).toBeGreaterThanOrEqual(0);
          expect(TERMS[term].compare(other!, offer!, LADDER) ?? 0).toBeGreaterThan(0);
          if ((TERMS[term].compare(other!, ask!, LADDER) ?? 0) > 0) {
            expect(message.notes.join(' ')).toMatch(/is more than you ask for/);
          }
        }
      }
    });
  });

  it('leaves out another offer worth no more than theirs, and says so on screen', () => {
    run((state) => {
      if (state.goal === 'decline' || state.goal === 'too-late') return;
      if (!state.citeOtherOffer || !state.other) return;
      if (fourYearTotal(state.other) > fourYearTotal(state.offer)) return;
      const message = buildMessage(state, LOCALE);
      expect([message.email, ...message.talkTrack].join('\n')).not.toMatch(/another offer/);
      expect(message.notes.join(' ')).toMatch(/worth no more than theirs/);
    });
  });

  it('never writes a counter that asks nothing more than their offer: it accepts as it stands', () => {
    // Counters that repeat their offer or give something up, which random counters seldom do.
    const giving = fc
      .tuple(states, fc.subarray(['base', 'remoteDays', 'equityGrant', 'level'] as const))
      .map(([state, cuts]): CounterofferState => {
        const counter = { ...state.offer };
        for (const field of cuts)
          counter[field] = field === 'base' ? '150000' : field === 'remoteDays' ? '0' : '';
        const next = { ...state, goal: 'counter' as const, counter };
        next.confirmedLower = lowerKey(lowerTerms(next, LOCALE));
        return next;
      });
    fc.assert(
      fc.property(giving, (state) => {
        if (raisedTerms(state).length > 0) return;
        const message = buildMessage(state, LOCALE);
        expect(message.email).not.toMatch(/I’m open to|what would make it a yes for me|If you can/);
        if (fourYearTotal(state.offer) > 0) {
          expect(message.acceptsAsIs).toBe(true);
          expect(message.email).toContain('accept the offer as it stands');
          expect(message.notes.join(' ')).toMatch(/asks for nothing more than their offer/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads typed terms as part of the sentence: no quotation marks', () => {
    run((state) => {
      const { email, talkTrack } = buildMessage(state, LOCALE);
      expect([email, ...talkTrack].join('\n')).not.toMatch(/["“”]/);
    });
  });

  it('puts at most three items in a sentence; more go in a list', () => {
    run((state) => {
      if (state.goal !== 'counter' && state.goal !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      const counter = known(state.counter, LOCALE);
      const other = state.other ? known(state.other, LOCALE) : null;
      const items = ALL_TERMS.flatMap((term) => [
        ...TERMS[term].phrases(counter, USD, known(state.offer, LOCALE)),
        ...(other ? TERMS[term].phrases(other, USD) : []),
      ]);
      for (const sentence of [...coachSentences(email), ...talkTrack.flatMap(coachSentences)]) {
        // Each item counted once, however many longer items contain it.
        const found = items.filter((item, i) => sentence.includes(item) && items.indexOf(item) === i);
        const distinct = found.filter(
          (item) => !found.some((longer) => longer !== item && longer.includes(item)),
        );
        expect(distinct.length, sentence).toBeLessThanOrEqual(3);
      }
    });
  });

  it('says something warm about the role before every ask, declined or not', () => {
    run((state) => {
      if (state.goal !== 'counter' && state.goal !== 'explore') return;
      const { email, talkTrack } = buildMessage(state, LOCALE);
      expect(email.split('\n\n')[1]).toMatch(/the role/);
      expect(talkTrack[0]).toMatch(/the role/);
    });
  });

  it('names the reader’s own reason when it is too late or a no, and never says "I\'ve decided" twice', () => {
    run((state) => {
      if (state.goal !== 'too-late' && state.goal !== 'decline') return;
      const { email } = buildMessage(state, LOCALE);
      if (state.goal === 'too-late') {
        const timing = email.includes('I’m sorry the timing didn’t work out');
        expect(timing).toBe(
          state.reason === undefined || state.reason === 'personal' || state.reason === 'other-offer',
        );
        if (state.reason === 'pay') expect(email).toMatch(/\bpay\b/);
        if (state.reason === 'level') expect(email).toMatch(/\blevel\b/);
      }
      expect(email.match(/I’ve decided/g)?.length ?? 0).toBeLessThanOrEqual(1);
    });
  });
});

describe('the coach’s cases, one by one', () => {
  const acme = (
    offer: Partial<OfferInput>,
    counter: Partial<OfferInput>,
    rest: Partial<CounterofferState> = {},
  ) =>
    buildMessage(
      {
        ...defaultState('USD'),
        company: 'Acme',
        offer: { ...emptyOfferInput(), ...offer },
        counter: { ...emptyOfferInput(), ...counter },
        ...rest,
      },
      LOCALE,
    );

  it('names a vesting-only change', () => {
    const message = acme(
      { base: '160000', equityGrant: '80000', vestingPreset: 'back-weighted' },
      { base: '160000', equityGrant: '80000', vestingPreset: 'even-4y' },
    );
    expect(message.email).toContain(
      'the $80,000 equity grant vesting evenly over 4 years (instead of 5%, 15%, 40% and 40% over 4 years)',
    );
    expect(message.acceptsAsIs).toBe(false);
  });

  it('calls a title a title, not a level', () => {
    const message = acme({ base: '160000' }, { base: '160000', title: 'Staff Engineer' }, { basis: 'scope' });
    expect(message.email).toContain('The title I’m asking for reflects the scope of the role');
    expect(message.email).toContain('the Staff Engineer title');
  });

  it('does not cite the other offer for a start-date-only ask', () => {
    const message = acme(
      { base: '160000', startDate: '2027-01-04' },
      { base: '160000', startDate: '2027-03-01' },
      {
        citeOtherOffer: true,
        other: { ...emptyOfferInput(), base: '178000', level: 'Senior', equityGrant: '100000' },
      },
    );
    expect(message.email).toContain('I have another offer, but I’d rather make this work with Acme.');
    expect(message.email).not.toContain('$178,000');
  });

  it('cites another offer that beats the ask, and tells the reader they could ask for more', () => {
    const message = acme(
      { base: '160000' },
      { base: '180000' },
      { citeOtherOffer: true, other: { ...emptyOfferInput(), base: '185000' } },
    );
    expect(message.email).toContain('I have another offer with a base salary of $185,000');
    expect(message.notes).toContain(
      'Your other offer’s base salary ($185,000) is more than you ask for ($180,000): you could ask for more.',
    );
  });

  it('accepts as is when the counter only gives something up', () => {
    const message = acme({ base: '160000', remoteDays: '5' }, { base: '150000', remoteDays: '0' });
    expect(message.acceptsAsIs).toBe(true);
    expect(message.email).not.toMatch(/\$150,000|no remote days/);
  });
});

describe('the yearly equity refresh counts in every total', () => {
  it('adds the refresh from year 2, so a 4-year total grows by three refreshes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        (base, refresh) => {
          const terms = { ...NO_OFFER, base, vesting: VESTING_PRESETS['even-4y'] };
          expect(summarise({ ...terms, equityRefresh: refresh }).total - summarise(terms).total).toBe(
            3 * refresh,
          );
        },
      ),
    );
  });

  it('makes another offer with a larger refresh worth more', () => {
    const offer = { ...emptyOfferInput(), base: '160000' };
    expect(fourYearTotal({ ...offer, equityRefresh: '10000' })).toBeGreaterThan(fourYearTotal(offer));
  });
});
