import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBase, withBase, withoutBase } from '../../../src/lib/paths/base.ts';

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

describe('withoutBase', () => {
  it.each([
    ['/newsletter/tools/', '/newsletter/', '/tools/'],
    ['/newsletter/', '/newsletter/', '/'],
    ['/tools/', '/', '/tools/'],
    ['/', '/', '/'],
  ])('%j under %j → %j', (pathname, base, expected) => {
    expect(withoutBase(pathname, base)).toBe(expected);
  });

  it('takes off exactly what joinBase adds', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 4 }), (base, path) => {
        const basePath = base.length ? `/${base.join('/')}/` : '/';
        const sitePath = path.length ? `/${path.join('/')}/` : '/';
        expect(withoutBase(joinBase(basePath, sitePath), basePath)).toBe(sitePath);
      }),
    );
  });
});
