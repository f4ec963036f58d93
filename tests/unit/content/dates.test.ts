import { describe, expect, it } from 'vitest';
import { displayDate, isoDay } from '../../../src/lib/content/dates.ts';

describe('dates', () => {
  it.each([
    ['2026-11-25T00:00:00Z', '2026-11-25', '25 November 2026'],
    ['2026-01-01T23:30:00Z', '2026-01-01', '1 January 2026'],
  ])('%s → %s, %s', (input, iso, display) => {
    expect(isoDay(new Date(input))).toBe(iso);
    expect(displayDate(new Date(input))).toBe(display);
  });
});
