import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../../src/lib/search/query.ts';

// The inline page script is minified on its own (src/inline-scripts/inline-script.ts), so it
// cannot import HIGHLIGHT_PARAM: it spells the name in a regular expression, checked here.
const pageScript = readFileSync(new URL('../../../src/inline-scripts/page.js', import.meta.url), 'utf8');
const literal = /if \((\/\[\?&\][^/]*=\/)\.test\(location\.search\)\)/.exec(pageScript)?.[1] ?? '';
const arrival = new RegExp(literal.slice(1, -1));

describe('the highlight parameter, in the inline page script', () => {
  it('finds the arrival test in page.js', () => {
    expect(literal).not.toBe('');
  });

  it.each([
    [`?${HIGHLIGHT_PARAM}=bridge`, true],
    [`?q=call&${HIGHLIGHT_PARAM}=bridge&${HIGHLIGHT_PARAM}=offer`, true],
    [`?not-${HIGHLIGHT_PARAM}=bridge`, false],
    ['?highlight=bridge', false],
    ['', false],
  ])('%s → highlights: %s', (search, highlights) => {
    expect(arrival.test(search)).toBe(highlights);
  });

  it('names HIGHLIGHT_PARAM exactly', () => {
    expect(literal).toBe(`/[?&]${HIGHLIGHT_PARAM}=/`);
  });
});
