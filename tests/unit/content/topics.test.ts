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
  ])('%j → %j', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
  });

  it('only ever yields lower-case letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(topicSlug(name)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
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
