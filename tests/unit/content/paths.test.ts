import { describe, expect, it } from 'vitest';
import { issuePath, joinBase, topicPath, withBase, tipTopicPagePath, topicPagePath, yearPath } from '../../../src/lib/content/paths.ts';

describe('joinBase', () => {
  it.each([
    ['/', '/issues/57/', '/issues/57/'],
    ['/newsletter/', '/issues/57/', '/newsletter/issues/57/'],
    ['/newsletter', '/', '/newsletter/'],
    ['/newsletter/', 'topics/', '/newsletter/topics/'],
    ['', '/', '/'],
  ])('base %j + %j → %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('builds issue and topic paths', () => {
    expect(issuePath(57)).toBe('/issues/57/');
    expect(topicPath('negotiation')).toBe('/topics/negotiation/');
  });
});

describe('withBase', () => {
  it.each([
    ['/issues/12/', '/newsletter/', '/newsletter/issues/12/'],
    ['/issues/12/#tip', '/newsletter/', '/newsletter/issues/12/#tip'],
    ['/newsletter/issues/12/', '/newsletter/', '/newsletter/issues/12/'],
    ['/newsletter', '/newsletter/', '/newsletter'],
    ['/newsletters/', '/newsletter/', '/newsletter/newsletters/'],
    ['/issues/12/', '/', '/issues/12/'],
    ['https://example.com/a', '/newsletter/', 'https://example.com/a'],
    ['//cdn.example/x.png', '/newsletter/', '//cdn.example/x.png'],
    ['#why', '/newsletter/', '#why'],
    ['../x/', '/newsletter/', '../x/'],
    ['mailto:a@b.c', '/newsletter/', 'mailto:a@b.c'],
  ])('%j under %j → %j', (url, base, expected) => {
    expect(withBase(url, base)).toBe(expected);
  });
});

describe('archive and topic page paths', () => {
  it.each([
    ['negotiation', 1, '/topics/negotiation/'],
    ['negotiation', 0, '/topics/negotiation/'],
    ['negotiation', 2, '/topics/negotiation/2/'],
    ['日本', 12, '/topics/日本/12/'],
  ])('topic %j, page %i → %j', (slug, page, expected) => {
    expect(topicPagePath(slug, page)).toBe(expected);
  });

  it('the first topic page is the topic page itself', () => {
    expect(topicPagePath('offers', 1)).toBe(topicPath('offers'));
  });

  it.each([
    ['negotiation', 1, '/tips/negotiation/'],
    ['negotiation', 3, '/tips/negotiation/3/'],
  ])('tips of topic %j, page %i → %j', (slug, page, expected) => {
    expect(tipTopicPagePath(slug, page)).toBe(expected);
  });

  it.each([
    [2026, '/issues/year/2026/'],
    [1999, '/issues/year/1999/'],
  ])('year %i → %j', (year, expected) => {
    expect(yearPath(year)).toBe(expected);
  });
});
