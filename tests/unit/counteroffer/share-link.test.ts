import { describe, expect, it } from 'vitest';
import { defaultState, restoreState, shareLink } from '../../../src/lib/counteroffer/index.ts';
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
