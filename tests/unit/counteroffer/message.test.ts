import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  buildMessage,
  defaultState,
  emptyOfferInput,
  messageAsText,
  type CounterofferState,
  type CallGoal,
  type OfferInput,
  type Priority,
} from '../../../src/lib/counteroffer/index.ts';
import { formatMoney } from '../../../src/lib/offer/index.ts';

function offerInput(overrides: Partial<OfferInput>): OfferInput {
  return { ...emptyOfferInput(), ...overrides };
}

// The running example: a mid-level offer countered with a promotion and more of everything.
function acmeState(overrides: Partial<CounterofferState> = {}): CounterofferState {
  return {
    ...defaultState('USD'),
    company: 'Acme',
    contact: 'Priya',
    yourName: 'Sam',
    offer: offerInput({
      base: '180,000',
      bonusPercent: '10',
      equityGrant: '100,000',
      level: 'Engineer II',
    }),
    counter: offerInput({
      base: '195,000',
      bonusPercent: '15',
      signOn: '20,000',
      relocation: '10k',
      equityGrant: '120,000',
      level: 'Senior Engineer',
      otherTerms: 'Four days remote a week',
    }),
    ...overrides,
  };
}

function allText(message: ReturnType<typeof buildMessage>): string {
  return [message.subject, message.email, ...message.talkTrack].join('\n');
}

describe('buildMessage: counter', () => {
  it('writes the full counter, in priority order', () => {
    const message = buildMessage(acmeState(), 'en-US');
    expect(message.goal).toBe('counter');
    expect(message.subject).toBe('Your offer from Acme — what would make it a yes');
    expect(message.email).toBe(
      [
        'Hi Priya,',
        'Thank you for the offer to join Acme. I’ve enjoyed our conversations, and I’m excited about the role.',
        'Here’s what would make it a yes for me, most important first:',
        [
          '- a base salary of $195,000',
          '- a target bonus of 15%',
          '- the Senior Engineer level',
          '- an equity grant of $120,000 vesting evenly over 4 years',
          '- a $20,000 sign-on bonus',
          '- relocation support of $10,000',
          '- four days remote a week',
        ].join('\n'),
        'If you can do that, I’m ready to accept.',
        'Thank you for working through this with me. I look forward to hearing from you!',
        'Best,\nSam',
      ].join('\n\n'),
    );
    expect(message.talkTrack).toEqual([
      'Thank you for the offer. I’m excited about the role.',
      'What matters most to me is a base salary of $195,000.',
      'I’d also like a target bonus of 15%, the Senior Engineer level, and an equity grant of $120,000 vesting evenly over 4 years.',
      'And a $20,000 sign-on bonus, relocation support of $10,000, and four days remote a week.',
      'If you can do that, I’m ready to accept.',
      'Once we agree, could you send me the updated offer in writing?',
      'Thank you for working through this with me!',
    ]);
  });

  it('asks in one sentence when there are one or two terms, with a plain greeting and "your team" when details are missing', () => {
    const state: CounterofferState = {
      ...defaultState('USD'),
      offer: offerInput({ base: '150000', signOn: '5000' }),
      counter: offerInput({ base: '165,000', signOn: '18k' }),
    };
    const message = buildMessage(state, 'en-US');
    expect(message.subject).toBe('Your offer — what would make it a yes');
    expect(message.email).toBe(
      [
        'Hi,',
        'Thank you for the offer to join your team. I’ve enjoyed our conversations, and I’m excited about the role.',
        'If you can offer a base salary of $165,000 and an $18,000 sign-on bonus, I’m ready to accept.',
        'Thank you for working through this with me. I look forward to hearing from you!',
        'Best,',
      ].join('\n\n'),
    );
  });

  it.each<[Priority[], string[]]>([
    [
      ['level', 'equity', 'base', 'sign-on', 'other-terms'],
      [
        'Senior Engineer level',
        'equity grant',
        'base salary',
        'target bonus',
        'sign-on bonus',
        'relocation',
        'four days',
      ],
    ],
    [
      ['other-terms', 'sign-on', 'equity', 'level', 'base'],
      [
        'four days',
        'sign-on bonus',
        'relocation',
        'equity grant',
        'Senior Engineer level',
        'base salary',
        'target bonus',
      ],
    ],
  ])('follows the priorities %j', (priorities, expectedOrder) => {
    const { email, talkTrack } = buildMessage(acmeState({ priorities }), 'en-US');
    for (const text of [email, talkTrack.join('\n')]) {
      const positions = expectedOrder.map((needle) => text.indexOf(needle));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('completes a partial priority list instead of dropping terms', () => {
    const { email } = buildMessage(acmeState({ priorities: ['sign-on'] }), 'en-US');
    expect(email).toContain(
      '- a $20,000 sign-on bonus\n- relocation support of $10,000\n- a base salary of $195,000',
    );
    expect(email).toContain('- four days remote a week');
  });

  it('asks only for terms that differ from the offer and parse', () => {
    const state = acmeState({
      offer: offerInput({ base: '195,000', level: 'senior engineer', otherTerms: 'Four days remote a week' }),
      counter: offerInput({
        base: '195000',
        bonusPercent: 'lots',
        signOn: '0',
        relocation: '',
        level: 'Senior Engineer',
        otherTerms: '- Four days remote a week\n- A learning budget\n\n',
        equityGrant: '',
      }),
    });
    const { email } = buildMessage(state, 'en-US');
    expect(email).toContain('If you can offer a learning budget, I’m ready to accept.');
    for (const absent of [
      'base salary',
      'target bonus',
      'sign-on',
      'relocation',
      'level',
      'equity',
      'Four days',
    ]) {
      expect(email).not.toContain(absent);
    }
  });

  it('accepts their offer as it stands when nothing differs, and says so', () => {
    const state = acmeState({ counter: acmeState().offer });
    const message = buildMessage(state, 'en-US');
    expect(message.email).toContain('I’m happy to accept the offer as it stands.');
    expect(message.acceptsAsIs).toBe(true);
    expect(message.notes.join(' ')).toContain('asks for nothing more than their offer');
  });

  it.each([
    ['Senior Engineer', 'the Senior Engineer level'],
    ['Senior Engineer level', 'the Senior Engineer level'],
    ['the Staff', 'the Staff level'],
    ['  L6\n', 'the L6 level'],
  ])('words the level %j as %j', (level, phrase) => {
    const state = acmeState({ counter: offerInput({ level }) });
    expect(buildMessage(state, 'en-US').email).toContain(`If you can offer ${phrase}, I’m ready to accept.`);
  });

  it.each<[Partial<OfferInput>, Partial<OfferInput>, string]>([
    [
      { equityGrant: '100000' },
      { equityGrant: '120000' },
      'an equity grant of $120,000 vesting evenly over 4 years',
    ],
    [
      { equityGrant: '100000' },
      { equityGrant: '100000', vestingPreset: 'even-3y' },
      'the $100,000 equity grant vesting evenly over 3 years (instead of evenly over 4 years)',
    ],
    [
      { equityGrant: '100000' },
      { equityGrant: '150000', vestingPreset: 'back-weighted' },
      'an equity grant of $150,000 vesting over 4 years (5%, 15%, 40%, 40%)',
    ],
    [
      { equityGrant: '100000', vestingPreset: 'back-weighted' },
      { equityGrant: '100000', vestingPreset: 'custom', customVesting: ['50', '50', '', ''] },
      'the $100,000 equity grant vesting evenly over 2 years (instead of 5%, 15%, 40% and 40% over 4 years)',
    ],
    [{ signOn: '5000' }, { signOn: '8000' }, 'an $8,000 sign-on bonus'],
    [{}, { signOn: '11,000' }, 'an $11,000 sign-on bonus'],
    [{}, { signOn: '80k' }, 'an $80,000 sign-on bonus'],
    [{}, { signOn: '1,800' }, 'a $1,800 sign-on bonus'],
    [{}, { relocation: '7.5k' }, 'relocation support of $7,500'],
    [{}, { bonusPercent: '12.5 %' }, 'a target bonus of 12.5%'],
    [{}, { otherTerms: '"Title: Staff Engineer"' }, 'title: Staff Engineer'],
  ])('words the counter %j → %j', (offer, counter, phrase) => {
    const state = acmeState({ offer: offerInput(offer), counter: offerInput(counter) });
    expect(buildMessage(state, 'en-US').email).toContain(`If you can offer ${phrase}, I’m ready to accept.`);
  });

  it('formats money and percentages for the locale', () => {
    const state = acmeState({
      currency: 'EUR',
      offer: offerInput({ base: '85.000' }),
      counter: offerInput({ base: '95.000', bonusPercent: '12,5' }),
    });
    expect(buildMessage(state, 'de-DE').email).toContain(
      'If you can offer a base salary of 95.000\u00a0€ and a target bonus of 12,5\u00a0%, I’m ready to accept.',
    );
  });
});

describe('buildMessage: counter citing another offer', () => {
  const other = offerInput({
    base: '200,000',
    bonusPercent: '5',
    signOn: '25,000',
    equityGrant: '50,000',
    level: 'Engineer II',
  });

  it('mentions another offer and the figures that beat this one for the terms asked', () => {
    const message = buildMessage(acmeState({ citeOtherOffer: true, other, otherCompany: 'Globex' }), 'en-US');
    expect(message.email).toContain(
      'I have another offer with a base salary of $200,000 and a $25,000 sign-on bonus, but I’d rather make this work with Acme.',
    );
    expect(message.talkTrack).toContain(
      'I have another offer with a base salary of $200,000 and a $25,000 sign-on bonus, but I’d rather make this work with Acme.',
    );
    // A lower bonus or smaller grant would weaken the case, so they stay out.
    expect(message.email).not.toContain('target bonus of 5%');
    expect(message.email).not.toContain('$50,000');
    expect(allText(message)).not.toContain('Globex');
  });

  it('names the other company only when asked to', () => {
    const message = buildMessage(
      acmeState({ citeOtherOffer: true, other, otherCompany: 'Globex', nameOtherCompany: true }),
      'en-US',
    );
    expect(message.email).toContain('I have another offer, from Globex, with a base salary of $200,000');
  });

  it('cites no figure outside the asks', () => {
    const state = acmeState({
      citeOtherOffer: true,
      counter: offerInput({ level: 'Senior Engineer' }),
      other: offerInput({ base: '190,000', bonusPercent: '10', equityGrant: '100,000' }),
    });
    expect(buildMessage(state, 'en-US').email).toContain(
      'I have another offer, but I’d rather make this work with Acme.',
    );
  });

  it('cites no figure of another offer worth less over four years, even one that is higher', () => {
    // Issue #13: their $160,000 against another $150,000 + $25,000 sign-on, which is less over four years.
    const state = acmeState({
      citeOtherOffer: true,
      offer: offerInput({ base: '160,000' }),
      counter: offerInput({ base: '170,000' }),
      other: offerInput({ base: '150,000', signOn: '25,000' }),
    });
    const { email, notes } = buildMessage(state, 'en-US');
    expect(email).not.toContain('another offer');
    expect(notes).toContain(
      'Your other offer is worth no more than theirs over 4 years, so the message doesn’t mention it.',
    );
  });

  it('never calls a lower or unknown level better', () => {
    const cite = (level: string) =>
      buildMessage(
        acmeState({
          citeOtherOffer: true,
          offer: offerInput({ base: '160,000', level: 'Senior' }),
          counter: offerInput({ base: '160,000', level: 'Staff' }),
          other: offerInput({ base: '200,000', level }),
        }),
        'en-US',
      ).email;
    expect(cite('Mid-level')).not.toContain('Mid-level');
    expect(cite('L7')).not.toContain('L7');
    expect(cite('Staff')).toContain('I have another offer with the Staff level');
  });

  it('mentions the other offer without figures when none were entered', () => {
    const withoutFigures = buildMessage(acmeState({ citeOtherOffer: true, other: null }), 'en-US');
    expect(withoutFigures.email).toContain('I have another offer, but I’d rather make this work with Acme.');
    const named = buildMessage(
      acmeState({ citeOtherOffer: true, other: null, nameOtherCompany: true, otherCompany: ' Globex\n' }),
      'en-US',
    );
    expect(named.email).toContain(
      'I have another offer, from Globex, but I’d rather make this work with Acme.',
    );
  });

  it('says nothing about another offer unless citing is on', () => {
    const message = buildMessage(
      acmeState({ other, otherCompany: 'Globex', nameOtherCompany: true }),
      'en-US',
    );
    expect(allText(message)).not.toContain('another offer');
    expect(allText(message)).not.toContain('Globex');
  });
});

describe('buildMessage: too-late', () => {
  it('thanks them, says it is too late, and names no number', () => {
    const message = buildMessage(acmeState({ goal: 'too-late' }), 'en-US');
    expect(message).toEqual({
      goal: 'too-late',
      subject: 'Your offer from Acme — thank you',
      email: [
        'Hi Priya,',
        'Thank you for the offer to join Acme, and for all the time you spent with me.',
        'I’ve already accepted another offer, so it’s too late for me to move forward. I’m sorry the timing didn’t work out.',
        'I enjoyed getting to know the team, and I hope our paths cross again. I wish you every success!',
        'Best,\nSam',
      ].join('\n\n'),
      talkTrack: [
        'Thank you for the offer, and for all your time.',
        'I’ve already accepted another offer, so it’s too late for me to move forward.',
        'I’m sorry the timing didn’t work out. I enjoyed getting to know the team.',
        'I hope our paths cross again. All the best!',
      ],
      notes: [],
      acceptsAsIs: false,
    });
  });

  it('names where the reader is going only when asked to', () => {
    const hidden = buildMessage(acmeState({ goal: 'too-late', otherCompany: 'Globex' }), 'en-US');
    expect(allText(hidden)).not.toContain('Globex');
    const named = buildMessage(
      acmeState({ goal: 'too-late', otherCompany: 'Globex', nameOtherCompany: true }),
      'en-US',
    );
    expect(named.email).toContain(
      'I’ve already accepted an offer with Globex, so it’s too late for me to move forward.',
    );
  });

  it('does not list counter terms', () => {
    expect(buildMessage(acmeState({ goal: 'too-late' }), 'en-US').email).not.toContain('$195,000');
  });
});

describe('buildMessage: decline', () => {
  it('gives the reason and closes the door kindly, never inviting a rework', () => {
    const state = acmeState({
      goal: 'decline',
      reason: 'pay',
      counter: offerInput({ base: '195,000', bonusPercent: '10' }),
    });
    expect(buildMessage(state, 'en-US')).toEqual({
      goal: 'decline',
      subject: 'Your offer from Acme — thank you, and my decision',
      email: [
        'Hi Priya,',
        'Thank you for the offer to join Acme, and for the care you put into the process.',
        'After a lot of thought, I’ve decided not to accept. Pay was part of it, but more money wouldn’t change my mind.',
        'It was a pleasure getting to know you and the team. I hope our paths cross again!',
        'Best,\nSam',
      ].join('\n\n'),
      talkTrack: [
        'Thank you for the offer, and for the care you put into it.',
        'After a lot of thought, I’ve decided not to accept. Pay was part of it, but more money wouldn’t change my mind.',
        'I hope our paths cross again. Thank you, and all the best!',
      ],
      notes: [],
      acceptsAsIs: false,
    });
  });

  it('tells a reader who already said no that the answer stands, without thanking for the offer as if new', () => {
    const { email } = buildMessage(acmeState({ goal: 'decline', status: 'declined' }), 'en-US');
    expect(email).toContain('Thank you for reaching out again');
    expect(email).toContain('I’ve thought it over, and my answer is still no.');
    expect(email).not.toContain('Thank you for the offer');
  });

  it.each([
    ['level', 'The level was part of it, but this move isn’t right for me at any level.'],
    ['other-offer', 'I’ve weighed it against my other options, and this isn’t the right move for me.'],
    ['fit', 'The role isn’t the right fit for what I want next.'],
    ['personal', 'It comes down to timing, and that won’t change soon.'],
  ] as const)('gives the %s reason', (reason, sentence) => {
    const message = buildMessage(acmeState({ goal: 'decline', reason, otherCompany: 'Globex' }), 'en-US');
    expect(message.email).toContain(`After a lot of thought, I’ve decided not to accept. ${sentence}`);
    expect(allText(message)).not.toContain('Globex');
  });

  it('invents no reason when none was given', () => {
    const state: CounterofferState = { ...defaultState('USD'), goal: 'decline' };
    const { email } = buildMessage(state, 'en-US');
    expect(email).toContain('After a lot of thought, I’ve decided not to accept.\n\n');
    expect(email).not.toContain('candid');
    expect(email).not.toContain('If anything changes');
    expect(email).toContain(
      'It was a pleasure getting to know you and the team. I hope our paths cross again!',
    );
  });

  it('names the other company only when asked to', () => {
    const state = acmeState({
      goal: 'decline',
      reason: 'other-offer',
      otherCompany: 'Globex',
      nameOtherCompany: true,
    });
    expect(buildMessage(state, 'en-US').email).toContain(
      'I’m taking an offer from Globex, which fits me better.',
    );
  });
});

describe('buildMessage: every goal', () => {
  const kinds: CallGoal[] = ['counter', 'explore', 'too-late', 'decline'];

  it.each(kinds)('%s ends on a high note and signs off with the name', (goal) => {
    const { email, talkTrack } = buildMessage(acmeState({ goal }), 'en-US');
    const paragraphs = email.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Best,\nSam');
    expect(paragraphs.at(-2)).toMatch(/!$/);
    expect(talkTrack.at(-1)).toMatch(/!$/);
  });

  it.each(kinds)('%s greets by name, collapsing stray whitespace', (goal) => {
    const { email } = buildMessage(
      acmeState({ goal, contact: '  Priya\n Rao ', yourName: '\tSam  Lee' }),
      'en-US',
    );
    expect(email.startsWith('Hi Priya Rao,\n\n')).toBe(true);
    expect(email.endsWith('\n\nBest,\nSam Lee')).toBe(true);
  });

  it.each(kinds)('%s keeps reader text as plain text, without escaping', (goal) => {
    const message = buildMessage(acmeState({ goal, company: '<Acme & Co>', contact: 'R&D "Team"' }), 'en-US');
    expect(message.email).toContain('the offer to join <Acme & Co>');
    expect(message.email).toContain('Hi R&D "Team",');
    expect(allText(message)).not.toMatch(/&amp;|&lt;|&quot;/);
  });

  it.each(kinds)('%s is a pure function of its input', (goal) => {
    const state = acmeState({ goal, citeOtherOffer: true, other: offerInput({ base: '1' }) });
    const snapshot = structuredClone(state);
    expect(buildMessage(state, 'en-US')).toEqual(buildMessage(snapshot, 'en-US'));
    expect(state).toEqual(snapshot);
  });
});

describe('messageAsText', () => {
  it('puts the subject line, the email and the numbered talk track in one file', () => {
    expect(
      messageAsText({
        goal: 'counter',
        subject: 'Hello',
        email: 'Hi,\n\nBody.\n\nBest,',
        talkTrack: ['One.', 'Two!'],
        notes: [],
        acceptsAsIs: false,
      }),
    ).toBe(
      'Subject: Hello\n\nHi,\n\nBody.\n\nBest,\n\n---\n\nTalk track (if it happens on a call)\n\n1. One.\n2. Two!\n',
    );
  });
});

describe('article', () => {
  // The amount as the message writes it, then the article: decided by the number as it is read in
  // English, never by the first character the locale happens to write.
  it.each<[number, string, string, string, 'a' | 'an']>([
    [8000, 'EUR', 'es-ES', '8000 €', 'an'],
    [8000, 'PLN', 'pl-PL', '8000 zł', 'an'],
    [1800, 'EUR', 'es-ES', '1800 €', 'a'],
    [11_000, 'EUR', 'de-DE', '11.000 €', 'an'],
    [18_000, 'EUR', 'fr-FR', '18 000 €', 'an'],
    [8, 'USD', 'en-US', '$8', 'an'],
    [80_000, 'USD', 'en-US', '$80,000', 'an'],
    [89_500, 'USD', 'en-US', '$89,500', 'an'],
    [800_000, 'USD', 'en-US', '$800,000', 'an'],
    [110_000, 'USD', 'en-US', '$110,000', 'a'],
    [1_800, 'USD', 'en-US', '$1,800', 'a'],
    [1_800_000, 'USD', 'en-US', '$1,800,000', 'a'],
    [8_500_000, 'EUR', 'de-DE', '8.500.000 €', 'an'],
    [1_800_000, 'INR', 'en-IN', '₹18,00,000', 'an'],
    [8_000_000, 'INR', 'en-IN', '₹80,00,000', 'an'],
    [18_000_000, 'INR', 'en-IN', '₹1,80,00,000', 'a'],
    [8000, 'CHF', 'de-CH', "CHF 8'000", 'a'],
    [8000, 'CHF', 'en-US', 'CHF 8,000', 'a'],
    [8000, 'NOK', 'nb-NO', '8 000 kr', 'an'],
    [8000, 'JPY', 'ja-JP', '￥8,000', 'an'],
    [8000.5, 'EUR', 'es-ES', '8000,50 €', 'an'],
    [0.5, 'USD', 'en-US', '$0.50', 'a'],
  ])('%d %s in %s, written %s, takes "%s"', (amount, currency, locale, written, expected) => {
    const formatted = formatMoney(amount, currency, locale);
    // Spaces and apostrophes as typed here; which ones Intl uses depends on its version.
    expect(formatted.replace(/\s/gu, ' ').replace(/’/g, "'")).toBe(written);
    expect(article(amount, formatted, locale)).toBe(expected);
  });

  it('is the same for an amount whichever locale without a leading code writes it', () => {
    const locales = ['en-US', 'de-DE', 'es-ES', 'pl-PL', 'fr-FR', 'it-IT', 'ja-JP'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(...locales), (amount, locale) => {
        const here = article(amount, formatMoney(amount, 'EUR', locale), locale);
        expect(here).toBe(article(amount, formatMoney(amount, 'EUR', 'en-US'), 'en-US'));
      }),
      { numRuns: 500 },
    );
  });

  it('words a sign-on bonus in es-ES with "an" for 8000 €', () => {
    const state = acmeState({
      currency: 'EUR',
      offer: offerInput({ signOn: '5000' }),
      counter: offerInput({ signOn: '8000' }),
    });
    expect(buildMessage(state, 'es-ES').email.replace(/\s/gu, ' ')).toContain(
      'If you can offer an 8000 € sign-on bonus, I’m ready to accept.',
    );
  });
});
