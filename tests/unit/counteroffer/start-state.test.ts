import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, startState } from '../../../src/lib/counteroffer/index.ts';

describe('startState', () => {
  it.each([
    ['de-DE', 'EUR'],
    ['en-US', 'USD'],
    ['en-IN', 'INR'],
  ])('in %s starts in %s, as a counter with nothing entered', (locale, currency) => {
    const start = startState(locale);
    expect(start.currency).toBe(currency);
    expect(start.goal).toBe('counter');
    expect([start.offer.base, start.counter.base, start.other]).toEqual(['', '', null]);
    expect(decodeState(encodeState(start)).ok).toBe(true);
  });
});
