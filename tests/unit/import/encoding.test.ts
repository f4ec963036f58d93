import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/lib/import/detect.ts';
import { decodeText, declaredEncoding } from '../../../src/lib/import/encoding.ts';
import { filesFromMap } from '../../../src/lib/import/files.ts';
import { encodedFeed } from '../../fixtures/import/hostile.ts';

const feed = (bytes: Uint8Array) => readSource(filesFromMap('feed.xml', new Map([['feed.xml', bytes]])));

describe('text as written (issue 27)', () => {
  it.each(['ISO-8859-1', 'UTF-16'] as const)('reads a %s feed as it declares', (encoding) => {
    const [post] = feed(encodedFeed(encoding)).posts;
    expect(post?.title).toBe('Issue #3: Café résumé naïve');
    expect(post?.body).toEqual({ html: '<p>Café, résumé, naïve.</p>' });
  });

  it('refuses an encoding it cannot read, by name', () => {
    expect(() => feed(encodedFeed('x-klingon'))).toThrow(
      'feed.xml is in x-klingon (says its XML declaration), an encoding the import cannot read. Save it as UTF-8 and import again.',
    );
  });

  it('refuses bytes that are not UTF-8 when nothing declares otherwise', () => {
    expect(() => feed(encodedFeed('none-latin1'))).toThrow(
      'feed.xml is not valid UTF-8, and it declares no other encoding. Save it as UTF-8 (or declare the encoding it is in) and import again.',
    );
  });

  it.each([
    [[0xef, 0xbb, 0xbf, 0x61], 'utf-8', 'a'],
    [[0xfe, 0xff, 0, 0x61], 'utf-16be', 'a'],
    [
      [...Buffer.from('<html><meta charset="windows-1252"><p>\u00e9</p>', 'latin1')],
      'windows-1252',
      '<html><meta charset="windows-1252"><p>é</p>',
    ],
  ])('honours %j', (bytes, label, text) => {
    const data = Uint8Array.from(bytes);
    expect(declaredEncoding(data)?.label).toBe(label);
    expect(decodeText(data, 'x')).toBe(text);
  });
});
