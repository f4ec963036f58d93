import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  article,
  buildMessage,
  defaultState,
  emptyOfferInput,
  messageAsText,
  type CounterofferState,
  type MessageKind,
  type OfferInput,
  type Priority,
} from '../../src/lib/counteroffer/index.ts';
import { formatMoney } from '../../src/lib/offer/index.ts';

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
    expect(message.kind).toBe('counter');
    expect(message.subject).toBe('Your offer from Acme — what would make it a yes');
    expect(message.email).toBe(
      [
        'Hi Priya,',
        "Thank you so much for the offer to join Acme. I've really enjoyed our conversations, and I'm excited about the role.",
        "Here's what would make it a yes for me, in order of priority:",
        [
          '- a base salary of $195,000',
          '- a target bonus of 15%',
          '- the Senior Engineer level',
          '- an equity grant of $120,000 vesting over 4 years',
          '- a $20,000 sign-on bonus',
          '- relocation support of $10,000',
          '- “Four days remote a week”',
        ].join('\n'),
        "If you can make that work, I'm ready to accept.",
        "I'm excited about what we could build together, and I'm looking forward to hearing from you!",
        'Best,\nSam',
      ].join('\n\n'),
    );
    expect(message.talkTrack).toEqual([
      "Thank you again for the offer — I'm really excited about the role.",
      'What matters most to me is a base salary of $195,000.',
      "I'd also like a target bonus of 15%, the Senior Engineer level, an equity grant of $120,000 vesting over 4 years, a $20,000 sign-on bonus, relocation support of $10,000, and “Four days remote a week”.",
      "If you can make that work, I'm ready to accept.",
      "I'm excited about what we could build together — thank you for working through this with me!",
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
        "Thank you so much for the offer to join your team. I've really enjoyed our conversations, and I'm excited about the role.",
        "If you can offer a base salary of $165,000 and an $18,000 sign-on bonus, I'm ready to accept.",
        "I'm excited about what we could build together, and I'm looking forward to hearing from you!",
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
        'Four days',
      ],
    ],
    [
      ['other-terms', 'sign-on', 'equity', 'level', 'base'],
      [
        'Four days',
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
    expect(email).toContain('- “Four days remote a week”');
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
    expect(email).toContain("If you can offer “A learning budget”, I'm ready to accept.");
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

  it('still writes a message when nothing differs', () => {
    const state = acmeState({ counter: acmeState().offer });
    expect(buildMessage(state, 'en-US').email).toContain(
      "Before I sign, I'd love to talk through a few details of the offer with you.",
    );
  });

  it.each([
    ['Senior Engineer', 'the Senior Engineer level'],
    ['Senior Engineer level', 'the Senior Engineer level'],
    ['the Staff', 'the Staff level'],
    ['  L6\n', 'the L6 level'],
  ])('words the level %j as %j', (level, phrase) => {
    const state = acmeState({ counter: offerInput({ level }) });
    expect(buildMessage(state, 'en-US').email).toContain(`If you can offer ${phrase}, I'm ready to accept.`);
  });

  it.each<[Partial<OfferInput>, Partial<OfferInput>, string]>([
    [
      { equityGrant: '100000' },
      { equityGrant: '120000' },
      'an equity grant of $120,000 vesting over 4 years',
    ],
    [
      { equityGrant: '100000' },
      { equityGrant: '100000', vestingPreset: 'even-3y' },
      'an equity grant of $100,000 vesting over 3 years',
    ],
    [
      { equityGrant: '100000' },
      { equityGrant: '150000', vestingPreset: 'back-weighted' },
      'an equity grant of $150,000 vesting over 4 years (5%, 15%, 40%, 40%)',
    ],
    [
      { equityGrant: '100000', vestingPreset: 'back-weighted' },
      { equityGrant: '100000', vestingPreset: 'custom', customVesting: ['50', '50', '', ''] },
      'an equity grant of $100,000 vesting over 2 years',
    ],
    [{ signOn: '5000' }, { signOn: '8000' }, 'an $8,000 sign-on bonus'],
    [{}, { signOn: '11,000' }, 'an $11,000 sign-on bonus'],
    [{}, { signOn: '80k' }, 'an $80,000 sign-on bonus'],
    [{}, { signOn: '1,800' }, 'a $1,800 sign-on bonus'],
    [{}, { relocation: '7.5k' }, 'relocation support of $7,500'],
    [{}, { bonusPercent: '12.5 %' }, 'a target bonus of 12.5%'],
    [{}, { otherTerms: '"Title: Staff Engineer"' }, '"Title: Staff Engineer"'],
  ])('words the counter %j → %j', (offer, counter, phrase) => {
    const state = acmeState({ offer: offerInput(offer), counter: offerInput(counter) });
    expect(buildMessage(state, 'en-US').email).toContain(`If you can offer ${phrase}, I'm ready to accept.`);
  });

  it('formats money and percentages for the locale', () => {
    const state = acmeState({
      currency: 'EUR',
      offer: offerInput({ base: '85.000' }),
      counter: offerInput({ base: '95.000', bonusPercent: '12,5' }),
    });
    expect(buildMessage(state, 'de-DE').email).toContain(
      "If you can offer a base salary of 95.000\u00a0€ and a target bonus of 12,5\u00a0%, I'm ready to accept.",
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
      "I want to be transparent with you: I have another offer with a base salary of $200,000 and a $25,000 sign-on bonus. I'd much rather make this work with Acme, so I wanted to tell you exactly what it would take.",
    );
    expect(message.talkTrack[1]).toBe(
      "I want to be transparent: I have another offer with a base salary of $200,000 and a $25,000 sign-on bonus. I'd much rather make this work with you.",
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

  it('cites figures outside the asks when none of the asked ones are stronger', () => {
    const state = acmeState({
      citeOtherOffer: true,
      counter: offerInput({ level: 'Senior Engineer' }),
      other: offerInput({ base: '190,000' }),
    });
    expect(buildMessage(state, 'en-US').email).toContain(
      'I have another offer with a base salary of $190,000.',
    );
  });

  it('mentions the other offer without figures when none were entered', () => {
    const withoutFigures = buildMessage(acmeState({ citeOtherOffer: true, other: null }), 'en-US');
    expect(withoutFigures.email).toContain('I want to be transparent with you: I have another offer. ');
    const named = buildMessage(
      acmeState({ citeOtherOffer: true, other: null, nameOtherCompany: true, otherCompany: ' Globex\n' }),
      'en-US',
    );
    expect(named.email).toContain('I have another offer, from Globex. ');
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

describe('buildMessage: close-politely', () => {
  it('thanks them, says it is too late and keeps in touch', () => {
    const message = buildMessage(acmeState({ kind: 'close-politely' }), 'en-US');
    expect(message).toEqual({
      kind: 'close-politely',
      subject: 'Your offer from Acme — thank you',
      email: [
        'Hi Priya,',
        'Thank you so much for the offer to join Acme, and for all the time you spent with me.',
        "I wanted to let you know as soon as I could: I've already accepted another offer, so I'm not able to move forward. I'm sorry the timing didn't work out this time.",
        "I really enjoyed our conversations, and I'd love to keep in touch — I hope our paths cross again. Wishing you and the team all the best!",
        'Best,\nSam',
      ].join('\n\n'),
      talkTrack: [
        'Thank you so much for the offer, and for all the time you spent with me.',
        "I've already accepted another offer, so I'm not able to move forward — I'm sorry the timing didn't work out.",
        "I really enjoyed our conversations, and I'd love to keep in touch.",
        'I hope our paths cross again — all the best to you and the team!',
      ],
    });
  });

  it('names where the reader is going only when asked to', () => {
    const hidden = buildMessage(acmeState({ kind: 'close-politely', otherCompany: 'Globex' }), 'en-US');
    expect(allText(hidden)).not.toContain('Globex');
    const named = buildMessage(
      acmeState({ kind: 'close-politely', otherCompany: 'Globex', nameOtherCompany: true }),
      'en-US',
    );
    expect(named.email).toContain(
      "I've already accepted an offer with Globex, so I'm not able to move forward.",
    );
  });

  it('does not list counter terms', () => {
    expect(buildMessage(acmeState({ kind: 'close-politely' }), 'en-US').email).not.toContain('$195,000');
  });
});

describe('buildMessage: decline-gracefully', () => {
  it('is candid about the reason, says what would change it, and keeps the door open', () => {
    const state = acmeState({
      kind: 'decline-gracefully',
      reason: 'pay',
      counter: offerInput({ base: '195,000', bonusPercent: '10' }),
    });
    expect(buildMessage(state, 'en-US')).toEqual({
      kind: 'decline-gracefully',
      subject: 'Your offer from Acme — thank you, and my decision',
      email: [
        'Hi Priya,',
        'Thank you for the offer to join Acme, and for the care you put into the process.',
        "After a lot of thought, I've decided not to accept. To be candid, the compensation isn't where I need it to be.",
        "If anything changes on your side — for example, a base salary of $195,000 — I'd be glad to pick the conversation back up.",
        "I have a lot of respect for Acme, and I'd love to stay in touch. Thank you again, and best of luck with everything ahead!",
        'Best,\nSam',
      ].join('\n\n'),
      talkTrack: [
        'Thank you for the offer, and for the care you put into the process.',
        "After a lot of thought, I've decided not to accept. To be candid, the compensation isn't where I need it to be.",
        "If anything changes — for example, a base salary of $195,000 — I'd be glad to talk again.",
        "I'd love to stay in touch — thank you again, and best of luck with everything ahead!",
      ],
    });
  });

  it.each([
    ['level', "To be candid, the level isn't the right step for me at this point in my career."],
    ['other-offer', "To be candid, I'm accepting another offer that's a better fit for me right now."],
    ['fit', "To be candid, I don't think the role is the right fit for me right now."],
    ['personal', "For personal reasons, the timing isn't right for me."],
  ] as const)('gives the %s reason', (reason, sentence) => {
    const message = buildMessage(
      acmeState({ kind: 'decline-gracefully', reason, otherCompany: 'Globex' }),
      'en-US',
    );
    expect(message.email).toContain(`After a lot of thought, I've decided not to accept. ${sentence}`);
    expect(allText(message)).not.toContain('Globex');
  });

  it('invents no reason when none was given, and skips the door-opener when nothing was asked', () => {
    const state: CounterofferState = { ...defaultState('USD'), kind: 'decline-gracefully' };
    const { email } = buildMessage(state, 'en-US');
    expect(email).toContain("After a lot of thought, I've decided not to accept.\n\n");
    expect(email).not.toContain('candid');
    expect(email).not.toContain('If anything changes');
    expect(email).toContain("I have a lot of respect for your team, and I'd love to stay in touch.");
  });

  it('names the other company only when asked to', () => {
    const state = acmeState({
      kind: 'decline-gracefully',
      reason: 'other-offer',
      otherCompany: 'Globex',
      nameOtherCompany: true,
    });
    expect(buildMessage(state, 'en-US').email).toContain(
      "To be candid, I'm accepting an offer with Globex that's a better fit for me right now.",
    );
  });
});

describe('buildMessage: every kind', () => {
  const kinds: MessageKind[] = ['counter', 'close-politely', 'decline-gracefully'];

  it.each(kinds)('%s ends on a high note and signs off with the name', (kind) => {
    const { email, talkTrack } = buildMessage(acmeState({ kind }), 'en-US');
    const paragraphs = email.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Best,\nSam');
    expect(paragraphs.at(-2)).toMatch(/!$/);
    expect(talkTrack.at(-1)).toMatch(/!$/);
  });

  it.each(kinds)('%s greets by name, collapsing stray whitespace', (kind) => {
    const { email } = buildMessage(
      acmeState({ kind, contact: '  Priya\n Rao ', yourName: '\tSam  Lee' }),
      'en-US',
    );
    expect(email.startsWith('Hi Priya Rao,\n\n')).toBe(true);
    expect(email.endsWith('\n\nBest,\nSam Lee')).toBe(true);
  });

  it.each(kinds)('%s keeps reader text as plain text, without escaping', (kind) => {
    const message = buildMessage(acmeState({ kind, company: '<Acme & Co>', contact: 'R&D "Team"' }), 'en-US');
    expect(message.email).toContain('the offer to join <Acme & Co>');
    expect(message.email).toContain('Hi R&D "Team",');
    expect(allText(message)).not.toMatch(/&amp;|&lt;|&quot;/);
  });

  it.each(kinds)('%s is a pure function of its input', (kind) => {
    const state = acmeState({ kind, citeOtherOffer: true, other: offerInput({ base: '1' }) });
    const snapshot = structuredClone(state);
    expect(buildMessage(state, 'en-US')).toEqual(buildMessage(snapshot, 'en-US'));
    expect(state).toEqual(snapshot);
  });
});

describe('messageAsText', () => {
  it('puts the subject line, the email and the numbered talk track in one file', () => {
    expect(
      messageAsText({
        kind: 'counter',
        subject: 'Hello',
        email: 'Hi,\n\nBody.\n\nBest,',
        talkTrack: ['One.', 'Two!'],
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
      "If you can offer an 8000 € sign-on bonus, I'm ready to accept.",
    );
  });
});
