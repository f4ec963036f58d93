import { publicationDay } from './publication-date.ts';

/** A calendar day held as midnight UTC, given as YYYY-MM-DD (for `<time datetime>`). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day held as midnight UTC, as readers see it ("25 November 2026"). */
export function displayDate(date: Date, locale = 'en-GB'): string {
  return dayFormat(locale).format(date);
}

// A formatter is costly to make (ICU loads its patterns) and every listed issue shows a date:
// one per locale for the whole build.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      // Fixed to UTC so builds agree on every machine; the day itself was chosen before.
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format;
}

/** An issue's date as readers see it: the author's own day at the offset they wrote. */
export function displayPublicationDay(instant: Date, offsetMinutes: number, locale = 'en-GB'): string {
  return displayDate(new Date(`${publicationDay(instant, offsetMinutes)}T00:00:00Z`), locale);
}
