import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  frontmatterDateProblems,
  isPublishable,
  parseStrictDate,
} from '../../../src/lib/content/strict-date.ts';
import { imagesWithoutAlt, missingAltMessage } from '../../../src/lib/content/image-alt.ts';
import { inTimeZone, isTimeZone, normaliseDate } from '../../../src/lib/import/dates.ts';
import { firstSentences, describePost } from '../../../src/lib/import/describe.ts';
import { assignNumbers, numberFromTitle } from '../../../src/lib/import/numbering.ts';
import { mapTopics } from '../../../src/lib/import/topics.ts';

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

describe('normaliseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T13:30:00.123Z', '2024-03-05T13:30:00Z'],
    ['2024-05-01T10:00:00.123456+00:00', '2024-05-01T10:00:00Z'],
    ['2024-03-05T08:30:00-05:00', '2024-03-05T08:30:00-05:00'],
    ['2024-03-05 08:30', '2024-03-05T08:30:00Z'],
    ['Tue, 01 Oct 2024 08:30:00 -0400', '2024-10-01T08:30:00-04:00'],
    ['Tue, 01 Oct 2024 08:30:00 GMT', '2024-10-01T08:30:00Z'],
    ['1 Oct 2024 08:30 PDT', '2024-10-01T08:30:00-07:00'],
    ['2026-02-30', undefined],
    ['30 Feb 2026', undefined],
    ['20261125', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (text, expected) => {
    expect(normaliseDate(text)).toBe(expected);
  });

  it('keeps the instant of any ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          expect(Date.parse(normaliseDate(iso) as string)).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});

describe('inTimeZone', () => {
  it.each([
    // Substack and Ghost export UTC: 02:00 on the 5th was 21:00 on the 4th in New York.
    ['2024-03-05T02:00:00Z', 'America/New_York', '2024-03-04T21:00:00-05:00'],
    ['2024-07-05T02:00:00Z', 'America/New_York', '2024-07-04T22:00:00-04:00'],
    ['2024-03-04T20:00:00Z', 'Asia/Kolkata', '2024-03-05T01:30:00+05:30'],
    ['2025-01-01T02:30:00Z', 'America/Los_Angeles', '2024-12-31T18:30:00-08:00'],
    ['2024-03-05T02:00:00Z', 'UTC', '2024-03-05T02:00:00Z'],
    ['2024-03-05T02:00:00Z', 'Europe/London', '2024-03-05T02:00:00Z'],
    // A written offset or a bare day is the author's already.
    ['2024-03-05T08:30:00-05:00', 'Europe/Paris', '2024-03-05T08:30:00-05:00'],
    ['2024-03-05', 'America/New_York', '2024-03-05'],
  ])('%s in %s → %s', (date, zone, expected) => {
    expect(inTimeZone(date, zone)).toBe(expected);
  });

  it('keeps the instant, for any UTC date and zone', () => {
    const zones = [
      'America/New_York',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kathmandu',
      'Europe/Berlin',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const utc = normaliseDate(date.toISOString()) as string;
          const local = inTimeZone(utc, zone);
          expect(Date.parse(local)).toBe(Date.parse(utc));
          expect(normaliseDate(local)).toBe(local);
        },
      ),
    );
  });

  it.each([
    ['America/New_York', true],
    ['UTC', true],
    ['New York', false],
    ['', false],
  ])('isTimeZone(%j) is %s', (name, expected) => {
    expect(isTimeZone(name)).toBe(expected);
  });
});

describe('strict issue dates', () => {
  it.each([
    ['2026-11-25', null],
    ['2024-02-29', null],
    ['2024-03-05T08:30:00-05:00', null],
    ['2026-02-30', '2026-02-30 is not a day of the calendar'],
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

describe('descriptions', () => {
  it.each([
    ['Short. Two.', 'Short. Two.'],
    [`${'A'.repeat(150)}. ${'B'.repeat(100)}.`, `${'A'.repeat(150)}.`],
    [`${'word '.repeat(60)}`, `${'word '.repeat(39).trim()}…`],
  ])('first sentences of %#', (text, expected) => {
    expect(firstSentences(text)).toBe(expected);
  });

  it('never exceeds 200 characters and is never empty for text with a letter', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 600 }), (text) => {
        const description = describePost(undefined, text, 'Title');
        expect(description.length).toBeLessThanOrEqual(200);
        expect(description.length).toBeGreaterThan(0);
      }),
    );
  });

  it('prefers the platform’s own, without its markup', () => {
    expect(describePost('<p>What <b>this</b> is.</p>', 'Body text.', 'T')).toBe('What this is.');
  });
});

describe('mapTopics', () => {
  it.each([
    [
      ['salary', 'NEGOTIATION'],
      ['Salary', 'negotiation'],
      ['Salary', 'negotiation'],
    ],
    [['Remote work'], ['career'], ['Remote work']],
    [['offers', 'Offers'], [], ['offers']],
    [[], ['Career'], ['Career']],
    [['!!!'], [], ['career']],
  ])('%j with %j → %j', (tags, existing, expected) => {
    expect(mapTopics(tags, existing, 'career')).toEqual(expected);
  });
});

describe('imagesWithoutAlt', () => {
  it.each([
    ['![A chart](./c.png)', []],
    ['![](./c.png)', ['./c.png']],
    ['![ ](https://x.example/y.png "t")', ['https://x.example/y.png']],
    ['![][ref]\n\n[ref]: ./r.png', ['ref']],
    ['```\n![](./in-code.png)\n```\nand `![](./inline.png)`', []],
  ])('%j → %j', (body, urls) => {
    expect(imagesWithoutAlt(body)).toEqual(urls);
  });

  it('names the file, each image and the fix', () => {
    expect(missingAltMessage('content/issues/004-x.md', ['./c.png'])).toBe(
      'content/issues/004-x.md: an image has no alt text:\n  ![](./c.png)\n' +
        'Say what each shows between the brackets, like ![A chart of offers by level](./chart.png).',
    );
  });
});
