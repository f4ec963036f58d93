import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_TERMS,
  decodeState,
  defaultState,
  downloadName,
  encodeState,
  mapAmounts,
  percentPhrase,
  plainAmount,
  resolveTerms,
  restoreState,
  shareLink,
  startState,
  tidyAmount,
  totalsSummary,
  withField,
  type CounterofferState,
} from '../../../src/lib/counteroffer/index.ts';
import { emptySaved, type Saved } from '../../../src/lib/counteroffer/store.ts';

/** A browser holding just `current` (null: nothing saved). */
const kept = (current: string | null): Saved => ({ ...emptySaved(), current });
import { compareOffers } from '../../../src/lib/offer/index.ts';

const page = { hash: '', search: '', saved: kept(null), locale: 'en-US' };
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'es-ES', 'pl-PL', 'de-CH', 'ja-JP'];

function state(patch: Partial<CounterofferState> = {}): CounterofferState {
  return { ...defaultState('USD'), ...patch };
}

describe('withField', () => {
  it('mirrors an offer field into the counter while the two are the same', () => {
    const mirrored = withField(defaultState('USD'), 'offer', 'base', '100000');
    expect(mirrored.counter.base).toBe('100000');
    const edited = withField(mirrored, 'counter', 'base', '120000');
    expect(withField(edited, 'offer', 'base', '110000').counter.base).toBe('120000');
  });

  it('mirrors the custom vesting years as a list', () => {
    const mirrored = withField(defaultState('USD'), 'offer', 'customVesting', ['50', '50']);
    expect(mirrored.counter.customVesting).toEqual(['50', '50']);
  });

  it.each([
    ['counter', 'base'],
    ['other', 'signOn'],
  ] as const)('never mirrors a change to %s back into the offer (%s)', (column, field) => {
    const start = state({ other: defaultState('USD').offer });
    expect(withField(start, column, field, '5').offer[field]).toBe('');
  });

  it('never writes into an offer that does not exist', () => {
    const start = defaultState('USD');
    expect(withField(start, 'other', 'base', '1')).toBe(start);
  });

  it('leaves the state it was given alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const start = defaultState('USD');
        const before = JSON.stringify(start);
        withField(start, 'offer', 'base', text);
        expect(JSON.stringify(start)).toBe(before);
      }),
    );
  });
});

describe('amounts in links', () => {
  it.each([
    ['185.000', 'de-DE', '185000', 'en-US', '185,000'],
    ['1.234,5', 'de-DE', '1234.5', 'en-US', '1,234.5'],
    ['$185,000', 'en-US', '185000', 'de-DE', '185.000'],
    ['12,34,567', 'en-IN', '1234567', 'fr-FR', '1 234 567'],
    ['185k', 'en-US', '185000', 'en-IN', '1,85,000'],
  ])('%s (%s) travels as %s and opens as %s %s', (typed, from, plain, to, shown) => {
    expect(plainAmount(typed, from)).toBe(plain);
    expect(tidyAmount(plain, to).normalize('NFKC')).toBe(shown);
  });

  it.each([
    ['', ''],
    ['about 5', 'about 5'],
    ['-5', '-5'],
    ['  ', '  '],
  ])('leaves blank and invalid text %j as typed', (text, kept) => {
    expect(plainAmount(text, 'en-US')).toBe(kept);
    expect(tidyAmount(text, 'en-US')).toBe(kept);
  });

  it('rewrites every amount of every offer', () => {
    const typed = state({ other: { ...defaultState('USD').counter, signOn: '2,000' } });
    typed.offer.base = '1,000';
    const plain = mapAmounts(typed, (text) => plainAmount(text, 'en-US'));
    expect([plain.offer.base, plain.other?.signOn]).toEqual(['1000', '2000']);
  });

  it('reads back the same amount in every locale, however it was tidied', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...LOCALES),
        (whole, cents, locale) => {
          // Cents as an integer first: 4 + 94 / 100 is 4.9399999999999995, (400 + 94) / 100 is 4.94.
          const amount = String((whole * 100 + cents) / 100);
          expect(plainAmount(tidyAmount(amount, locale), locale)).toBe(amount);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and leaves what it cannot read as typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...LOCALES), (text, locale) => {
        const plain = plainAmount(text, locale);
        expect(plain === text || /^\d+(\.\d{1,2})?$/.test(plain)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('resolveTerms', () => {
  it.each([
    [
      { base: '-5', signOn: '10k' },
      { base: 150_000, signOn: 10_000 },
      { base: "The amount can't be negative" },
    ],
    [{ base: '', signOn: 'x' }, { base: 0, signOn: 20_000 }, { signOn: 'Enter an amount, like 185,000' }],
    [
      { bonusPercent: '150' },
      { bonusPercent: 10 },
      { bonusPercent: "That's over 100% — check the percentage" },
    ],
    [{ base: '200000', bonusPercent: '' }, { base: 200_000, bonusPercent: 0 }, {}],
  ])('%j keeps the previous value of each field that does not validate', (typed, terms, errors) => {
    const previous = { ...NO_TERMS, base: 150_000, signOn: 20_000, bonusPercent: 10 };
    const resolved = resolveTerms({ ...defaultState('USD').offer, ...typed }, 'en-US', previous);
    expect(resolved.terms).toMatchObject(terms);
    expect(resolved.errors).toEqual(errors);
  });

  it('keeps the previous vesting when custom percentages do not add up to 100', () => {
    const input = {
      ...defaultState('USD').offer,
      vestingPreset: 'custom' as const,
      customVesting: ['50', '40'],
    };
    const previous = { ...NO_TERMS, vesting: [0.5, 0.5] };
    const resolved = resolveTerms(input, 'en-US', previous);
    expect(resolved.terms.vesting).toEqual([0.5, 0.5]);
    expect(resolved.errors.customVesting).toBe(
      'The yearly percentages add up to 90% — they need to add up to 100%',
    );
  });
});

describe('restoreState', () => {
  const saved = defaultState('EUR');
  saved.company = 'Saved';
  saved.offer.base = '185.000';
  const shared = defaultState('GBP');
  shared.company = 'Shared';
  shared.offer.base = '90000';
  const link = `#s=${encodeState(shared)}`;

  it('prefers a share link, with its amounts written for this reader', () => {
    const result = restoreState(defaultState('USD'), {
      ...page,
      hash: link,
      saved: kept(encodeState(saved)),
      locale: 'de-DE',
    });
    expect([result.state.company, result.state.offer.base]).toEqual(['Shared', '90.000']);
  });

  it.each([
    ['a different saved state', encodeState(saved), ['Saved']],
    ['no saved state', null, []],
    [
      'the same state, typed differently',
      encodeState({ ...shared, offer: { ...shared.offer, base: '£90,000' } }),
      [],
    ],
  ])('with %s, keeps the reader’s own numbers in the history: %j', (_label, stored, history) => {
    const result = restoreState(defaultState('USD'), { ...page, hash: link, saved: kept(stored) });
    const companies = result.saved.history.map((item) => {
      const decoded = decodeState(item);
      return decoded.ok ? decoded.state.company : 'unreadable';
    });
    expect(companies).toEqual(history);
    expect(result.saved.source).toBe(history.length > 0 || stored === null ? 'link' : 'own');
    expect(result.notice).toBe(
      history.length > 0
        ? 'Opened the counteroffer from your link. Your own numbers are kept in this browser.'
        : 'Opened the counteroffer from your link.',
    );
  });

  it.each([
    ['damaged', '{not json'],
    ['made by a newer version', encodeState(saved).replace(/^eyJ2Ijoy/, 'eyJ2Ijo5')],
  ])('keeps a save it cannot read (%s) aside, never deletes it', (_label, stored) => {
    const result = restoreState(defaultState('USD'), { ...page, saved: kept(stored) });
    expect(result.state).toEqual(defaultState('USD'));
    expect(result.saved).toEqual({ ...emptySaved(), unreadable: stored });
    const withLink = restoreState(defaultState('USD'), { ...page, hash: link, saved: kept(stored) });
    expect(withLink.saved.unreadable).toBe(stored);
  });

  it('falls back to the saved state, with a message, when the link is damaged', () => {
    const result = restoreState(defaultState('USD'), {
      ...page,
      hash: '#s=%%%',
      saved: kept(encodeState(saved)),
    });
    expect(result.state.company).toBe('Saved');
    expect(result.saved.history).toEqual([]);
    expect(result.saved.current && decodeState(result.saved.current)).toMatchObject({
      ok: true,
      state: { company: 'Saved' },
    });
    expect(result.notice).toBe("This share link couldn't be opened. The link is incomplete or damaged.");
  });

  it('ignores other fragments, such as a heading anchor', () => {
    const result = restoreState(defaultState('USD'), { ...page, hash: '#be-ready-with-your-counteroffer' });
    expect(result).toEqual({ state: defaultState('USD'), notice: '', saved: kept(null) });
  });

  it.each([
    ['?goal=counter&reason=other-offer', true],
    ['?goal=counter&reason=other-offer&other=holding', true],
    ['?goal=counter&reason=other-offer&other=none', false],
    ['?goal=listen&reason=pay&other=holding', true],
  ])('applies %s over the saved state (cite another offer: %s)', (search, cite) => {
    const result = restoreState(defaultState('USD'), { ...page, search, saved: kept(encodeState(saved)) });
    expect(result.state.company).toBe('Saved');
    expect(result.state.citeOtherOffer).toBe(cite);
  });

  it('leaves the state alone when the query has no goal (the call widget uses ?reason= too)', () => {
    const result = restoreState(defaultState('USD'), { ...page, search: '?status=declined&reason=level' });
    expect(result.state.reason).toBeUndefined();
    expect(result.state.priorities[0]).toBe('base');
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (hash, search, stored) => {
        const result = restoreState(defaultState('USD'), {
          ...page,
          hash: `#s=${hash}`,
          search,
          saved: kept(stored),
        });
        expect(decodeState(encodeState(result.state)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(() =>
      restoreState(defaultState('USD'), { ...page, hash: `#s=${'A'.repeat(200_000)}` }),
    ).not.toThrow();
  });
});

describe('shareLink', () => {
  it.each([
    ['/', 'https://example.com/tools/counteroffer/#s='],
    ['/newsletter/', 'https://example.com/newsletter/tools/counteroffer/#s='],
    ['/newsletter', 'https://example.com/newsletter/tools/counteroffer/#s='],
  ])('points at the tool page under base %s', (base, start) => {
    expect(shareLink(defaultState('USD'), 'en-US', 'https://example.com', base)).toMatch(
      new RegExp(`^${start.replace(/[/.]/g, '\\$&')}[\\w-]+$`),
    );
  });

  it('carries amounts as plain digits, which open in any locale', () => {
    const typed = defaultState('EUR');
    typed.offer.base = '185.000';
    const link = shareLink(typed, 'de-DE', 'https://example.com', '/');
    const opened = restoreState(defaultState('USD'), { ...page, hash: link.slice(link.indexOf('#')) });
    expect(opened.state.offer.base).toBe('185,000');
  });
});

describe('startState', () => {
  it.each([
    [{}, 'de-DE', 'EUR'],
    [{}, 'en-US', 'USD'],
    [{ currency: 'JPY' }, 'de-DE', 'JPY'],
    [{ currency: 'nope' }, 'en-IN', 'INR'],
  ])('%j in %s starts in %s', (initial, locale, currency) => {
    expect(startState(initial, locale).currency).toBe(currency);
  });

  it('applies the kind, priorities and vesting schedule an embedding page sets', () => {
    const start = startState(
      { kind: 'decline-gracefully', priorities: ['equity'], vestingPreset: 'even-3y' },
      'en-US',
    );
    expect(start.kind).toBe('decline-gracefully');
    expect(start.priorities).toEqual(['equity', 'base', 'level', 'sign-on', 'other-terms']);
    expect([start.offer.vestingPreset, start.counter.vestingPreset]).toEqual(['even-3y', 'even-3y']);
    expect(decodeState(encodeState(start)).ok).toBe(true);
  });
});

describe('totalsSummary', () => {
  const terms = (base: number) => ({ ...NO_TERMS, base });
  it.each([
    [0, 0, 'Enter their offer to see the totals.'],
    [0, 100_000, 'Counteroffer: $400,000 over 4 years.'],
    [200_000, 224_000, 'Counteroffer: $896,000 over 4 years, 12% more than their offer.'],
    [200_000, 190_000, 'Counteroffer: $760,000 over 4 years, 5% less than their offer.'],
    [200_000, 200_000, 'Counteroffer: $800,000 over 4 years, the same as their offer.'],
  ])('offer %d, counter %d: %s', (offer, counter, text) => {
    expect(totalsSummary(compareOffers(terms(offer), terms(counter)), 'USD', 'en-US')).toBe(text);
  });

  it.each([
    [12, 'en-US', '12% more than their offer'],
    [-4.96, 'en-US', '5% less than their offer'],
    [0.04, 'en-US', 'the same as their offer'],
    [12.5, 'de-DE', '12,5 % more than their offer'],
  ])('percentPhrase(%d, %s) is %s', (percent, locale, phrase) => {
    expect(percentPhrase(percent, locale).normalize('NFKC')).toBe(phrase);
  });
});

describe('downloadName', () => {
  it.each([
    ['Acme, Inc.', 'counteroffer-acme-inc.txt'],
    ['', 'counteroffer.txt'],
    ['株式会社', 'counteroffer.txt'],
    [
      '  The Very Long Company Name That Goes On And On Forever  ',
      'counteroffer-the-very-long-company-name-that-goes-on.txt',
    ],
  ])('%j → %s', (company, name) => {
    expect(downloadName(company)).toBe(name);
  });

  it('is always a safe, short .txt name, whatever the company is called', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (company) => {
        const name = downloadName(company);
        expect(name).toMatch(/^counteroffer(-[a-z0-9]+(-[a-z0-9]+)*)?\.txt$/);
        expect(name.length).toBeLessThanOrEqual('counteroffer-.txt'.length + 40);
      }),
      { numRuns: 500 },
    );
  });
});
