import { describe, expect, it } from 'vitest';
import { NO_OFFER, percentPhrase, totalsSummary } from '../../../src/lib/counteroffer/index.ts';
import { compareOffers } from '../../../src/lib/offer/index.ts';

describe('totalsSummary', () => {
  const terms = (base: number) => ({ ...NO_OFFER, base });
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
