import fc from 'fast-check';
import sharp from 'sharp';
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, cardPng, prepareBackdrop } from '../../../src/lib/share-card/png.ts';

const bytes = fc.uint8Array({ maxLength: 20_000 });
/** zlib's own Adler-32: the last four bytes of its stream. */
function zlibAdler(data: Uint8Array): number {
  const stream = deflateSync(data, { level: 0 });
  return stream.readUInt32BE(stream.length - 4);
}

describe('Adler-32', () => {
  it('is zlib’s', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        expect(adler32(data)).toBe(zlibAdler(data));
      }),
    );
  });

  it('of two runs joined is the combination of each run’s', () => {
    fc.assert(
      fc.property(bytes, bytes, (first, second) => {
        const joined = new Uint8Array([...first, ...second]);
        expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(adler32(joined));
      }),
    );
  });
});

/** Pixels whose every byte is a function of its place, so any misplaced byte shows. */
function pattern(width: number, height: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: width * height * 4 }, (_, at) => (at * 31 + seed * 7) % 251);
}

/** The PNG's image data, inflated by zlib, which refuses a stream whose checksum is wrong. */
function inflatedRows(png: Uint8Array): Buffer {
  const file = Buffer.from(png);
  const parts: Buffer[] = [];
  for (let at = 8; at < file.length; at += 12 + file.readUInt32BE(at))
    if (file.toString('latin1', at + 4, at + 8) === 'IDAT')
      parts.push(file.subarray(at + 8, at + 8 + file.readUInt32BE(at)));
  return inflateSync(Buffer.concat(parts));
}

describe('cardPng', () => {
  it('is the backdrop with the text block set in, as any PNG reader sees it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 70 }) }),
        fc.record({ width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 70 }) }),
        fc.nat(),
        fc.nat(),
        async (card, block, x, y) => {
          const text = {
            ...block,
            width: Math.min(block.width, card.width),
            height: Math.min(block.height, card.height),
          };
          const left = x % (card.width - text.width + 1);
          const top = y % (card.height - text.height + 1);
          const backdropPixels = pattern(card.width, card.height, 1);
          const textPixels = pattern(text.width, text.height, 2);
          const png = cardPng(prepareBackdrop({ ...card, pixels: backdropPixels }), {
            ...text,
            pixels: textPixels,
            left,
            top,
          });
          const expected = backdropPixels.slice();
          for (let row = 0; row < text.height; row += 1)
            expected.set(
              textPixels.subarray(row * text.width * 4, (row + 1) * text.width * 4),
              ((top + row) * card.width + left) * 4,
            );
          const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
          expect([info.width, info.height, info.channels]).toEqual([card.width, card.height, 4]);
          expect(Buffer.from(data).equals(Buffer.from(expected))).toBe(true);
          expect(inflatedRows(png)).toHaveLength((card.width * 4 + 1) * card.height);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a text block that does not fit the card', () => {
    const backdrop = prepareBackdrop({ width: 10, height: 10, pixels: pattern(10, 10, 1) });
    expect(() =>
      cardPng(backdrop, { width: 4, height: 4, left: 8, top: 0, pixels: pattern(4, 4, 2) }),
    ).toThrow('A 4×4 text block at (8, 0) does not fit a 10×10 card.');
  });
});
