import { describe, expect, it } from 'vitest';
import { isSitemapPage, robotsTxt } from '../../../src/lib/syndication/discovery.ts';

describe('isSitemapPage', () => {
  it.each([
    ['https://news.example/', true],
    ['https://news.example/issues/57/', true],
    ['https://news.example/newsletter/topics/offers/', true],
    ['https://news.example/rss.xml', false],
    ['https://news.example/feed.json', false],
    ['https://news.example/og/57.png', false],
    ['https://news.example/robots.txt', false],
    ['https://news.example/404/', false],
    ['https://news.example/issues/57/email/', false],
    ['https://news.example/newsletter/issues/57/email/', false],
  ])('%s → %s', (url, expected) => {
    expect(isSitemapPage(url)).toBe(expected);
  });
});

describe('robotsTxt', () => {
  it('allows everything and points to the sitemap', () => {
    expect(robotsTxt('https://x.example/newsletter/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.example/newsletter/sitemap-index.xml\n',
    );
  });
});
