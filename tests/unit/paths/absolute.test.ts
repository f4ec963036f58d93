import { describe, expect, it } from 'vitest';
import { absoluteUrl, sitePathUrl } from '../../../src/lib/paths/absolute.ts';

describe('sitePathUrl', () => {
  it.each([
    ['/tools/take-the-call/', 'https://news.example/', 'https://news.example/tools/take-the-call/'],
    [
      '/tools/take-the-call/',
      'https://x.example/newsletter/',
      'https://x.example/newsletter/tools/take-the-call/',
    ],
    ['/newsletter/tools/x/', 'https://x.example/newsletter/', 'https://x.example/newsletter/tools/x/'],
    ['/tools/x/', 'https://x.example/newsletter', 'https://x.example/newsletter/tools/x/'],
    ['https://elsewhere.example/t/', 'https://x.example/', 'https://elsewhere.example/t/'],
  ])('%s under %s → %s', (path, root, expected) => {
    expect(sitePathUrl(path, root)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/rss.xml', 'https://news.example', '/', 'https://news.example/rss.xml'],
    ['/issues/57/', 'https://x.example/', '/newsletter/', 'https://x.example/newsletter/issues/57/'],
    ['/', 'https://x.example', '/newsletter/', 'https://x.example/newsletter/'],
  ])('%s at %s under %s → %s', (path, site, base, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });

  it('names the setting to fix when the site URL is missing', () => {
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/set `url` in src\/site.config.ts or SITE_URL/);
  });
});
