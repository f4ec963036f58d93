import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collectTopics,
  hasTopic,
  parseTopicNames,
  topicNameIn,
  topicSlug,
  topicSpellingProblems,
} from '../../../src/lib/content/topics.ts';

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

describe('topic names and spellings: issue 15, case 12', () => {
  const names = parseTopicNames({ negotiation: 'Negotiation' }, 'content/topics.yaml');

  it('fails for two spellings of one slug, naming both files', () => {
    const problems = topicSpellingProblems(
      [
        { filePath: 'content/issues/001-a.mdx', topics: ['Career'] },
        { filePath: 'content/issues/002-b.mdx', topics: ['career', 'negotiation'] },
        { filePath: 'content/issues/003-c.mdx', topics: ['CAREER!', 'Negotiation'] },
      ],
      names,
    );
    expect(problems).toEqual([
      'The topic "career" is spelled 3 ways: "Career" in content/issues/001-a.mdx; "career" in content/issues/002-b.mdx; "CAREER!" in content/issues/003-c.mdx. Use one spelling in every issue, or name it once in content/topics.yaml (`career: Career`).',
    ]);
  });

  it('maps any spelling through the author’s list, with its display name', () => {
    expect(topicSpellingProblems([{ filePath: 'a', topics: ['negotiation', 'NEGOTIATION'] }], names)).toEqual([]);
    expect(collectTopics([{ topics: ['negotiation'] }, { topics: ['NEGOTIATION'] }], names)).toEqual([
      { slug: 'negotiation', name: 'Negotiation', count: 2 },
    ]);
    expect(topicNameIn(names, 'negotiation')).toBe('Negotiation');
    expect(topicNameIn(names, 'offers', 'offers')).toBe('offers');
  });

  it.each([
    [{ 'Big Topic': 'x' }, /"Big Topic" is not a topic slug\. Write it as "big-topic"/],
    [{ career: '' }, /the topic "career" needs a name/],
    [['career'], /write one topic per line/],
  ])('refuses a topic list like %j, naming the file', (data, message) => {
    expect(() => parseTopicNames(data, 'content/topics.yaml')).toThrow(message);
    expect(() => parseTopicNames(data, 'content/topics.yaml')).toThrow(/^content\/topics\.yaml: /);
  });
});
