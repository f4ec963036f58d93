import { describe, expect, it } from 'vitest';
import {
  decodeState,
  defaultState,
  emptyOfferInput,
  encodeState,
  type CounterofferState,
} from '../../../src/lib/counteroffer/index.ts';
import { toBase64Url } from '../../../src/lib/counteroffer/base64url.ts';

describe('the codec keeps what the builder added, and reads saves from before it', () => {
  it('round-trips terms beyond pay, the stage, the basis, the deadline, the ladder and a confirmation', () => {
    const state: CounterofferState = {
      ...defaultState('USD'),
      kind: 'explore',
      stage: 'declined',
      basis: 'market',
      deadline: '2026-12-01',
      ladder: ['L3', 'L4', 'L5'],
      confirmedLower: 'abc123',
      counter: {
        ...emptyOfferInput(),
        title: 'Staff Engineer',
        startDate: '2027-01-15',
        remoteDays: '3',
        timeOff: '25',
        equityRefresh: '20000',
        reviewMonths: '6',
      },
    };
    expect(decodeState(encodeState(state))).toEqual({ ok: true, state });
  });

  it('reads a save from before those fields as blank, and a cv: [] as a schedule with no years', () => {
    const old = toBase64Url(
      JSON.stringify({ v: 1, cu: 'USD', k: 'counter', o: { b: '100000', vp: 'custom', cv: [] } }),
    );
    const result = decodeState(old);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.offer.customVesting).toEqual([]);
    expect(result.state.offer.title).toBeUndefined();
    expect(result.state.stage).toBeUndefined();
    expect(result.state.ladder).toBeUndefined();
  });
});
