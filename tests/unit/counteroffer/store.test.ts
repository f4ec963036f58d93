import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS, decodeState, defaultState, encodeState } from '../../../src/lib/counteroffer/index.ts';
import { ladderFromText } from '../../../src/lib/counteroffer/levels.ts';
import { encodeForSave } from '../../../src/lib/counteroffer/encode.ts';
import { decodeForReader } from '../../../src/lib/counteroffer/restore.ts';
import {
  HISTORY_SIZE,
  backToLink,
  clearSaved,
  emptySaved,
  keepAside,
  openLink,
  readSaved,
  STORE_KEYS,
  restorePrevious,
  saveEdit,
  settleConflict,
  writeSaved,
  type KeyValue,
  type Saved,
} from '../../../src/lib/counteroffer/store.ts';

/** localStorage as a Map, which is all the store sees of it. */
function memory(initial: Record<string, string> = {}): KeyValue & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void (value === null ? map.delete(key) : map.set(key, value)),
  };
}

const reload = (saved: Saved): Saved => {
  const kv = memory();
  writeSaved(kv, saved);
  return readSaved(kv);
};

describe('the store (issue 15, case 1: share links never destroy the reader’s numbers)', () => {
  it('keeps MINE through link A, then link B, and Restore brings back MINE, not A', () => {
    let saved = saveEdit(emptySaved(), 'MINE');
    saved = openLink(saved, 'A');
    saved = openLink(saved, 'B');
    expect(saved.history).toEqual(['MINE']);
    expect(restorePrevious(saved).current).toBe('MINE');
  });

  it('keeps Restore reachable after a plain reload', () => {
    const saved = reload(openLink(saveEdit(emptySaved(), 'MINE'), 'A'));
    expect(saved).toMatchObject({ current: 'A', source: 'link', history: ['MINE'] });
    expect(restorePrevious(saved)).toMatchObject({ current: 'MINE', source: 'own', link: 'A' });
  });

  it('swaps back and forth between the reader’s numbers and the link’s without losing either', () => {
    const restored = restorePrevious(openLink(saveEdit(emptySaved(), 'MINE'), 'A'));
    const again = backToLink(restored);
    expect(again).toMatchObject({ current: 'A', source: 'link', history: ['MINE'], link: null });
  });

  it('keeps the last three (and more) of the reader’s own states, newest first, once each', () => {
    let saved = emptySaved();
    for (const [mine, link] of [
      ['one', 'L1'],
      ['two', 'L2'],
      ['three', 'L3'],
      ['two', 'L4'],
    ] as const) {
      saved = openLink(saveEdit(saved, mine), link);
    }
    expect(saved.history).toEqual(['two', 'three', 'one']);
    expect(HISTORY_SIZE).toBeGreaterThanOrEqual(3);
  });

  it('restores past a kept state that can’t be read, and keeps it', () => {
    const saved = { ...emptySaved(), current: 'NOW', history: ['BAD', 'OLD'] };
    const restored = restorePrevious(saved, (state) => state !== 'BAD');
    expect(restored.current).toBe('OLD');
    expect(restored.history).toEqual(['NOW', 'BAD']);
  });

  it('reads a damaged history as empty', () => {
    expect(readSaved(memory({ [STORE_KEYS.history]: '{oops' })).history).toEqual([]);
    expect(readSaved(memory({ [STORE_KEYS.history]: '[1,"x"]' })).history).toEqual(['x']);
  });

  it('never loses the reader’s last own state, whatever links, reloads and restores follow', () => {
    type Step =
      { op: 'edit'; value: string } | { op: 'link'; value: string } | { op: 'reload' | 'restore' | 'back' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        op: fc.constant('edit' as const),
        value: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'),
      }),
      fc.record({ op: fc.constant('link' as const), value: fc.constantFrom('l1', 'l2', 'l3', 'm1', 'm2') }),
      fc.record({ op: fc.constantFrom('reload' as const, 'restore' as const, 'back' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let saved = emptySaved();
        let lastOwn: string | null = null;
        for (const s of steps) {
          if (s.op === 'edit') {
            // Typing the numbers already shown changes nothing: a link’s numbers stay the link’s.
            if (s.value !== saved.current) lastOwn = s.value;
            saved = saveEdit(saved, s.value);
          } else if (s.op === 'link') saved = openLink(saved, s.value);
          else if (s.op === 'reload') saved = reload(saved);
          else if (s.op === 'restore') saved = restorePrevious(saved);
          else saved = backToLink(saved);
          if (lastOwn !== null) {
            const kept = saved.history.includes(lastOwn) || saved.current === lastOwn;
            expect(kept, `lost ${lastOwn} after ${JSON.stringify(steps)}`).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the store (case 3: a save it cannot read is kept aside)', () => {
  it('moves it out of the way with its text, and Start over keeps it', () => {
    const saved = keepAside({ ...emptySaved(), current: 'garbage' });
    expect(saved).toEqual({ ...emptySaved(), unreadable: 'garbage' });
    expect(reload(clearSaved(saved)).unreadable).toBe('garbage');
  });
});

describe('the store (case 5: another tab)', () => {
  it.each(['mine', 'theirs'] as const)('keeps %s and puts the other into the history', (keep) => {
    const saved = settleConflict(saveEdit(emptySaved(), 'MINE'), 'MINE', 'THEIRS', keep);
    expect(saved.current).toBe(keep === 'mine' ? 'MINE' : 'THEIRS');
    expect(saved.history).toEqual([keep === 'mine' ? 'THEIRS' : 'MINE']);
  });
});

describe('saving amounts (case 4: the browser’s language never changes their meaning)', () => {
  it.each([
    ['de-DE', '100.000', '100000', 'en-US', '100,000'],
    ['de-DE', '100.000,50', '100000.5', 'fr-FR', '100 000,5'],
    ['en-US', '1,234.5', '1234.5', 'de-DE', '1.234,5'],
    ['en-IN', '12,34,567', '1234567', 'en-US', '1,234,567'],
  ])('typed in %s as %s, saved as %s, reads in %s as %s', (from, typed, canonical, to, shown) => {
    const state = defaultState('EUR');
    state.offer.base = typed;
    const saved = encodeForSave(state, from);
    const decoded = decodeState(saved);
    expect(decoded.ok && decoded.state.offer.base).toBe(canonical);
    expect(decodeForReader(saved, to)?.offer.base.normalize('NFKC')).toBe(shown.normalize('NFKC'));
  });

  it('writes a canonical amount as a JSON number, with the currency', () => {
    const state = defaultState('EUR');
    state.offer.base = '100.000';
    const wire = JSON.parse(Buffer.from(encodeForSave(state, 'de-DE'), 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(wire).toMatchObject({ v: 1, cu: 'EUR', o: { b: 100000 } });
  });

  it('still reads a first-version save, whose amounts were text', () => {
    const v1 = Buffer.from(JSON.stringify({ v: 1, cu: 'USD', o: { b: '150000' } })).toString('base64url');
    expect(decodeForReader(v1, 'en-US')?.offer.base).toBe('150,000');
  });

  it('round-trips any whole amount in any locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH'),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'ja-JP'),
        (amount, from, to) => {
          const state = defaultState('USD');
          state.counter.base = new Intl.NumberFormat(from).format(amount);
          const read = decodeForReader(encodeForSave(state, from), to);
          expect(read && encodeForSave(read, to)).toBe(encodeForSave(state, from));
          expect(encodeState(state)).not.toBe('');
        },
      ),
    );
  });
});

describe('saving the builder’s terms beyond pay (merged from issue 13)', () => {
  it('saves a yearly equity refresh as a number, and reads it in another language', () => {
    const state = defaultState('EUR');
    state.counter.equityRefresh = '20.000';
    const saved = encodeForSave(state, 'de-DE');
    const wire = JSON.parse(Buffer.from(saved, 'base64url').toString()) as Record<string, unknown>;
    expect(wire).toMatchObject({ v: 1, c: { er: 20000 } });
    expect(decodeForReader(saved, 'en-US')?.counter.equityRefresh).toBe('20,000');
  });

  it('still reads an equity refresh a first-version save kept as text', () => {
    const v1 = Buffer.from(JSON.stringify({ v: 1, cu: 'USD', c: { er: '15000' } })).toString('base64url');
    expect(decodeForReader(v1, 'en-US')?.counter.equityRefresh).toBe('15,000');
  });

  it('leaves an offer without a refresh without one', () => {
    const read = decodeForReader(encodeForSave(defaultState('USD'), 'en-US'), 'en-US');
    expect(read?.offer.equityRefresh).toBeUndefined();
  });

  it.each([
    ['title', TEXT_LIMITS.title],
    ['startDate', TEXT_LIMITS.term],
    ['remoteDays', TEXT_LIMITS.term],
    ['timeOff', TEXT_LIMITS.term],
    ['reviewMonths', TEXT_LIMITS.term],
  ] as const)('keeps %s at its full limit (%i characters) through a save and a reload', (field, limit) => {
    const state = defaultState('USD');
    state.other = { ...state.offer, [field]: 'é'.repeat(limit) };
    const kv = memory();
    writeSaved(kv, saveEdit(emptySaved(), encodeForSave(state, 'en-US')));
    const current = readSaved(kv).current;
    expect(current && decodeForReader(current, 'en-US')?.other?.[field]).toBe('é'.repeat(limit));
  });

  it('keeps the status, the basis, a confirmation, the deadline and a full ladder as typed', () => {
    const state = defaultState('USD');
    state.status = 'declined';
    state.basis = 'scope';
    state.confirmedLower = 'k1';
    state.deadline = '2026-12-01';
    state.ladder = ladderFromText(Array.from({ length: 20 }, (_, i) => `${i}`.repeat(100)).join('\n'));
    expect(state.ladder).toHaveLength(TEXT_LIMITS.ladder);
    expect(state.ladder.join('\n').length).toBeLessThanOrEqual(TEXT_LIMITS.ladderText);
    const read = decodeForReader(encodeForSave(state, 'en-US'), 'en-US');
    expect(read?.ladder).toEqual(state.ladder);
    expect(read).toMatchObject({
      status: 'declined',
      basis: 'scope',
      confirmedLower: 'k1',
      deadline: '2026-12-01',
    });
  });
});
