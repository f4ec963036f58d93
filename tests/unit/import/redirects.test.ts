import { describe, expect, it } from 'vitest';
import { mergeRedirects, oldPath, parseRedirects, redirectsFile } from '../../../src/lib/import/redirects.ts';

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
    const first = redirectsFile('/old /new 301\n', [{ from: '/p/a/', to: 1 }], (n) => `/issues/${n}/`);
    const second = redirectsFile(
      first,
      mergeRedirects([{ from: '/p/a/', to: 1 }], [{ from: '/p/b/', to: 2 }]),
      (n) => `/issues/${n}/`,
    );
    expect(second).toBe(
      '/old /new 301\n\n# Begin: written by npm run import (edit outside these lines)\n/p/a/ /issues/1/ 301\n/p/b/ /issues/2/ 301\n# End: written by npm run import\n',
    );
  });

  it('reads back only well-formed entries', () => {
    expect(
      parseRedirects('[{"from":"/p/a/","to":1},{"from":"/issues/2/","to":2},{"from":"/x/","to":"3"}]'),
    ).toEqual([{ from: '/p/a/', to: 1 }]);
    expect(parseRedirects('not json')).toEqual([]);
  });
});
