import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, restoreState } from '../../../src/lib/counteroffer/index.ts';
import { emptySaved, type Saved } from '../../../src/lib/counteroffer/store.ts';

/** A browser holding just `current` (null: nothing saved). */
const kept = (current: string | null): Saved => ({ ...emptySaved(), current });

const page = { hash: '', search: '', saved: kept(null), locale: 'en-US' };

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
    ['a different saved state', encodeState(saved)],
    ['no saved state', null],
  ])('with %s, shows the link’s numbers as someone else’s and leaves the save alone', (_label, stored) => {
    const result = restoreState(defaultState('USD'), { ...page, hash: link, saved: kept(stored) });
    expect(result.saved).toEqual(kept(stored));
    expect(result.link && decodeState(result.link)).toMatchObject({ ok: true, state: { company: 'Shared' } });
    expect(result.notice).toBe(
      `These numbers are from a shared link.${stored ? ' Your own numbers are kept as they were.' : ''} Change any of them, or keep them, to make them yours.`,
    );
  });

  it('opens a link to the reader’s own numbers, typed differently, as their own', () => {
    const own = encodeState({ ...shared, offer: { ...shared.offer, base: '£90,000' } });
    const result = restoreState(defaultState('USD'), { ...page, hash: link, saved: kept(own) });
    expect([result.link, result.notice, result.state.company]).toEqual([null, '', 'Shared']);
  });

  it.each([
    ['damaged', '{not json'],
    ['made by a newer version', encodeState(saved).replace(/^eyJ2Ijox/, 'eyJ2Ijo5')],
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
    expect(result.saved).toEqual(kept(encodeState(saved)));
    expect(result.notice).toBe('This share link couldn’t be opened. The link is incomplete or damaged.');
  });

  it('ignores other fragments, such as a heading anchor', () => {
    const result = restoreState(defaultState('USD'), { ...page, hash: '#be-ready-with-your-counteroffer' });
    expect(result).toEqual({ state: defaultState('USD'), notice: '', link: null, saved: kept(null) });
  });

  it.each([
    ['?co-goal=counter&co-reason=other-offer', true],
    ['?co-goal=counter&co-reason=other-offer&co-other=holding', true],
    ['?co-goal=counter&co-reason=other-offer&co-other=none', false],
    ['?co-goal=explore&co-reason=pay&co-other=holding', true],
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
