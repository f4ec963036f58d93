import { describe, expect, it } from 'vitest';
import { SERVER_LOCALE, numberFormat } from '../../../src/lib/offer/locale.ts';

describe('SERVER_LOCALE', () => {
  it('is a locale Intl formats in as it is, so server and first client render agree', () => {
    expect(Intl.NumberFormat.supportedLocalesOf([SERVER_LOCALE])).toEqual([SERVER_LOCALE]);
    expect(numberFormat(SERVER_LOCALE).resolvedOptions().locale).toBe(SERVER_LOCALE);
  });
});
