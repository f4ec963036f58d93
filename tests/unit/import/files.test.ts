import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesFromMap, filesFromZip, isZip, MAX_FILE_BYTES } from '../../../src/lib/import/files.ts';
import { filesFromFolder } from '../../../src/lib/import/folder.ts';
import { zipOf } from '../../fixtures/import/exports.ts';
import { zipClaiming } from '../../fixtures/import/hostile.ts';

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

describe('export files are bounded and stay inside the export (issue 27)', () => {
  it('refuses a zip that claims to unpack to more than the cap, before unpacking anything', () => {
    expect(() => filesFromZip('bomb.zip', zipClaiming(2 ** 31 - 1))).toThrow(
      "bomb.zip unpacks to 2048 MB, over the import's 1024 MB. Export without media, or split the export.",
    );
  });

  it('refuses one file over the cap when it is read, naming it', () => {
    const files = filesFromZip('big.zip', zipClaiming(MAX_FILE_BYTES + 1));
    expect(files.paths).toEqual(['feed.xml']);
    expect(() => files.read('feed.xml')).toThrow(
      "feed.xml in big.zip is 65 MB, over the import's 64 MB for one file.",
    );
  });

  describe('a folder with symlinks', () => {
    let dir: string;
    let outside: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'newsletter-links-'));
      outside = mkdtempSync(join(tmpdir(), 'newsletter-secret-'));
      writeFileSync(join(outside, 'secret.txt'), 'secret');
      mkdirSync(join(dir, 'posts'));
      writeFileSync(join(dir, 'posts', 'a.md'), 'a');
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'posts', 'secret.png'));
      symlinkSync(join(dir, 'posts', 'a.md'), join(dir, 'posts', 'alias.md'));
      symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
      symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
      symlinkSync(dir, join(dir, 'posts', 'up'));
    }, 60_000);
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }, 60_000);

    it('follows a link to a file inside, and leaves out links outside, loops and folders, saying so', () => {
      const files = filesFromFolder(dir);
      expect(files.paths).toEqual(['a.md', 'alias.md']);
      expect(new TextDecoder().decode(files.read('alias.md'))).toBe('a');
      expect(files.read('secret.png')).toBeUndefined();
      expect(files.skipped?.map((line) => line.replace(/ \(.*\)$/, ''))).toEqual([
        'loop-a: a symlink that leads nowhere or round in a loop',
        'loop-b: a symlink that leads nowhere or round in a loop',
        'posts/secret.png: a symlink to a file outside the export',
        'posts/up: a symlink to a folder',
      ]);
    });
  });
});
