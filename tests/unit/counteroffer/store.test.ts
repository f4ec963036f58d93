import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS, decodeState, defaultState, encodeState } from '../../../src/lib/counteroffer/index.ts';
import { ladderFromText } from '../../../src/lib/counteroffer/levels.ts';
import { encodeForSave } from '../../../src/lib/counteroffer/codec.ts';
import { decodeForReader } from '../../../src/lib/counteroffer/restore.ts';
import {
  HISTORY_SIZE,
  STORAGE_KEY,
  clearSaved,
  dropUnreadable,
  emptySaved,
  keepAside,
  keepMineAside,
  readSaved,
  restorePrevious,
  save,
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

const all = () => true;

describe('the store: a shared link never replaces the reader’s numbers', () => {
  it('keeping a link’s numbers (or changing them) puts the reader’s own aside, one step back', () => {
    const kept = save(save(emptySaved(), 'MINE', null), 'LINK', undefined);
    expect(kept).toEqual({ ...emptySaved(), current: 'LINK', history: ['MINE'] });
    expect(restorePrevious(reload(kept), all)).toMatchObject({ current: 'MINE', history: ['LINK'] });
  });

  it('an edit of the reader’s own numbers replaces them, keeping no copy of each keystroke', () => {
    let saved = save(emptySaved(), 'a', null);
    saved = save(saved, 'ab', 'a');
    expect(save(saved, 'abc', 'ab')).toEqual({ ...emptySaved(), current: 'abc' });
  });

  it('keeps the newest HISTORY_SIZE states aside, newest first, once each', () => {
    let saved = emptySaved();
    for (const state of ['one', 'two', 'three', 'two', 'four', 'five', 'six', 'seven'])
      saved = save(saved, state, undefined);
    expect(saved.history).toEqual(['six', 'five', 'four', 'two', 'three']);
    expect(saved.history).toHaveLength(HISTORY_SIZE);
  });

  it('restores past a kept state that can’t be read, and keeps it', () => {
    const saved = { ...emptySaved(), current: 'NOW', history: ['BAD', 'OLD'] };
    const restored = restorePrevious(saved, (state) => state !== 'BAD');
    expect(restored.current).toBe('OLD');
    expect(restored.history).toEqual(['NOW', 'BAD']);
    expect(restorePrevious(saved, () => false)).toBe(saved);
  });

  it('reads a damaged history as empty, and survives a reload', () => {
    expect(readSaved(memory({ [`${STORAGE_KEY}:history`]: '{oops' })).history).toEqual([]);
    expect(readSaved(memory({ [`${STORAGE_KEY}:history`]: '[1,"x"]' })).history).toEqual(['x']);
    const saved = { current: 'c', history: ['h'], unreadable: 'u' };
    expect(reload(saved)).toEqual(saved);
    const cleared = memory({ [STORAGE_KEY]: 'c', [`${STORAGE_KEY}:history`]: '["h"]' });
    writeSaved(cleared, emptySaved());
    expect([...cleared.map.keys()]).toEqual([]);
    expect(readSaved(memory())).toEqual(emptySaved());
  });
});

describe('the store: a save it cannot read is kept aside', () => {
  it('moves it out of the way with its text; Start over keeps it, Delete drops it', () => {
    const saved = keepAside({ ...emptySaved(), current: 'garbage', history: ['h'] });
    expect(saved).toEqual({ current: null, history: ['h'], unreadable: 'garbage' });
    expect(reload(clearSaved(saved))).toEqual({ ...emptySaved(), unreadable: 'garbage' });
    expect(dropUnreadable(saved).unreadable).toBeNull();
  });

  it('never drops an older one it kept aside', () => {
    const saved = keepAside({ current: 'second', history: [], unreadable: 'first' });
    expect(saved).toEqual({ current: null, history: ['first'], unreadable: 'second' });
  });
});

describe('the store: two tabs never lose either set', () => {
  it('keeps this page’s numbers aside when another tab saved over the ones they grew from', () => {
    const theirs = save({ ...emptySaved(), current: 'A' }, 'B', 'A');
    expect(keepMineAside(theirs, 'A', 'A')).toEqual({ ...emptySaved(), current: 'B', history: ['A'] });
    // Nothing to do when the other tab saved this page’s numbers, or only the history changed.
    expect(keepMineAside(theirs, 'B', 'A')).toBeNull();
    expect(keepMineAside(theirs, 'A+', 'B')).toBeNull();
  });

  it('writes only what changed since it read, never a current state another tab replaced since', () => {
    const kv = memory();
    writeSaved(kv, { ...emptySaved(), current: 'MINE' });
    const read = readSaved(kv);
    kv.set(STORAGE_KEY, 'THEIRS');
    writeSaved(kv, { ...read, history: ['MINE'] }, read);
    expect(readSaved(kv)).toEqual({ ...emptySaved(), current: 'THEIRS', history: ['MINE'] });
  });

  it('while both tabs type, restore, reload and keep links, each tab’s numbers stay in storage', () => {
    type Tab = { mine: string | null; base: string | null | undefined };
    type Step = { tab: 0 | 1; op: 'edit' | 'link' | 'restore' | 'reload'; value: string };
    const step: fc.Arbitrary<Step> = fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      op: fc.constantFrom('edit' as const, 'link' as const, 'restore' as const, 'reload' as const),
      value: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let saved = emptySaved();
        const tabs: Tab[] = [
          { mine: null, base: null },
          { mine: null, base: null },
        ];
        // The storage event in the other tab, as the hook handles it.
        const notify = (tab: Tab) => {
          const aside = keepMineAside(saved, tab.mine, tab.base);
          if (aside) saved = aside;
        };
        for (const { tab: index, op, value } of steps) {
          const tab = tabs[index] as Tab;
          const before = saved;
          if (op === 'edit') saved = save(saved, value, tab.base);
          else if (op === 'link') saved = save(saved, value, undefined);
          else if (op === 'restore') saved = restorePrevious(saved, all);
          else saved = reload(saved);
          tab.mine = tab.base = op === 'edit' || op === 'link' ? value : saved.current;
          if (saved !== before) notify(tabs[1 - index] as Tab);
          for (const { mine } of tabs) {
            const kept = mine === null || saved.current === mine || saved.history.includes(mine);
            expect(kept, `lost ${mine} after ${JSON.stringify(steps)}`).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
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

  it('writes a canonical amount as plain digits, with the currency', () => {
    const state = defaultState('EUR');
    state.offer.base = '100.000';
    const wire = JSON.parse(Buffer.from(encodeForSave(state, 'de-DE'), 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(wire).toMatchObject({ v: 1, currency: 'EUR', offer: { base: '100000' } });
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
  it('saves a yearly equity refresh as plain digits, and reads it in another language', () => {
    const state = defaultState('EUR');
    state.counter.equityRefresh = '20.000';
    const saved = encodeForSave(state, 'de-DE');
    const wire = JSON.parse(Buffer.from(saved, 'base64url').toString()) as Record<string, unknown>;
    expect(wire).toMatchObject({ v: 1, counter: { equityRefresh: '20000' } });
    expect(decodeForReader(saved, 'en-US')?.counter.equityRefresh).toBe('20,000');
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
    const current = reload(save(emptySaved(), encodeForSave(state, 'en-US'), null)).current;
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
