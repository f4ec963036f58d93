import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectTopics, hasTopic, topicSlug } from '../../../src/lib/content/topics.ts';

describe('topicSlug', () => {
  it.each([
    ['negotiation', 'negotiation'],
    ['Job Offers', 'job-offers'],
    ['  career  ', 'career'],
    ['Salary & Equity', 'salary-and-equity'],
    ['Résumé tips', 'resume-tips'],
    ['C++ / Rust', 'c-rust'],
    ['--weird--', 'weird'],
    ['2026 plans', '2026-plans'],
    ['日本', '日本'],
    ['Gehalt & Bonus', 'gehalt-and-bonus'],
  ])('%j → %j', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('only ever yields letters, digits and single inner hyphens, never capitals', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const slug = topicSlug(name);
        expect(slug).toMatch(/^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u);
        expect(slug).toBe(slug.toLowerCase());
      }),
    );
  });

  it('is empty only for a name without a letter or digit, which the schema refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        if (/[\p{L}\p{N}]/u.test(name.normalize('NFKD').replace(/\p{M}/gu, ''))) expect(topicSlug(name)).not.toBe('');
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(topicSlug(topicSlug(name))).toBe(topicSlug(name));
      }),
    );
  });
});

describe('collectTopics', () => {
  it('counts issues per topic, most used first, then by name', () => {
    const topics = collectTopics([
      { topics: ['offers', 'career'] },
      { topics: ['Offers', 'negotiation'] },
      { topics: ['career', 'offers'] },
    ]);
    expect(topics).toEqual([
      { slug: 'offers', name: 'offers', count: 3 },
      { slug: 'career', name: 'career', count: 2 },
      { slug: 'negotiation', name: 'negotiation', count: 1 },
    ]);
  });

  it('counts an issue once even if it names a topic twice', () => {
    expect(collectTopics([{ topics: ['career', 'Career'] }])).toEqual([{ slug: 'career', name: 'career', count: 1 }]);
  });

  it('is empty for no issues', () => {
    expect(collectTopics([])).toEqual([]);
  });
});

describe('hasTopic', () => {
  it.each([
    [['Job Offers'], 'job-offers', true],
    [['career'], 'offers', false],
    [[], 'career', false],
  ])('%j has %s: %s', (topics, slug, expected) => {
    expect(hasTopic({ topics }, slug)).toBe(expected);
  });
});
