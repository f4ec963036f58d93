import { normaliseText } from './locale.ts';
import type { Validation } from './validate.ts';

/** Checks a whole number from 0 to `max` (days, months); empty counts as unset (null). */
export function validateWhole(text: string, max: number, example: string): Validation<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const trimmed = normaliseText(text).trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number, like ${example}` };
  const value = Number(trimmed);
  if (value > max) return { ok: false, message: `Enter a number from 0 to ${max}` };
  return { ok: true, value };
}

/** Checks a date as a date field sends it (yyyy-mm-dd); empty counts as unset (null). */
export function validateDate(text: string): Validation<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over into March, so a real date is one that reads back the same.
  if (!date || date.toISOString().slice(0, 10) !== text.trim()) {
    return { ok: false, message: 'Enter a date, like 2026-12-01' };
  }
  return { ok: true, value: text.trim() };
}
