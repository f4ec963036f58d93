import { describe, expect, it } from 'vitest';
import { filesFromMap, filesFromZip, isZip } from '../../../src/lib/import/files.ts';
import { zipOf } from '../../fixtures/import/exports.ts';

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
