import { describe, expect, it } from 'vitest';
import { dateProblem, frontmatterDateProblems, isPublishable, parseStrictDate } from '../../../src/lib/content/strict-date.ts';

describe('strict issue dates', () => {
  it.each([
    ['2026-11-25', null],
    ['2024-02-29', null],
    ['2024-03-05T08:30:00-05:00', null],
    ['2026-02-30', '2026-02-30 is not a day of the calendar'],
    ['2026-11-30T10:00:00+25:00', '2026-11-30T10:00:00+25:00 has an impossible offset (+25:00): write one from -18:00 to +18:00, like -05:00, or Z for UTC'],
    ['2026-11-30T10:00:00-99:99', '2026-11-30T10:00:00-99:99 has an impossible offset (-99:99): write one from -18:00 to +18:00, like -05:00, or Z for UTC'],
    ['2026-11-30T10:00:00+05:60', '2026-11-30T10:00:00+05:60 has an impossible offset (+05:60): write one from -18:00 to +18:00, like -05:00, or Z for UTC'],
    ['2026-11-30T10:00:00+18:00', null],
    ['2026-11-30T10:00:00-12:00', null],
    ['2026-11-30T10:00:00-18:01', '2026-11-30T10:00:00-18:01 has an impossible offset (-18:01): write one from -18:00 to +18:00, like -05:00, or Z for UTC'],
    ['2026-11-30T10:00:00+0530', null],
    ['2025-02-29', '2025-02-29 is not a day of the calendar'],
    ['2026-13-01', '2026-13-01 is not a day of the calendar'],
    ['20261125', 'write it as YYYY-MM-DD (got "20261125")'],
    ['25/11/2026', 'write it as YYYY-MM-DD (got "25/11/2026")'],
    ['2026-11-25T25:00:00Z', '2026-11-25T25:00:00Z has an impossible time'],
  ])('%j → %j', (text, problem) => {
    expect(dateProblem(text)).toBe(problem);
  });

  it('reads a bare day as midnight UTC and keeps a zone', () => {
    expect(parseStrictDate('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseStrictDate('2024-03-05T08:30:00-05:00').toISOString()).toBe('2024-03-05T13:30:00.000Z');
  });

  it('names the file and the field of a date that does not exist', () => {
    const source = '---\nnumber: 3\ndate: 2026-02-30\nupdated: "20261125"\ntitle: x\n---\nBody';
    expect(frontmatterDateProblems(source, 'content/issues/003-x.mdx')).toEqual([
      'content/issues/003-x.mdx: date: 2026-02-30 is not a day of the calendar; use a real date like 2026-11-25.',
      'content/issues/003-x.mdx: updated: write it as YYYY-MM-DD (got "20261125"); use a real date like 2026-11-25.',
    ]);
  });

  it.each([
    [{ draft: false, date: new Date('2026-11-25') }, new Date('2026-11-25'), true],
    [{ draft: false, date: new Date('2026-11-26') }, new Date('2026-11-25T23:59:59Z'), false],
    [{ draft: true, date: new Date('2020-01-01') }, new Date('2026-11-25'), false],
  ])('publishes %j at %s: %s', (data, now, expected) => {
    expect(isPublishable(data, now)).toBe(expected);
  });
});
