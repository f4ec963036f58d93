import { describe, expect, it } from 'vitest';
import { localImages, useRenditions } from '../../../src/lib/content/email-images.ts';

describe('localImages', () => {
  it('lists each relative Markdown image once: JPEG stays JPEG, the rest become PNG', () => {
    const body =
      'A ![chart](./058-x/chart.webp) B ![photo](<./058-x/team photo.JPG> "t") ' +
      '![again](./058-x/chart.webp) ![remote](https://x.example/r.png) ![up](../shared/logo.gif)';
    expect(localImages(body)).toEqual([
      { path: './058-x/chart.webp', stem: 'chart', file: 'chart.png' },
      { path: './058-x/team photo.JPG', stem: 'team photo', file: 'team photo.jpg' },
      { path: '../shared/logo.gif', stem: 'logo', file: 'logo.png' },
    ]);
  });

  it('finds none in a body without local images', () => {
    expect(localImages('No pictures. ![remote](https://x.example/r.png)')).toEqual([]);
  });
});

describe('useRenditions', () => {
  const renditions = [{ stem: 'chart', url: '/issues/58/images/chart.png' }];

  it.each([
    [
      'an optimised image points at its rendition; width, height and alt stay; srcset goes',
      '<p><img alt="A chart" width="800" height="600" src="/_astro/chart.Bx1_Z2.webp" srcset="/_astro/chart.a.webp 400w" sizes="100vw"></p>',
      '<p><img alt="A chart" width="800" height="600" src="/issues/58/images/chart.png"></p>',
    ],
    [
      'under a base path',
      '<img src="/newsletter/_astro/chart.Bx1.webp" width="2" height="2" alt="c">',
      '<img src="/issues/58/images/chart.png" width="2" height="2" alt="c">',
    ],
    ['a remote image is left alone', '<img src="https://x.example/chart.png" alt="c">', '<img src="https://x.example/chart.png" alt="c">'],
    ['another image is left alone', '<img src="/_astro/charts.B.webp" alt="c">', '<img src="/_astro/charts.B.webp" alt="c">'],
  ])('%s', (_name, html, expected) => {
    expect(useRenditions(html, renditions)).toBe(expected);
  });
});
