import { describe, expect, it } from 'vitest';
import {
  VESTING_PRESETS,
  compareOffers,
  summarise,
  NO_OFFER,
  type Offer,
} from '../../../src/lib/offer/index.ts';

const yearlyTotals = (offer: Offer, years?: number) => summarise(offer, years).years.map((row) => row.total);
const yearlyBreakdown = (offer: Offer, years?: number) => summarise(offer, years).years;

function terms(overrides: Partial<Offer> = {}): Offer {
  return { ...NO_OFFER, vesting: [], ...overrides };
}

describe('VESTING_PRESETS', () => {
  it.each(Object.entries(VESTING_PRESETS))('%s sums to 1', (_, vesting) => {
    expect(vesting.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('holds the documented schedules', () => {
    expect(VESTING_PRESETS['even-4y']).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(VESTING_PRESETS['back-weighted']).toEqual([0.05, 0.15, 0.4, 0.4]);
    expect(VESTING_PRESETS['even-3y']).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe('yearlyTotals', () => {
  it.each([
    ['even-4y', VESTING_PRESETS['even-4y'], [125_000, 125_000, 125_000, 125_000]],
    ['back-weighted', VESTING_PRESETS['back-weighted'], [105_000, 115_000, 140_000, 140_000]],
    ['even-3y', VESTING_PRESETS['even-3y'], [133_333.33, 133_333.33, 133_333.33, 100_000]],
    ['custom 10/20/30/40', [0.1, 0.2, 0.3, 0.4], [110_000, 120_000, 130_000, 140_000]],
    ['custom one year cliff', [1], [200_000, 100_000, 100_000, 100_000]],
    ['no equity schedule', [], [100_000, 100_000, 100_000, 100_000]],
  ])('equity vests per the %s schedule', (_, vesting, expected) => {
    const totals = yearlyTotals(terms({ base: 100_000, equityGrant: 100_000, vesting }));
    expect(totals).toHaveLength(expected.length);
    totals.forEach((total, i) => expect(total).toBeCloseTo(expected[i] ?? NaN, 2));
  });

  it.each([
    ['sign-on only', { signOn: 20_000 }, [120_000, 100_000, 100_000, 100_000]],
    ['relocation only', { relocation: 10_000 }, [110_000, 100_000, 100_000, 100_000]],
    ['both', { signOn: 20_000, relocation: 10_000 }, [130_000, 100_000, 100_000, 100_000]],
  ])('one-time amounts land in year 1 only (%s)', (_, extra, expected) => {
    expect(yearlyTotals(terms({ base: 100_000, ...extra }))).toEqual(expected);
  });

  it.each([
    [0, 100_000],
    [15, 115_000],
    [12.5, 112_500],
    [100, 200_000],
  ])('a %s%% bonus is paid every year on top of base', (bonusPercent, perYear) => {
    expect(yearlyTotals(terms({ base: 100_000, bonusPercent }))).toEqual([
      perYear,
      perYear,
      perYear,
      perYear,
    ]);
  });

  it.each([
    [1, [125_000]],
    [4, [125_000, 125_000, 125_000, 125_000]],
    [6, [125_000, 125_000, 125_000, 125_000, 100_000, 100_000]],
    [0, []],
    [-2, []],
    [2.9, [125_000, 125_000]],
    [Number.NaN, []],
  ])('over %s years, equity is 0 past the schedule', (years, expected) => {
    const offer = terms({ base: 100_000, equityGrant: 100_000, vesting: VESTING_PRESETS['even-4y'] });
    expect(yearlyTotals(offer, years)).toEqual(expected);
  });

  it('adds every component as specified', () => {
    const offer = terms({
      base: 180_000,
      bonusPercent: 10,
      signOn: 20_000,
      relocation: 5_000,
      equityGrant: 200_000,
      vesting: VESTING_PRESETS['back-weighted'],
    });
    expect(yearlyTotals(offer)).toEqual([
      180_000 + 18_000 + 10_000 + 25_000,
      180_000 + 18_000 + 30_000,
      180_000 + 18_000 + 80_000,
      180_000 + 18_000 + 80_000,
    ]);
  });
});

describe('yearlyBreakdown and summarise', () => {
  const offer = terms({
    base: 150_000,
    bonusPercent: 10,
    signOn: 10_000,
    relocation: 5_000,
    equityGrant: 40_000,
    vesting: VESTING_PRESETS['even-4y'],
  });

  it('splits each year by source', () => {
    expect(yearlyBreakdown(offer, 2)).toEqual([
      { year: 1, base: 150_000, bonus: 15_000, equity: 10_000, oneTime: 15_000, total: 190_000 },
      { year: 2, base: 150_000, bonus: 15_000, equity: 10_000, oneTime: 0, total: 175_000 },
    ]);
  });

  it('summarises total, average and guaranteed year 1', () => {
    const summary = summarise(offer);
    expect(summary.years).toHaveLength(4);
    expect(summary.total).toBe(190_000 + 3 * 175_000);
    expect(summary.average).toBe((190_000 + 3 * 175_000) / 4);
    expect(summary.guaranteedYear1).toBe(165_000);
  });

  it('averages to 0 over zero years instead of NaN', () => {
    expect(summarise(offer, 0)).toMatchObject({ total: 0, average: 0 });
  });
});

describe('compareOffers', () => {
  it('reports counter − offer in money and percent', () => {
    const offer = terms({ base: 100_000 });
    const counter = terms({ base: 110_000, signOn: 20_000 });
    const comparison = compareOffers(offer, counter);
    expect(comparison.difference).toBe(60_000);
    expect(comparison.percent).toBeCloseTo(15, 10);
    expect(comparison.offer.total).toBe(400_000);
    expect(comparison.counter.total).toBe(460_000);
  });

  it('gives a negative difference when the counter is lower', () => {
    const comparison = compareOffers(terms({ base: 100_000 }), terms({ base: 90_000 }), 1);
    expect(comparison.difference).toBe(-10_000);
    expect(comparison.percent).toBeCloseTo(-10, 10);
  });

  it('has no percent when the offer totals 0', () => {
    const comparison = compareOffers(terms(), terms({ base: 1 }));
    expect(comparison.percent).toBeNull();
    expect(comparison.difference).toBe(4);
  });
});
