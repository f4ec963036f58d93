// Platforms write dates three ways: ISO 8601 (Substack, Ghost, Buttondown, frontmatter),
// RFC 822 (RSS pubDate) and bare days. Issues keep the original instant and its zone.
import { isRealOffset } from '../content/strict-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_ZONES: Record<string, string> = {
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** `+0100` or `+01:00` or a zone name as `+01:00`; undefined when unknown. */
function zoneOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const named = NAMED_ZONES[zone.toUpperCase()];
  if (named) return named;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return match && isRealOffset(zone) ? `${match[1]}${match[2]}:${match[3]}` : undefined;
}

/** Whether a year, month and day name a real calendar day. */
function realDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A platform's date as ISO 8601 with its zone kept (`2024-03-05T08:30:00-05:00`), seconds
 * precision, or a bare `YYYY-MM-DD`; undefined when it is not a date at all.
 */
export function normaliseDate(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      value,
    );
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso;
    if (!realDay(Number(y), Number(m), Number(d))) return undefined;
    if (hh === undefined) return `${y}-${m}-${d}`;
    // A zone that is written but impossible (+25:00) is no date, never quietly UTC.
    const offset = zone ? zoneOffset(zone) : '+00:00';
    if (!offset) return undefined;
    return `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${offset}`.replace(/\+00:00$/, 'Z');
  }
  const rfc =
    /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]+|[+-]\d{4})?$/i.exec(
      value,
    );
  if (rfc) {
    const [, d, mon, y, hh, mm, ss, zone] = rfc;
    const month = MONTHS.indexOf((mon as string).toLowerCase()) + 1;
    const year = Number(y) < 100 ? 2000 + Number(y) : Number(y);
    if (month === 0 || !realDay(year, month, Number(d))) return undefined;
    const day = `${year}-${pad(month)}-${pad(d as string)}`;
    if (hh === undefined) return day;
    const offset = zone ? zoneOffset(zone) : '+00:00';
    if (!offset) return undefined;
    return `${day}T${pad(hh)}:${mm}:${ss ?? '00'}${offset}`.replace(/\+00:00$/, 'Z');
  }
  return undefined;
}

/** The instant of a normalised date, for ordering (bare days at midnight UTC). */
export function dateValue(normalised: string): number {
  return Date.parse(normalised.length === 10 ? `${normalised}T00:00:00Z` : normalised);
}

/** Whether the runtime knows a time zone by that IANA name (`America/New_York`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * A normalised date written in UTC (`…Z`), rewritten as the wall time in the author's zone with
 * that moment's offset (`2024-03-05T02:00:00Z` in America/New_York → `2024-03-04T21:00:00-05:00`):
 * the same instant, but the day the author sent it. Substack and Ghost export UTC only, so
 * without this an evening post shows the next day. Bare days and written offsets stay as they are.
 */
export function inTimeZone(normalised: string, timeZone: string): string {
  if (!/T\d{2}:\d{2}:\d{2}Z$/.test(normalised)) return normalised;
  const instant = Date.parse(normalised);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const offset = Math.round((wall - instant) / 60_000);
  if (offset === 0) return normalised;
  const size = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
  return `${new Date(wall).toISOString().slice(0, 19)}${zone}`;
}
