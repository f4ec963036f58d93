import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, withField, type CounterofferState } from '../../../src/lib/counteroffer/index.ts';

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
