import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupByYear, neighbours, newestFirst } from '../../../src/lib/content/ordering.ts';
import { parseStrictDate } from '../../../src/lib/content/strict-date.ts';

const issue = (number: number, day: string) => ({ number, date: new Date(`${day}T00:00:00Z`) });

describe('newestFirst', () => {
  it('orders by date, newest first, then by number', () => {
    const sorted = newestFirst([issue(1, '2025-01-01'), issue(3, '2026-11-25'), issue(2, '2026-11-25')]);
    expect(sorted.map((i) => i.number)).toEqual([3, 2, 1]);
  });

  it('does not change the input', () => {
    const input = [issue(1, '2025-01-01'), issue(2, '2026-01-01')];
    newestFirst(input);
    expect(input.map((i) => i.number)).toEqual([1, 2]);
  });

  it('always yields non-increasing dates', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 0, max: 4e12 }))), (pairs) => {
        const sorted = newestFirst(pairs.map(([number, t]) => ({ number, date: new Date(t) })));
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i - 1]!.date.getTime()).toBeGreaterThanOrEqual(sorted[i]!.date.getTime());
        }
      }),
    );
  });
});

describe('groupByYear', () => {
  it('groups by UTC year, newest year first', () => {
    const groups = groupByYear([issue(1, '2024-12-31'), issue(3, '2026-01-01'), issue(2, '2025-06-01'), issue(4, '2026-11-25')]);
    expect(groups.map((g) => [g.year, g.issues.map((i) => i.number)])).toEqual([
      [2026, [4, 3]],
      [2025, [2]],
      [2024, [1]],
    ]);
  });

  it('is empty for no issues', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const issues = [issue(57, '2026-11-25'), issue(55, '2026-11-11'), issue(56, '2026-11-18')];

  it.each([
    [55, undefined, 56],
    [56, 55, 57],
    [57, 56, undefined],
    [99, undefined, undefined],
  ])('issue %i: previous %s, next %s', (number, previous, next) => {
    const result = neighbours(issues, number);
    expect(result.previous?.number).toBe(previous);
    expect(result.next?.number).toBe(next);
  });

  it('has neither for a lone issue', () => {
    expect(neighbours([issue(1, '2026-01-01')], 1)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('groupByYear', () => {
  it("files a New Year's Eve evening issue under the author's year", () => {
    const issues = [
      { number: 1, date: parseStrictDate('2025-12-31T21:00:00-05:00'), dateOffset: -300 },
      { number: 2, date: parseStrictDate('2026-01-01T09:00:00+10:00'), dateOffset: 600 },
    ];
    expect(groupByYear(issues).map((g) => [g.year, g.issues.map((i) => i.number)])).toEqual([
      [2026, [2]],
      [2025, [1]],
    ]);
  });
});
