import { describe, expect, it } from 'vitest';
import { SERVER_LOCALE, numberFormat } from '../../../src/lib/offer/locale.ts';

describe('SERVER_LOCALE', () => {
  it('is a locale Intl formats in as it is, so server and first client render agree', () => {
    expect(Intl.NumberFormat.supportedLocalesOf([SERVER_LOCALE])).toEqual([SERVER_LOCALE]);
    expect(numberFormat(SERVER_LOCALE).resolvedOptions().locale).toBe(SERVER_LOCALE);
  });
});

describe('numberFormat', () => {
  it('makes one formatter per locale and options, and a bad locale formats as the server’s', () => {
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).toBe(
      numberFormat('de-DE', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('de-DE', { maximumFractionDigits: 2 })).not.toBe(numberFormat('de-DE'));
    expect(numberFormat('fr-FR').format(1234.5)).not.toBe(numberFormat('de-DE').format(1234.5));
    expect(numberFormat('not a locale').resolvedOptions().locale).toBe(SERVER_LOCALE);
  });

  it('still throws on bad options, for the caller to handle', () => {
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'dollars' })).toThrow(RangeError);
  });
});
