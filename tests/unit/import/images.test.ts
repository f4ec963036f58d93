import { describe, expect, it } from 'vitest';
import { exportCandidates, imageFileName, imageFormat } from '../../../src/lib/import/images.ts';
import { PNG } from '../../fixtures/import/exports.ts';

describe('images', () => {
  it.each([
    [PNG, 'png'],
    [Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'jpg'],
    [new TextEncoder().encode('GIF89a'), 'gif'],
    [new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '), 'webp'],
    [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg'],
    [new TextEncoder().encode('<html>not found</html>'), undefined],
  ])('recognises %#: %s', (bytes, format) => {
    expect(imageFormat(bytes)).toBe(format);
  });

  it.each([
    ['https://cdn.example/a/Cover%20Photo.PNG?w=600', 'png', [], 'cover-photo.png'],
    ['https://cdn.example/a/cover.png', 'png', ['cover.png'], 'cover-2.png'],
    ['https://cdn.example/image/fetch/w_1456/https%3A%2F%2Fx', 'jpg', [], 'https-x.jpg'],
    ['', 'png', [], 'image.png'],
  ])('names %j as a file', (src, format, taken, name) => {
    expect(imageFileName(src, format, new Set(taken))).toBe(name);
  });

  it('looks for an image in the export where exports keep them', () => {
    expect(exportCandidates('__GHOST_URL__/content/images/2024/01/p.png', '')).toContain(
      'content/images/2024/01/p.png',
    );
    expect(exportCandidates('./img/p.png', 'posts')).toEqual([
      'posts/img/p.png',
      'img/p.png',
      'images/p.png',
      'posts/images/p.png',
    ]);
    expect(exportCandidates('https://cdn.example/images/p.png?x=1', 'emails')).toContain('images/p.png');
  });
});
