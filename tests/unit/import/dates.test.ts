import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inTimeZone, isTimeZone, normaliseDate } from '../../../src/lib/import/dates.ts';

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
    ['2026-11-30T10:00:00+25:00', undefined],
    ['2026-11-30T10:00:00-99:99', undefined],
    ['Tue, 01 Oct 2024 08:30:00 +2500', undefined],
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
