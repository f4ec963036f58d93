import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPublicationDay } from '../../../src/lib/content/dates.ts';
import { MAX_OFFSET_MINUTES, offsetTimestamp, publicationDay, rfc822Date, writtenOffset } from '../../../src/lib/content/publication-date.ts';
import { parseStrictDate } from '../../../src/lib/content/strict-date.ts';

describe('writtenOffset', () => {
  it.each([
    ['2026-03-04', 0],
    ['2026-03-04T21:00:00Z', 0],
    ['2026-03-04T21:00:00', 0],
    ['2026-03-04T21:00:00-05:00', -300],
    ['2026-03-04T21:00-0500', -300],
    ['2026-03-04T21:00:00.250+05:30', 330],
    ['2026-03-04 08:00:00+14:00', 840],
    ['2026-03-04T21:00:00-00:00', 0],
  ])('%s → %i minutes', (text, offset) => {
    expect(writtenOffset(text)).toBe(offset);
  });
});

describe("the author's day", () => {
  it.each([
    // The bug: 21:00 in New York is 02:00 the next day in UTC.
    { written: '2026-03-04T21:00:00-05:00', day: '2026-03-04', shown: '4 March 2026' },
    { written: '2026-03-05T07:30:00+10:00', day: '2026-03-05', shown: '5 March 2026' },
    { written: '2026-12-31T23:59:59-08:00', day: '2026-12-31', shown: '31 December 2026' },
    { written: '2027-01-01T00:00:00+14:00', day: '2027-01-01', shown: '1 January 2027' },
    { written: '2026-11-25', day: '2026-11-25', shown: '25 November 2026' },
    { written: '2026-11-25T23:30:00Z', day: '2026-11-25', shown: '25 November 2026' },
    { written: '2024-02-29T22:00:00-03:00', day: '2024-02-29', shown: '29 February 2024' },
  ])('$written is shown as $shown', ({ written, day, shown }) => {
    const instant = parseStrictDate(written);
    expect(publicationDay(instant, writtenOffset(written))).toBe(day);
    expect(displayPublicationDay(instant, writtenOffset(written))).toBe(shown);
  });

  const offsets = fc.integer({ min: -MAX_OFFSET_MINUTES, max: MAX_OFFSET_MINUTES });
  const instants = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true });

  it('is the calendar day at that offset, for any offset and instant', () => {
    fc.assert(
      fc.property(offsets, instants, (offset, instant) => {
        const shifted = new Date(instant.getTime() + offset * 60_000);
        const expected = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()]
          .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
          .join('-');
        expect(publicationDay(instant, offset)).toBe(expected);
      }),
    );
  });

  it('is the day written, for any date-time written at any offset', () => {
    fc.assert(
      fc.property(offsets, instants, (offset, instant) => {
        const written = offsetTimestamp(instant, offset);
        const reparsed = parseStrictDate(written);
        expect(reparsed.getTime()).toBe(instant.getTime());
        expect(publicationDay(reparsed, writtenOffset(written))).toBe(written.slice(0, 10));
      }),
    );
  });
});

describe('offsetTimestamp and rfc822Date', () => {
  it.each([
    ['2026-03-05T02:00:00Z', -300, '2026-03-04T21:00:00.000-05:00', 'Wed, 04 Mar 2026 21:00:00 -0500'],
    ['2026-03-04T23:30:00Z', 330, '2026-03-05T05:00:00.000+05:30', 'Thu, 05 Mar 2026 05:00:00 +0530'],
    ['2026-11-25T00:00:00Z', 0, '2026-11-25T00:00:00.000Z', 'Wed, 25 Nov 2026 00:00:00 GMT'],
  ])('%s at %i minutes → %s, %s', (iso, offset, rfc3339, rfc822) => {
    expect(offsetTimestamp(new Date(iso), offset)).toBe(rfc3339);
    expect(rfc822Date(new Date(iso), offset)).toBe(rfc822);
  });

  it('name the same instant, for any offset', () => {
    const offsets = fc.integer({ min: -MAX_OFFSET_MINUTES, max: MAX_OFFSET_MINUTES });
    fc.assert(
      fc.property(offsets, fc.integer({ min: 0, max: 32e12 }), (offset, ms) => {
        const instant = new Date(Math.floor(ms / 1000) * 1000);
        expect(Date.parse(offsetTimestamp(instant, offset))).toBe(instant.getTime());
        expect(Date.parse(rfc822Date(instant, offset))).toBe(instant.getTime());
      }),
    );
  });

  it('match toUTCString at UTC, as @astrojs/rss wrote pubDate before', () => {
    const instant = new Date('2026-11-25T08:30:00Z');
    expect(rfc822Date(instant, 0)).toBe(instant.toUTCString());
  });
});
