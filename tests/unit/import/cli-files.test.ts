import { describe, expect, it } from 'vitest';
import { parseImportArgs, USAGE } from '../../../src/lib/import/cli.ts';
import { filesFromMap, filesFromZip, isZip } from '../../../src/lib/import/files.ts';
import { exportCandidates, imageFileName, imageFormat } from '../../../src/lib/import/images.ts';
import { PNG, zipOf } from '../../fixtures/import/exports.ts';

describe('parseImportArgs', () => {
  it('reads the export and the options, with defaults', () => {
    expect(parseImportArgs(['export.zip'])).toEqual({
      source: 'export.zip',
      dryRun: false,
      start: 1,
      topic: 'career',
      site: undefined,
      offline: false,
      timeZone: undefined,
    });
    expect(
      parseImportArgs([
        'x',
        '--dry-run',
        '--start',
        '12',
        '--topic',
        'offers',
        '--site',
        'https://a.example',
        '--offline',
        '--time-zone',
        'America/New_York',
      ]),
    ).toEqual({
      source: 'x',
      dryRun: true,
      start: 12,
      topic: 'offers',
      site: 'https://a.example',
      offline: true,
      timeZone: 'America/New_York',
    });
  });

  it.each([
    [[], `Name the export to import.\n${USAGE}`],
    [['a', 'b'], `Give one export at a time (got a, b).\n${USAGE}`],
    [['a', '--start', '0'], '--start takes a whole number from 1 (got 0).'],
    [['a', '--start', 'x'], '--start takes a whole number from 1 (got x).'],
    [
      ['a', '--site', 'old.example'],
      "--site takes the old site's address, like https://you.substack.com (got old.example).",
    ],
    [['a', '--topic', '  '], '--topic needs a topic name with a letter or digit.'],
    [
      ['a', '--time-zone', 'New York'],
      '--time-zone takes a zone name like America/New_York or Europe/Paris (got New York).',
    ],
  ])('%j fails: %s', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});

describe('export files', () => {
  it('drops the one folder a zip wraps everything in, and what operating systems add', () => {
    const zip = zipOf({ 'posts.csv': 'x', 'posts/1.a.html': '<p>a</p>', '.DS_Store': 'junk' });
    expect(isZip(zip)).toBe(true);
    const files = filesFromZip('s.zip', zip);
    expect(files.paths).toEqual(['posts.csv', 'posts/1.a.html']);
    expect(new TextDecoder().decode(files.read('./posts.csv'))).toBe('x');
  });

  it('keeps paths as they are when there are several top-level entries', () => {
    const files = filesFromMap(
      'f',
      new Map([
        ['a/x.md', new Uint8Array()],
        ['b.md', new Uint8Array()],
        ['__MACOSX/a/._x.md', new Uint8Array()],
      ]),
    );
    expect(files.paths).toEqual(['a/x.md', 'b.md']);
  });
});

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
