/**
 * An issue's date is an instant plus the author's UTC offset as written
 * (`2026-03-04T21:00:00-05:00`). Ordering and scheduled publishing use the instant; every place
 * a reader sees the date (pages, feeds, JSON-LD, email) uses the author's own calendar day, so
 * a post sent at 21:00 in New York reads as 4 March, not as the next day in UTC.
 */

const MINUTE = 60_000;
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The largest offset any zone uses (UTC+14:00), with room for historical ones. */
export const MAX_OFFSET_MINUTES = 18 * 60;

/**
 * The UTC offset, in minutes east of UTC, that a date text is written in: `-300` for `-05:00`,
 * `0` for a bare day, `Z`, or a time with no zone (which the site reads as UTC).
 */
export function writtenOffset(text: string): number {
  const match = /(?:\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  // `-00:00` is UTC too: no negative zero to print as `-00:00` later.
  return match[1] === '-' && minutes > 0 ? -minutes : minutes;
}

/** The wall-clock fields at an offset, read through a Date's UTC getters. */
function wallClock(instant: Date, offsetMinutes: number): Date {
  return new Date(instant.getTime() + offsetMinutes * MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `-05:00`-style text for an offset in minutes; `joiner` is '' for RFC 822's `-0500`. */
function offsetText(offsetMinutes: number, joiner = ':'): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const size = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(size / 60))}${joiner}${pad(size % 60)}`;
}

/** The calendar day (YYYY-MM-DD) of an instant at the author's offset: the day readers see. */
export function publicationDay(instant: Date, offsetMinutes: number): string {
  return wallClock(instant, offsetMinutes).toISOString().slice(0, 10);
}

/**
 * RFC 3339 with the author's offset (`2026-03-04T21:00:00.000-05:00`; at UTC exactly
 * `toISOString()`): the same instant, for JSON Feed, with the author's day kept.
 */
export function offsetTimestamp(instant: Date, offsetMinutes: number): string {
  if (offsetMinutes === 0) return instant.toISOString();
  return `${wallClock(instant, offsetMinutes).toISOString().slice(0, 23)}${offsetText(offsetMinutes)}`;
}

/**
 * RFC 822 as RSS's pubDate wants it (`Wed, 04 Mar 2026 21:00:00 -0500`; `GMT` at UTC), so a
 * feed reader that shows the date as written shows the author's day.
 */
export function rfc822Date(instant: Date, offsetMinutes: number): string {
  const local = wallClock(instant, offsetMinutes);
  const day = `${DAY_NAMES[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTH_NAMES[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${day} ${time} ${offsetMinutes === 0 ? 'GMT' : offsetText(offsetMinutes, '')}`;
}
