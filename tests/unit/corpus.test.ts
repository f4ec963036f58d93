import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../fixtures/corpus.ts';
import { issueSchema } from '../../src/schemas/issue.ts';
import { collectTips } from '../../src/lib/tips/collect.ts';
import { countWords } from '../../src/lib/content/reading-time.ts';

describe('the synthetic corpus', () => {
  const files = generateCorpus({ count: 40, seed: 7, plant: [13, 'zygomorphic'], draftEvery: 10 });

  it('is the same bytes for the same seed, and different for another', () => {
    expect(generateCorpus({ count: 40, seed: 7, plant: [13, 'zygomorphic'], draftEvery: 10 })).toEqual(files);
    expect(generateCorpus({ count: 40, seed: 8 })[0]?.content).not.toBe(files[0]?.content);
  });

  it('writes valid issues of 400 to 900-odd words with valid tips', () => {
    for (const file of files) {
      const [, frontmatter = '', body = ''] = file.content.split(/^---$/m);
      expect(issueSchema.safeParse(parse(frontmatter)).success, file.name).toBe(true);
      expect(() => collectTips(body, file.name)).not.toThrow();
      const words = countWords(body);
      expect(words, file.name).toBeGreaterThanOrEqual(380);
      expect(words, file.name).toBeLessThanOrEqual(1100);
    }
  });

  it('embeds each widget in about one issue in ten, marks drafts, and plants the word once', () => {
    expect(files.filter((f) => f.content.includes('<TakeTheCallWidget />'))).toHaveLength(4);
    expect(files.filter((f) => f.content.includes('<CounterofferWidget />'))).toHaveLength(4);
    expect(files.filter((f) => f.draft).map((f) => f.number)).toEqual([10, 20, 30, 40]);
    expect(files.filter((f) => f.content.includes('zygomorphic')).map((f) => f.number)).toEqual([13]);
  });
});
