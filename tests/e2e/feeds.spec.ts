import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { site } from '../../src/site.config.ts';
import { builtPages } from './site-pages.ts';

const origin = new URL(site.url).origin;

/** The path on the test server of an absolute URL on the configured site. */
function localPath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, `${url} is on the site`).toBe(origin);
  return `${parsed.pathname}${parsed.search}`;
}

/** Every URL an HTML fragment links to or loads. */
function urlsIn(html: string): string[] {
  const $ = load(html, null, false);
  const urls: string[] = [];
  $('[href], [src], [srcset], [poster], [cite], [action]').each((_, element) => {
    for (const name of ['href', 'src', 'poster', 'cite', 'action']) {
      const value = element.attribs[name];
      if (value !== undefined) urls.push(value);
    }
    const srcset = element.attribs['srcset'];
    if (srcset) urls.push(...srcset.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  });
  return urls;
}

function expectAbsolute(urls: readonly string[], where: string): void {
  for (const url of urls) expect(url, `${where}: ${url}`).toMatch(/^(https?:\/\/[^/]|mailto:)/);
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type RssItem = Record<string, unknown> & { title: string; link: string; 'content:encoded': string };

test.describe('RSS', () => {
  test('lists every published issue, newest first, with full, safe, absolute content', async ({
    request,
  }) => {
    const response = await request.get('/rss.xml');
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as {
      rss: { '@_version': string; channel: Record<string, unknown> & { item: RssItem | RssItem[] } };
    };
    expect(parsed.rss['@_version']).toBe('2.0');
    const { channel } = parsed.rss;
    expect(channel['title']).toBe(site.name);
    expect(channel['link']).toBe(`${origin}/`);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${origin}/rss.xml`, '@_rel': 'self' });

    const items = [channel.item].flat();
    const issuePages = builtPages().filter((path) => /^\/issues\/\d+\/$/.test(path));
    expect(items).toHaveLength(issuePages.length);
    expect(items.map((item) => localPath(item.link)).sort()).toEqual([...issuePages].sort());

    const dates = items.map((item) => Date.parse(String(item['pubDate'])));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);

    for (const item of items) {
      expect(item.title).toMatch(/^#\d+: \S/);
      expect(item.link).toMatch(/^https?:\/\//);
      expect(item['guid']).toMatchObject({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(String(item['description']).length).toBeGreaterThan(0);
      const content = item['content:encoded'];
      expect(content.length).toBeGreaterThan(200);
      expect(content).not.toMatch(/<script/i);
      expect(content).not.toMatch(/\son[a-z]+=/i);
      expectAbsolute(urlsIn(content), item.title);
    }
    expect(xml).not.toMatch(/&lt;script/i);

    const issue57 = items.find((item) => item.link === `${origin}/issues/57/`);
    expect(issue57?.title).toBe('#57: Quick Tip – Always Discuss the Job Offer');
    expect(issue57?.['content:encoded']).toContain(
      'Careers are fluid, and you never know what might happen.',
    );
    // Categories use the topic list's names, one spelling per topic, as the site's pages do.
    expect([issue57?.['category']].flat()).toEqual(['Negotiation', 'Offers', 'Career']);
  });

  test('replaces each widget of an issue with a note linking to it on the website', async ({ request }) => {
    const xml = await text(request, '/rss.xml');
    const items = [
      (
        new XMLParser({ parseTagValue: false }).parse(xml) as {
          rss: { channel: { item: RssItem | RssItem[] } };
        }
      ).rss.channel.item,
    ].flat();
    for (const item of items) {
      const $page = load(await text(request, localPath(item.link)));
      const widgets = $page('.issue-body [data-widget]').toArray();
      const $content = load(item['content:encoded'], null, false);
      expect(
        $content('[data-widget], astro-island, form, input, button, select, textarea').length,
        item.title,
      ).toBe(0);
      for (const widget of widgets) {
        const id = widget.attribs['id'] ?? '';
        const title = widget.attribs['data-widget-title'] ?? '';
        const anchor = `${item.link}#${id}`;
        expect($page(`[id="${id}"]`).length, `${anchor} exists`).toBe(1);
        const note = $content(`a[href="${anchor}"]`).parent();
        expect(note.text()).toContain(`${title}: `);
        expect(note.text()).toContain(`Use it on the website: ${anchor}`);
      }
    }
  });
});

test.describe('JSON Feed', () => {
  test('has the JSON Feed 1.1 fields, the same items as RSS, and absolute URLs', async ({ request }) => {
    const response = await request.get('/feed.json');
    expect(response.headers()['content-type']).toContain('json');
    const feed = (await response.json()) as {
      version: string;
      title: string;
      home_page_url: string;
      feed_url: string;
      items: { id: string; url: string; title: string; content_html: string; date_published: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(site.name);
    expect(feed.home_page_url).toBe(`${origin}/`);
    expect(feed.feed_url).toBe(`${origin}/feed.json`);

    const rss = await text(request, '/rss.xml');
    const rssLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]).slice(1);
    expect(feed.items.map((item) => item.url)).toEqual(rssLinks);

    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.url).toMatch(/^https?:\/\//);
      expect(item.title).toMatch(/^#\d+: \S/);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(item.content_html).not.toMatch(/<script/i);
      expectAbsolute(urlsIn(item.content_html), item.title);
    }
  });
});

test.describe('every page', () => {
  test('announces the feeds and describes itself to link previews', async ({ request }) => {
    const pages = builtPages();
    expect(pages).toContain('/issues/57/');
    for (const path of pages) {
      await test.step(path, async () => {
        const $ = load(await text(request, path));
        const meta = (key: string) =>
          $(`meta[property="${key}"], meta[name="${key}"]`)
            .map((_, element) => element.attribs['content'])
            .get();
        const one = (key: string) => {
          const values = meta(key);
          expect.soft(values, `${path}: ${key}`).toHaveLength(1);
          return values[0] ?? '';
        };

        expect
          .soft($('link[rel="alternate"][type="application/rss+xml"]').attr('href'))
          .toBe(`${origin}/rss.xml`);
        expect
          .soft($('link[rel="alternate"][type="application/feed+json"]').attr('href'))
          .toBe(`${origin}/feed.json`);
        const canonical = $('link[rel="canonical"]').attr('href') ?? '';
        expect.soft(canonical).toMatch(/^https?:\/\//);

        expect.soft(one('description').length).toBeGreaterThan(0);
        expect.soft(one('og:site_name')).toBe(site.name);
        expect.soft(one('og:title').length).toBeGreaterThan(0);
        expect.soft(one('og:description')).toBe(one('description'));
        expect.soft(one('og:url')).toBe(canonical);
        expect.soft(one('og:type')).toBe(/^\/issues\/\d+\/$/.test(path) ? 'article' : 'website');
        expect.soft(one('og:image')).toMatch(/^https?:\/\/.+\.png$/);
        expect.soft(one('og:image:width')).toBe('1200');
        expect.soft(one('og:image:height')).toBe('630');
        expect.soft(one('og:image:alt').length).toBeGreaterThan(0);
        expect.soft(one('twitter:card')).toBe('summary_large_image');
        expect.soft(one('twitter:title')).toBe(one('og:title'));
        expect.soft(one('twitter:image')).toBe(one('og:image'));
      });
    }
  });

  test('points to share images that are 1200×630 PNGs', async ({ request }) => {
    const images = new Set<string>();
    for (const path of builtPages()) {
      const $ = load(await text(request, path));
      images.add($('meta[property="og:image"]').attr('content') ?? '');
    }
    expect(images).toContain(`${origin}/og/57.png`);
    expect(images).toContain(`${origin}/og/default.png`);
    for (const image of images) {
      const response = await request.get(localPath(image));
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
    }
  });
});

test('issue #57 carries its structured data: the issue and its breadcrumbs', async ({ request }) => {
  const $ = load(await text(request, '/issues/57/'));
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  const raw = scripts.html() ?? '';
  expect(raw).not.toContain('<');
  const data = JSON.parse(raw) as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(data['@context']).toBe('https://schema.org');
  const issue = data['@graph'].find((node) => node['@type'] === 'PublicationIssue');
  expect(issue).toMatchObject({
    issueNumber: '57',
    name: 'Quick Tip – Always Discuss the Job Offer',
    datePublished: '2026-11-25',
    url: `${origin}/issues/57/`,
    image: `${origin}/og/57.png`,
    author: { name: site.author.name },
    publisher: { '@type': 'Organization', name: site.name },
    isPartOf: { '@type': 'Periodical', name: site.name },
  });
  expect(String(issue?.['description'])).toMatch(/^Declined an offer/);
  const trail = data['@graph'].find((node) => node['@type'] === 'BreadcrumbList') as {
    itemListElement: { position: number; name: string; item: string }[];
  };
  expect(trail.itemListElement.map(({ position, name, item }) => [position, name, item])).toEqual([
    [1, 'Home', `${origin}/`],
    [2, 'Issues', `${origin}/issues/`],
    [3, 'Issue #57', `${origin}/issues/57/`],
  ]);
});

test('the sitemap lists exactly the published pages, and robots.txt points to it', async ({ request }) => {
  const robots = await text(request, '/robots.txt');
  expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);

  const parser = new XMLParser();
  const index = parser.parse(await text(request, '/sitemap-index.xml')) as {
    sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  };
  const listed: string[] = [];
  for (const { loc } of [index.sitemapindex.sitemap].flat()) {
    const sitemap = parser.parse(await text(request, localPath(loc))) as {
      urlset: { url: { loc: string } | { loc: string }[] };
    };
    listed.push(...[sitemap.urlset.url].flat().map((url) => localPath(url.loc)));
  }
  const expected = builtPages().filter((path) => path !== '/404.html');
  expect(listed.sort()).toEqual(expected);
  expect(listed.some((path) => path.endsWith('/email/'))).toBe(false);
});
