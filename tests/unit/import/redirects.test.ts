import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import {
  HOST_REDIRECT_LIMIT,
  mergeRedirects,
  oldPath,
  parseRedirects,
  RESERVED_SEGMENTS,
  redirectsFile,
} from '../../../src/lib/import/redirects.ts';

const issuePath = (n: number) => `/issues/${n}/`;

describe('redirects', () => {
  it.each([
    ['https://x.substack.com/p/ask?utm=1', '/p/ask/'],
    ['/archive/raise/', '/archive/raise/'],
    ['https://old.example/2024/03/post.html', '/2024/03/post.html'],
    ['https://old.example/posts/index.html', '/posts/'],
    ['https://old.example/', undefined],
    ['/issues/12/', undefined],
    ['/about/', undefined],
    ['/a/../b', '/b/'],
    ['/a b/', undefined],
    [undefined, undefined],
  ])('%j → %j', (url, path) => {
    expect(oldPath(url)).toBe(path);
  });

  it('keeps the author’s own lines in _redirects and replaces its own block', () => {
    const first = redirectsFile('/old /new 301\n', [], [{ from: '/p/a/', to: 1 }], issuePath);
    const second = redirectsFile(
      first,
      [{ from: '/p/a/', to: 1 }],
      mergeRedirects([{ from: '/p/a/', to: 1 }], [{ from: '/p/b/', to: 2 }]),
      issuePath,
    );
    expect(second).toBe(
      '/old /new 301\n\n# Begin: written by npm run import (edit outside these lines)\n/p/a/ /issues/1/ 301\n/p/b/ /issues/2/ 301\n# End: written by npm run import\n',
    );
  });

  it.each([
    [
      'its End line deleted',
      (text: string) => text.replace('# End: written by npm run import\n', '/mine /x 301\n'),
      /the import's marker lines were edited \(1 Begin, 0 End\)/,
    ],
    ['its Begin line deleted', (text: string) => text.replace(/# Begin.*\n/, ''), /\(0 Begin, 1 End\)/],
    [
      'a line of the author’s inside',
      (text: string) => text.replace('/p/a/ /issues/1/ 301', '/p/a/ /issues/1/ 301\n/mine /x 301'),
      /^public\/_redirects:3: the lines between the import's markers were edited by hand/,
    ],
  ])('refuses a block with %s, rather than losing the author’s lines', (_case, edit, message) => {
    const first = redirectsFile('/old /new 301\n', [], [{ from: '/p/a/', to: 1 }], issuePath);
    expect(() =>
      redirectsFile(edit(first), [{ from: '/p/a/', to: 1 }], [{ from: '/p/a/', to: 1 }], issuePath),
    ).toThrow(message);
  });

  it('refuses more rules than Cloudflare Pages reads, counting the author’s', () => {
    const many = Array.from({ length: HOST_REDIRECT_LIMIT }, (_, i) => ({ from: `/p/${i}/`, to: i + 1 }));
    expect(redirectsFile('', [], many, issuePath)).toContain('/p/1999/');
    expect(() => redirectsFile('/old /new 301\n', [], many, issuePath)).toThrow(
      'public/_redirects would hold 2001 redirect rules, and Cloudflare Pages reads only the first 2000.',
    );
  });

  it('reserves every first segment of src/pages and public/', () => {
    const names = [...readdirSync('src/pages'), ...readdirSync('public')]
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(?:astro|ts)$/, ''));
    for (const name of names) expect(RESERVED_SEGMENTS, name).toContain(name);
    expect(
      ['/tips-filter.css', '/search/topics.json', '/tips/2/', '/_redirects'].map((p) => oldPath(p)),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads back only well-formed entries', () => {
    expect(
      parseRedirects('[{"from":"/p/a/","to":1},{"from":"/issues/2/","to":2},{"from":"/x/","to":"3"}]'),
    ).toEqual([{ from: '/p/a/', to: 1 }]);
    expect(parseRedirects('not json')).toEqual([]);
  });
});
