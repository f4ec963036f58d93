import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState } from '../../src/lib/counteroffer';
import { compareOffers } from '../../src/lib/offer';
import { downloadName } from '../../src/islands/counteroffer/file-name';
import { withField } from '../../src/islands/counteroffer/mirror';
import { mapAmounts, plainAmount, tidyAmount } from '../../src/islands/counteroffer/money-text';
import { NO_TERMS, resolveTerms } from '../../src/islands/counteroffer/resolve-terms';
import { restoreState } from '../../src/islands/counteroffer/restore';
import { startState } from '../../src/islands/counteroffer/start-state';
import { totalsSummary } from '../../src/islands/counteroffer/summary-text';

const page = { hash: '', search: '', saved: null, locale: 'en-US' };

describe('withField', () => {
  it('mirrors an offer field into the counter while the two are the same', () => {
    const state = withField(defaultState('USD'), 'offer', 'base', '100000');
    expect(state.counter.base).toBe('100000');
    const edited = withField(state, 'counter', 'base', '120000');
    expect(withField(edited, 'offer', 'base', '110000').counter.base).toBe('120000');
  });

  it('mirrors the custom vesting years as a list', () => {
    const state = withField(defaultState('USD'), 'offer', 'customVesting', ['50', '50']);
    expect(state.counter.customVesting).toEqual(['50', '50']);
  });

  it('never writes into an offer that does not exist', () => {
    const state = defaultState('USD');
    expect(withField(state, 'other', 'base', '1')).toBe(state);
  });
});

describe('amounts in links', () => {
  it.each([
    ['185.000', 'de-DE', '185000', 'en-US', '185,000'],
    ['1.234,5', 'de-DE', '1234.5', 'en-US', '1,234.5'],
    ['$185,000', 'en-US', '185000', 'de-DE', '185.000'],
    ['12,34,567', 'en-IN', '1234567', 'fr-FR', '1 234 567'],
  ])('%s (%s) travels as %s and opens as %s %s', (typed, from, plain, to, shown) => {
    expect(plainAmount(typed, from)).toBe(plain);
    expect(tidyAmount(plain, to).normalize('NFKC')).toBe(shown);
  });

  it('leaves blank and invalid text as typed', () => {
    expect(plainAmount('', 'en-US')).toBe('');
    expect(plainAmount('about 5', 'en-US')).toBe('about 5');
    expect(tidyAmount('-5', 'en-US')).toBe('-5');
  });

  it('rewrites every amount of every offer', () => {
    const state = defaultState('USD');
    state.offer.base = '1,000';
    state.other = { ...state.counter, signOn: '2,000' };
    const plain = mapAmounts(state, (text) => plainAmount(text, 'en-US'));
    expect([plain.offer.base, plain.other?.signOn]).toEqual(['1000', '2000']);
  });
});

describe('resolveTerms', () => {
  it('keeps the previous value of a field that does not validate', () => {
    const previous = { ...NO_TERMS, base: 150_000 };
    const input = { ...defaultState('USD').offer, base: '-5', signOn: '10k' };
    const { terms, errors } = resolveTerms(input, 'en-US', previous);
    expect(terms.base).toBe(150_000);
    expect(terms.signOn).toBe(10_000);
    expect(errors).toEqual({ base: "The amount can't be negative" });
  });

  it('reports custom vesting that does not add up to 100', () => {
    const input = {
      ...defaultState('USD').offer,
      vestingPreset: 'custom' as const,
      customVesting: ['50', '40'],
    };
    expect(resolveTerms(input, 'en-US', NO_TERMS).errors.customVesting).toBe(
      'The yearly percentages add up to 90% — they need to add up to 100%',
    );
  });
});

describe('restoreState', () => {
  const saved = defaultState('EUR');
  saved.company = 'Saved';
  const shared = defaultState('GBP');
  shared.company = 'Shared';
  shared.offer.base = '90000';

  it('prefers a share link, with its amounts written for this reader', () => {
    const result = restoreState(defaultState('USD'), {
      ...page,
      hash: `#s=${encodeState(shared)}`,
      saved: encodeState(saved),
      locale: 'de-DE',
    });
    expect([result.state.company, result.state.offer.base]).toEqual(['Shared', '90.000']);
  });

  it('falls back to the saved state, with a message, when the link is damaged', () => {
    const result = restoreState(defaultState('USD'), { ...page, hash: '#s=%%%', saved: encodeState(saved) });
    expect(result.state.company).toBe('Saved');
    expect(result.notice).toBe("This share link couldn't be opened. The link is incomplete or damaged.");
  });

  it('ignores other fragments, such as a heading anchor', () => {
    const result = restoreState(defaultState('USD'), { ...page, hash: '#be-ready-with-your-counteroffer' });
    expect(result).toEqual({ state: defaultState('USD'), notice: '' });
  });

  it('applies ?goal=…&reason=… over the saved state', () => {
    const result = restoreState(defaultState('USD'), {
      ...page,
      search: '?goal=counter&reason=other-offer',
      saved: encodeState(saved),
    });
    expect(result.state.company).toBe('Saved');
    expect(result.state.citeOtherOffer).toBe(true);
    expect(result.state.reason).toBe('other-offer');
  });

  it('leaves the state alone when the query has no goal (the call widget uses ?reason= too)', () => {
    const result = restoreState(defaultState('USD'), { ...page, search: '?status=declined&reason=level' });
    expect(result.state.reason).toBeUndefined();
    expect(result.state.priorities[0]).toBe('base');
  });

  it('never throws on garbage', () => {
    for (const hash of ['#s=', '#s=e30', `#s=${'A'.repeat(200_000)}`]) {
      expect(() => restoreState(defaultState('USD'), { ...page, hash, saved: '{not json' })).not.toThrow();
    }
  });
});

describe('startState', () => {
  it('takes the currency from the locale unless the page sets one', () => {
    expect(startState({}, 'de-DE').currency).toBe('EUR');
    expect(startState({}, 'en-US').currency).toBe('USD');
    expect(startState({ currency: 'JPY' }, 'de-DE').currency).toBe('JPY');
    expect(startState({ currency: 'nope' }, 'en-IN').currency).toBe('INR');
  });

  it('applies the kind, priorities and vesting schedule an embedding page sets', () => {
    const state = startState(
      { kind: 'decline-gracefully', priorities: ['equity'], vestingPreset: 'even-3y' },
      'en-US',
    );
    expect(state.kind).toBe('decline-gracefully');
    expect(state.priorities).toEqual(['equity', 'base', 'level', 'sign-on', 'other-terms']);
    expect([state.offer.vestingPreset, state.counter.vestingPreset]).toEqual(['even-3y', 'even-3y']);
    expect(decodeState(encodeState(state)).ok).toBe(true);
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
});
