import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderShareCard } from '../../../src/share-cards/render.ts';
import { issueCardContent } from '../../../src/lib/share-card/card.ts';
import {
  FALLBACKS,
  SANS,
  missingGlyphsWarning,
  parseUnicodeRange,
  plan,
  visibleCodePoints,
} from '../../../src/lib/share-card/fonts.ts';

const require = createRequire(import.meta.url);
const unicodeJson = (folder: string) =>
  folder.startsWith('@')
    ? require.resolve(`${folder}/unicode.json`)
    : join(process.cwd(), folder, 'unicode.json');
const coverage = [SANS, ...FALLBACKS].map((source) => {
  const json = JSON.parse(readFileSync(unicodeJson(source.folder), 'utf8')) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(json).map(([subset, ranges]) => [subset, parseUnicodeRange(ranges)]),
  );
});

afterEach(() => vi.restoreAllMocks());

describe('share-card fonts: issue 15, case 10 (no "NO GLYPH" boxes, and a warning when one is left)', () => {
  it.each([
    [
      'U+0460-052F,U+20B4',
      [
        [0x460, 0x52f],
        [0x20b4, 0x20b4],
      ],
    ],
    ['U+4??', [[0x400, 0x4ff]]],
    [' U+0041 ', [[0x41, 0x41]]],
  ])('reads the unicode-range %s', (text, ranges) => {
    expect(parseUnicodeRange(text)).toEqual(ranges);
  });

  it.each([
    [
      'Latin only: Source Sans 3, nothing more',
      'Always Discuss the Job Offer – “now”',
      [['latin'], [], [], []],
    ],
    ['Chinese', '如何谈薪', [[], [], [], ['some']]],
    ['Arabic', 'تفاوض', [[], ['arabic'], [], []]],
    ['emoji', 'Offer 🎉', [['latin'], [], ['some'], []]],
  ])('%s loads only the subsets it needs', (_label, title, expected) => {
    const { subsets, missing } = plan(title, coverage);
    expect(missing).toEqual([]);
    expect(subsets.map((list) => list.length > 0)).toEqual(expected.map((list) => list.length > 0));
    expect(subsets[0]).toEqual(expected[0]);
  });

  // The fallbacks are kept in the project, only the files cards draw with: each subset a
  // fallback lists must be there, or a title in that script would draw as boxes.
  it.each(FALLBACKS.map((source) => [source.family, source] as const))(
    '%s has a file for every subset it lists',
    (_, source) => {
      const subsets = Object.keys(JSON.parse(readFileSync(unicodeJson(source.folder), 'utf8')) as object);
      expect(subsets.length).toBeGreaterThan(0);
      const absent = subsets.flatMap((subset) =>
        source.weights.map((weight) => source.file(subset, weight)).filter((file) => !existsSync(file)),
      );
      expect(absent).toEqual([]);
    },
  );

  it('finds what no font covers', () => {
    expect(plan('Hi 𓀀', coverage).missing).toEqual(['𓀀']);
    expect(visibleCodePoints('a b\u200d\ufe0f a')).toEqual([0x61, 0x62]);
  });

  it('warns naming the card and each missing character, and only then', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = (title: string) =>
      issueCardContent('Career Quick Tips', 'careerquicktips.example', { number: 60, title });
    await renderShareCard(card('谈薪 – مفاوضة 🎉'));
    expect(warn).not.toHaveBeenCalled();
    await renderShareCard(card('Hieroglyphs 𓀀'));
    expect(warn).toHaveBeenCalledWith(missingGlyphsWarning('Issue #60', 'Hieroglyphs 𓀀', ['𓀀']));
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^Share card for Issue #60 \("Hieroglyphs 𓀀"\): no font covers 𓀀 \(U\+13000\)/,
    );
  });

  // Before the fallbacks, both came out as the same two boxes.
  it('draws a Chinese title with glyphs, not as one repeated box', async () => {
    const card = (title: string) =>
      issueCardContent('Career Quick Tips', 'careerquicktips.example', { number: 61, title });
    // Two different titles in the same script give different images only if their glyphs are drawn.
    const [a, b] = await Promise.all([renderShareCard(card('谈薪')), renderShareCard(card('加薪'))]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
