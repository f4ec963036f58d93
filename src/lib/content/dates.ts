/** The date as YYYY-MM-DD, for `<time datetime>`: dates are calendar days, read in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date as readers see it ("25 November 2026"), fixed to UTC so builds agree everywhere. */
export function displayDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
