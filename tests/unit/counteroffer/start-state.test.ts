import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, startState } from '../../../src/lib/counteroffer/index.ts';

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
