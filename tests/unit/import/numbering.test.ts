import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignNumbers, numberFromTitle } from '../../../src/lib/import/numbering.ts';

describe('numberFromTitle', () => {
  it.each([
    ['Issue #12: Ask for more', 12, 'Ask for more'],
    ['Issue 12 – Ask for more', 12, 'Ask for more'],
    ['#7 – Feed post', 7, 'Feed post'],
    ['No. 3: Atom post', 3, 'Atom post'],
    ['No 3 Atom post', 3, 'Atom post'],
    ['Ask for more (#44)', 44, 'Ask for more'],
    ['Ask for more | Issue #44', 44, 'Ask for more'],
    ['Newsletter #9', 9, 'Newsletter #9'],
    ['What issue no. 5 taught me', 5, 'What issue no. 5 taught me'],
  ])('%j → #%i %j', (title, number, rest) => {
    expect(numberFromTitle(title)).toEqual({ number, title: rest });
  });

  it.each(['Ten ways to ask', '2024 in review', 'Top 5 tips', 'C# for recruiters', ''])(
    '%j has no number',
    (title) => {
      expect(numberFromTitle(title)).toBeUndefined();
    },
  );
});

describe('assignNumbers', () => {
  it('keeps given numbers and fills the rest in date order, undated last, skipping taken ones', () => {
    const posts = [
      { date: '2024-03-01' },
      { number: 2 },
      { date: '2024-01-01' },
      {},
      { date: '2024-02-01T10:00:00-05:00' },
    ];
    expect(assignNumbers(posts, 1, new Set([3]))).toEqual([5, 2, 1, 6, 4]);
  });

  it('gives every post a distinct number at or above start, never a taken one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: fc.option(fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }), {
              nil: undefined,
            }),
          }),
        ),
        fc.integer({ min: 1, max: 50 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 100 })),
        (raw, start, taken) => {
          const posts = raw.map((p) => ({ date: p.date?.toISOString().slice(0, 19).concat('Z') }));
          const numbers = assignNumbers(posts, start, new Set(taken));
          expect(new Set(numbers).size).toBe(numbers.length);
          for (const n of numbers) {
            expect(n).toBeGreaterThanOrEqual(start);
            expect(taken).not.toContain(n);
          }
        },
      ),
    );
  });
});
