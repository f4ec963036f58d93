import { describe, expect, it } from 'vitest';
import { detectSource, readSource } from '../../../src/lib/import/detect.ts';
import { filesFromMap, filesFromZip } from '../../../src/lib/import/files.ts';
import type { SourceFiles } from '../../../src/lib/import/model.ts';
import {
  atomFeed,
  buttondownExport,
  ghostExport,
  markdownFolder,
  rssFeed,
  substackExport,
  zipOf,
} from '../../fixtures/import/exports.ts';

const encode = (files: Record<string, string | Uint8Array>) =>
  new Map(
    Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? new TextEncoder().encode(c) : c]),
  );

const folder = (files: Record<string, string | Uint8Array>): SourceFiles =>
  filesFromMap('export', encode(files));

const single = (name: string, text: string): SourceFiles => folder({ [name]: text });

describe('detectSource', () => {
  it.each([
    ['a Substack folder', folder(substackExport()), 'substack'],
    ['a Substack zip wrapped in a folder', filesFromZip('s.zip', zipOf(substackExport())), 'substack'],
    ['a Buttondown folder', folder(buttondownExport()), 'buttondown'],
    ['a Buttondown zip', filesFromZip('b.zip', zipOf(buttondownExport(), 'buttondown-export')), 'buttondown'],
    ['a Ghost JSON file', single('ghost.json', ghostExport()), 'ghost'],
    ['an RSS feed', single('feed.xml', rssFeed()), 'rss'],
    ['an Atom feed', single('atom.xml', atomFeed()), 'atom'],
    ['a Markdown folder', folder(markdownFolder()), 'markdown'],
  ])('%s', (_name, files, kind) => {
    expect(detectSource(files).kind).toBe(kind);
  });

  it('names the kinds it knows when it knows none', () => {
    expect(() => detectSource(single('notes.txt', 'hello'))).toThrow(
      'export is not an export the import knows. Give it an RSS or Atom feed file, a Substack export',
    );
  });
});

describe('readSource', () => {
  it('reads a Substack export: ids, subtitles, drafts, old paths', () => {
    const { posts, failures } = readSource(folder(substackExport(3)), 'https://old.substack.example');
    expect(failures).toEqual([]);
    expect(posts.map((p) => [p.id, p.title, p.subtitle, p.date, p.draft, p.url])).toEqual([
      [
        '1001.post-1',
        'Post number 1',
        'Subtitle 1',
        '2024-01-05T13:30:00Z',
        false,
        'https://old.substack.example/p/post-1',
      ],
      [
        '1002.post-2',
        'Issue #12: Ask for more, kindly',
        'Subtitle 2',
        '2024-02-05T13:30:00Z',
        false,
        'https://old.substack.example/p/post-2',
      ],
      [
        '1003.post-3',
        'Post number 3',
        'Subtitle 3',
        '2024-03-05T13:30:00Z',
        true,
        'https://old.substack.example/p/post-3',
      ],
    ]);
  });

  it('reports a Substack row whose body file is missing, and reads the rest', () => {
    const files = substackExport(2);
    delete files['posts/1001.post-1.html'];
    const { posts, failures } = readSource(folder(files));
    expect(posts.map((p) => p.id)).toEqual(['1002.post-2']);
    expect(failures).toEqual([
      {
        position: 'posts.csv row 2',
        title: 'Post number 1',
        message: 'posts/1001.post-1.html is missing from the export.',
      },
    ]);
  });

  it('reads RSS: guid, RFC 822 date with its zone, categories, summary', () => {
    const [post] = readSource(single('feed.xml', rssFeed(1))).posts;
    expect(post).toMatchObject({
      kind: 'rss',
      id: 'feed-1',
      title: '#1 – Feed post 1',
      date: '2024-10-01T08:30:00-04:00',
      tags: ['Negotiation', 'Salary'],
      description: 'Summary of feed post 1.',
      url: 'https://old.example.invalid/posts/feed-1',
      draft: false,
    });
    expect('html' in post!.body && post!.body.html).toContain('<h1>Heading 1</h1>');
  });

  it('reads Atom: id, zone kept, category terms, alternate link', () => {
    const [post] = readSource(single('atom.xml', atomFeed(1))).posts;
    expect(post).toMatchObject({
      kind: 'atom',
      id: 'urn:atom:1',
      title: 'No. 1: Atom post',
      date: '2024-11-01T09:00:00+01:00',
      tags: ['offers'],
      url: 'https://old.example.invalid/atom/1/',
    });
  });

  it('reports a feed item without a title and keeps the others', () => {
    const xml = rssFeed(2).replace('<title>#1 – Feed post 1</title>', '');
    const { posts, failures } = readSource(single('feed.xml', xml));
    expect(posts).toHaveLength(1);
    expect(failures).toEqual([{ position: 'item 1', title: undefined, message: 'The item has no <title>.' }]);
  });

  it('reads Buttondown: its own issue number, JSON tags, Markdown bodies, drafts', () => {
    const { posts } = readSource(folder(buttondownExport()));
    expect(posts.map((p) => [p.id, p.number, p.tags, p.draft, p.date, p.url, 'markdown' in p.body])).toEqual([
      ['b1', 21, ['salary'], false, '2024-05-01T10:00:00Z', '/archive/raise-season/', true],
      ['b2', undefined, [], true, undefined, '/archive/wip/', true],
    ]);
  });

  it('reads Ghost: posts only, tags without internal ones, the custom excerpt', () => {
    const { posts } = readSource(single('ghost.json', ghostExport()));
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      id: 'uuid-g1',
      tags: ['Career'],
      description: 'What the Ghost post is about.',
      url: '/ghost-post/',
      draft: false,
    });
  });

  it('reads a Markdown folder: frontmatter under its common names, MDX imports dropped, README skipped', () => {
    const { posts } = readSource(folder(markdownFolder()));
    expect(posts.map((p) => [p.id, p.title, p.date, p.tags, p.draft, p.url, p.folder])).toEqual([
      [
        'posts/first.md',
        'Issue 5 — Markdown post',
        '2023-03-01',
        ['Offers', 'vesting'],
        false,
        '/old/first/',
        'posts',
      ],
      ['posts/second.mdx', 'Draft post', '2023-04-01', [], true, undefined, 'posts'],
    ]);
    expect(posts[1]!.body).toEqual({ markdown: 'Draft body.\n' });
  });
});
