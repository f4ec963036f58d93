import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_GOALS, defaultState, restoreState, shareLink } from '../../../src/lib/counteroffer/index.ts';
import { readShareLink } from '../../../src/lib/counteroffer/restore.ts';
import { encodeForSave } from '../../../src/lib/counteroffer/codec.ts';
import { emptySaved, type Saved } from '../../../src/lib/counteroffer/store.ts';

/** A browser holding just `current` (null: nothing saved). */
const kept = (current: string | null): Saved => ({ ...emptySaved(), current });

const page = { hash: '', search: '', saved: kept(null), locale: 'en-US' };

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

describe('the share link: written by shareLink, read by readShareLink', () => {
  const digits = fc.stringMatching(/^(?:[1-9][0-9]{0,8})?$/);
  const state = fc
    .record({
      goal: fc.constantFrom(...CALL_GOALS),
      company: fc.string({ maxLength: 40 }),
      base: digits,
      counter: digits,
    })
    .map(({ goal, company, base, counter }) => {
      const made = { ...defaultState('USD'), goal, company };
      made.offer = { ...made.offer, base };
      made.counter = { ...made.counter, base: counter };
      return made;
    });

  it('opens any state it wrote, under any base path', () => {
    fc.assert(
      fc.property(state, fc.constantFrom('/', '/newsletter/'), (given, base) => {
        const link = new URL(shareLink(given, 'en-US', 'https://example.com', base));
        expect(link.pathname).toBe(base === '/' ? '/tools/counteroffer/' : '/newsletter/tools/counteroffer/');
        expect(readShareLink(link.hash)).toEqual({ ok: true, state: given });
      }),
    );
  }, 60_000);

  it.each(['', '#counteroffer-builder', '#s'])('leaves %j alone: it is not a share link', (hash) => {
    expect(readShareLink(hash)).toBeNull();
  });

  it('says why a damaged link cannot open', () => {
    expect(readShareLink('#s=!!!')).toMatchObject({ ok: false });
  });
});

describe('a link opened and left untouched', () => {
  // The builder tells an untouched link from a change by comparing what it would save with the
  // link: they must be equal for any state and locale, or opening a link would save it as the reader’s.
  it('saves as exactly the link it was opened from, in any locale, so it is never taken for a change', () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 10 ** 9 }).map(String), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(
        fc.record({ company: fc.string({ maxLength: 20 }), base: amount, signOn: amount }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'en-IN'),
        fc.constantFrom('en-US', 'de-DE', 'ja-JP'),
        ({ company, base, signOn }, from, to) => {
          const made = { ...defaultState('EUR'), company };
          made.offer = { ...made.offer, base, signOn };
          const link = shareLink(made, from, 'https://example.com', '/');
          const opened = restoreState(defaultState('USD'), {
            ...page,
            hash: link.slice(link.indexOf('#')),
            locale: to,
          });
          expect(opened.link).not.toBeNull();
          expect(encodeForSave(opened.state, to)).toBe(opened.link);
        },
      ),
      { numRuns: 500 },
    );
  });
});
