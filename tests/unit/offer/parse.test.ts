import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  currencyForLocale,
  formatMoney,
  formatPercent,
  isCurrencyCode,
  numberSymbols,
  parseMoney,
  parsePercent,
} from '../../../src/lib/offer/index.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('parseMoney', () => {
  it.each([
    // en-US
    ['185000', 'en-US', 185_000],
    ['185,000', 'en-US', 185_000],
    ['$185,000', 'en-US', 185_000],
    ['$185,000.50', 'en-US', 185_000.5],
    ['$ 185,000', 'en-US', 185_000],
    ['  $185,000  ', 'en-US', 185_000],
    ['185k', 'en-US', 185_000],
    ['185K', 'en-US', 185_000],
    ['$185k', 'en-US', 185_000],
    ['1.2m', 'en-US', 1_200_000],
    ['1.15k', 'en-US', 1150],
    ['2bn', 'en-US', 2_000_000_000],
    ['USD 90000', 'en-US', 90_000],
    ['usd 90,000', 'en-US', 90_000],
    ['90,000 USD', 'en-US', 90_000],
    ['US$90,000', 'en-US', 90_000],
    ['€90,000', 'en-US', 90_000],
    ['1,000', 'en-US', 1000],
    ['1,234,567.89', 'en-US', 1_234_567.89],
    ['185 000', 'en-US', 185_000],
    ['1,50', 'en-US', 1.5],
    ['0', 'en-US', 0],
    ['-5', 'en-US', -5],
    ['-$5,000', 'en-US', -5000],
    ['$-5,000', 'en-US', -5000],
    ['−5', 'en-US', -5],
    // de-DE
    ['€ 85.000,50', 'de-DE', 85_000.5],
    ['85.000,50 €', 'de-DE', 85_000.5],
    ['85.000 EUR', 'de-DE', 85_000],
    ['1.000', 'de-DE', 1000],
    ['1,000', 'de-DE', 1],
    ['1.234.567,89', 'de-DE', 1_234_567.89],
    ['1,2m', 'de-DE', 1_200_000],
    ['1.5', 'de-DE', 1.5],
    [`85${NBSP}000`, 'de-DE', 85_000],
    // fr-FR
    [`185${NNBSP}000`, 'fr-FR', 185_000],
    [`185${NBSP}000`, 'fr-FR', 185_000],
    ['185 000', 'fr-FR', 185_000],
    [`185${NNBSP}000,50${NBSP}€`, 'fr-FR', 185_000.5],
    ['85 000 €', 'fr-FR', 85_000],
    ['1,5', 'fr-FR', 1.5],
    // en-IN
    ['12,50,000', 'en-IN', 1_250_000],
    ['₹12,50,000', 'en-IN', 1_250_000],
    ['Rs. 12,50,000', 'en-IN', 1_250_000],
    ['1,00,00,000', 'en-IN', 10_000_000],
    ['1,250,000', 'en-IN', 1_250_000],
    ['INR 5,00,000.75', 'en-IN', 500_000.75],
    // others
    ["CHF 1'234.50", 'de-CH', 1234.5],
    ['¥185,000', 'ja-JP', 185_000],
    ['-1 MX$', 'de-DE', -1],
    ['185 kr', 'sv-SE', 185],
    ['185k kr', 'sv-SE', 185_000],
    ['\u200f١٨٥٬٠٠٠٫٠٠ US$', 'ar-EG', 185_000],
  ])('%j in %s → %d', (text, locale, expected) => {
    expect(parseMoney(text, locale)).toBe(expected);
  });

  it.each([
    ['', 'en-US'],
    ['   ', 'en-US'],
    ['abc', 'en-US'],
    ['$', 'en-US'],
    ['12..3', 'en-US'],
    ['1.2.3', 'en-US'],
    ['--5', 'en-US'],
    ['-$-5', 'en-US'],
    ['5-', 'en-US'],
    ['NaN', 'en-US'],
    ['Infinity', 'en-US'],
    ['-Infinity', 'en-US'],
    ['1e5', 'en-US'],
    ['0x10', 'en-US'],
    ['$$5', 'en-US'],
    ['$5 USD', 'en-US'],
    ['12,34,5', 'en-US'],
    ['1,2345', 'en-US'],
    ['185,', 'en-US'],
    ['.5', 'en-US'],
    ['five thousand', 'en-US'],
    ['ABC 5', 'en-US'],
    ['9'.repeat(400), 'en-US'],
    ['1.000,5.0', 'de-DE'],
    ['1,000.50', 'de-DE'],
    ['185.000', 'fr-FR'],
    ['1,23,4567', 'en-IN'],
  ])('%j in %s is not money', (text, locale) => {
    expect(parseMoney(text, locale)).toBeNull();
  });

  it('never returns -0', () => {
    expect(Object.is(parseMoney('-0', 'en-US'), 0)).toBe(true);
  });

  it('falls back to en-US conventions for a malformed locale instead of throwing', () => {
    expect(parseMoney('$1,000', 'not a locale!')).toBe(1000);
  });
});

describe('numberSymbols', () => {
  it.each([
    ['en-US', ',', '.', 3],
    ['de-DE', '.', ',', 3],
    ['fr-FR', ' ', ',', 3],
    ['en-IN', ',', '.', 2],
  ])('%s groups with %j, decimals with %j, secondary groups of %d', (locale, group, decimal, secondary) => {
    expect(numberSymbols(locale)).toMatchObject({
      group,
      decimal,
      primaryGroup: 3,
      secondaryGroup: secondary,
    });
  });
});

describe('parsePercent', () => {
  it.each([
    ['15', 15],
    ['15%', 15],
    ['15 %', 15],
    [`15${NBSP}%`, 15],
    ['%15', 15],
    ['12.5', 12.5],
    ['12,5 %', 12.5],
    ['0', 0],
    ['100', 100],
    ['250', 250],
    ['-3', -3],
  ])('%j → %d', (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it.each(['', 'abc', '%', '%15%', '1.2.3', '12..5', 'NaN', '--5', '15 percent'])(
    '%j is not a percentage',
    (text) => {
      expect(parsePercent(text)).toBeNull();
    },
  );
});

describe('formatMoney', () => {
  it.each([
    [185_000, 'USD', 'en-US', '$185,000'],
    [185_000.5, 'USD', 'en-US', '$185,000.50'],
    [184_999.999, 'USD', 'en-US', '$185,000'],
    [85_000, 'EUR', 'de-DE', '85.000\u00a0€'],
    [185_000, 'EUR', 'fr-FR', '185\u202f000\u00a0€'],
    [1_250_000, 'INR', 'en-IN', '₹12,50,000'],
    [185_000, 'JPY', 'ja-JP', '￥185,000'],
    [-5000, 'USD', 'en-US', '-$5,000'],
  ])('%d %s in %s → %j', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it('still shows the amount for a malformed currency code', () => {
    expect(formatMoney(1500, 'dollars', 'en-US')).toBe('1,500 dollars');
  });
});

describe('formatPercent', () => {
  it.each([
    [15, 'en-US', '15%'],
    [12.5, 'en-US', '12.5%'],
    [15, 'de-DE', '15\u00a0%'],
    [100 / 3, 'en-US', '33.33%'],
  ])('%d in %s → %j', (percent, locale, expected) => {
    expect(formatPercent(percent, locale)).toBe(expected);
  });
});

describe('currencies', () => {
  it('lists common ISO codes, each one valid', () => {
    expect(CURRENCIES).toEqual(
      expect.arrayContaining(['USD', 'EUR', 'GBP', 'INR', 'CAD', 'AUD', 'JPY', 'CHF', 'SGD', 'SEK']),
    );
    for (const code of CURRENCIES) expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['usd', 'US', 'USDX', '', 'ZZZ'])('%j is not a currency code', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });

  it.each([
    ['en-US', 'USD'],
    ['de-DE', 'EUR'],
    ['en-GB', 'GBP'],
    ['en-IN', 'INR'],
    ['fr-FR', 'EUR'],
    ['ja-JP', 'JPY'],
    ['fr-CA', 'CAD'],
    ['de-CH', 'CHF'],
    ['sv-SE', 'SEK'],
    ['de', 'EUR'],
    ['en', 'USD'],
    ['es-AR', 'USD'],
    ['not a locale!', 'USD'],
    ['', 'USD'],
  ])('currencyForLocale(%j) → %s', (locale, expected) => {
    expect(currencyForLocale(locale)).toBe(expected);
  });
});
