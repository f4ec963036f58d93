import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_FIT } from '../../../src/lib/share-card/card.ts';
import { fitText, textWidth, wrapText } from '../../../src/lib/share-card/fit.ts';

const fit = { sizes: [80, 64, 48], maxWidth: 1040, maxLines: 3 };

describe('textWidth', () => {
  it.each([
    ['', 80, 0],
    ['i', 100, 26.2],
    ['W', 100, 80],
    ['Hi', 10, 9.25],
  ])('%j at %ipx is %f px', (text, size, expected) => {
    expect(textWidth(text, size)).toBeCloseTo(expected, 5);
  });

  it('measures each face with its own widths, and counts unknown characters as wide', () => {
    expect(textWidth('Career', 100)).toBeCloseTo(285.2, 5);
    expect(textWidth('Career', 100, 'serif-regular')).toBeCloseTo(318.1, 5);
    expect(textWidth('日本', 100)).toBeCloseTo(212, 5);
  });
});

describe('wrapText', () => {
  it.each([
    ['one line when it fits', 'Always Discuss the Job Offer', 64, 1040, ['Always Discuss the Job Offer']],
    [
      'breaks at spaces',
      'Quick Tip – Always Discuss the Job Offer',
      76,
      1040,
      ['Quick Tip – Always Discuss the', 'Job Offer'],
    ],
    ['collapses whitespace', '  a \n  b  ', 80, 1040, ['a b']],
    ['breaks a word too long for a line', 'Wwwwwwwwwwww', 100, 400, ['Wwwww', 'wwwww', 'ww']],
    ['nothing for empty text', '   ', 80, 1040, []],
  ])('%s', (_, text, size, width, expected) => {
    expect(wrapText(text, size, width)).toEqual(expected);
  });
});

describe('fitText', () => {
  it.each([
    ['a short title at the largest size', 'Take the Call', 80, ['Take the Call'], false],
    [
      'a title needing three lines at the largest size',
      'A Title That Needs Three Lines at Eighty Pixels Wide, Even in a Narrow Face',
      80,
      ['A Title That Needs Three Lines', 'at Eighty Pixels Wide, Even in', 'a Narrow Face'],
      false,
    ],
    [
      'a long title at a smaller size',
      'The Extraordinarily Long Title of an Issue That Goes On and On About Negotiating Counteroffers and Vesting Schedules',
      48,
      [
        'The Extraordinarily Long Title of an Issue That',
        'Goes On and On About Negotiating Counteroffers',
        'and Vesting Schedules',
      ],
      false,
    ],
  ])('sets %s', (_, text, fontSize, lines, truncated) => {
    expect(fitText(text, fit)).toEqual({ fontSize, lines, truncated });
  });

  it('cuts text that fits no size, ending with an ellipsis', () => {
    const result = fitText('word '.repeat(200), fit);
    expect(result.fontSize).toBe(48);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(3);
    expect(result.lines.at(-1)).toMatch(/word…$/);
  });

  it.each([
    [{ ...fit, sizes: [] }, 'fitText needs at least one font size to try.'],
    [{ ...fit, maxLines: 0 }, 'fitText needs maxLines ≥ 1; got 0.'],
  ])('refuses impossible options', (options, message) => {
    expect(() => fitText('x', options)).toThrow(message);
  });

  it('never overflows the box, and keeps every word when it does not cut', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'abcdefghijkmnopqrstuvwxyz WMI–’é日'.split('')),
          maxLength: 300,
        }),
        (text) => {
          const result = fitText(text, TITLE_FIT);
          expect(TITLE_FIT.sizes).toContain(result.fontSize);
          expect(result.lines.length).toBeLessThanOrEqual(TITLE_FIT.maxLines);
          for (const line of result.lines) {
            expect(textWidth(line, result.fontSize)).toBeLessThanOrEqual(TITLE_FIT.maxWidth);
          }
          const words = text.trim().split(/\s+/).filter(Boolean).join('');
          if (!result.truncated) expect(result.lines.join('').replace(/\s+/g, '')).toBe(words);
        },
      ),
    );
  });
});
