import { numberFormat } from './locale.ts';

/** Formats an amount in a currency for the locale; whole amounts get no fraction digits ("$185,000", not "$185,000.00"). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  // Rounded to cents first so that 184999.999 also counts as whole and doesn’t print as "$185,000.00".
  const whole = Number.isInteger(Math.round(amount * 100) / 100);
  const digits: Intl.NumberFormatOptions = whole
    ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
    : {};
  try {
    return numberFormat(locale, { style: 'currency', currency, ...digits }).format(amount);
  } catch {
    // A malformed currency code (from an old share link, say) still shows the amount rather than breaking the page.
    return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** Formats percent units for the locale (15 → "15%", 12.5 → "12.5%"; de-DE → "15 %"). */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** A date (yyyy-mm-dd) as the site writes it, "25 November 2026" ("November 25, 2026" for an en-US reader); "" for anything else. */
export function siteDate(iso: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Messages are in English: an English reader’s own date order, everyone else the site’s.
  const english = /^en\b/i.test(locale) ? locale : 'en-GB';
  try {
    return new Intl.DateTimeFormat(english, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/** Collapses line breaks and runs of spaces, so text typed with stray newlines doesn’t break an email’s layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
