// A share card's PNG, written from a backdrop compressed once and the text block compressed per
// card. Deflating every card's whole image took most of a card's time, though all but the text
// block's rows are the same on every card. The backdrop is cut into bands of rows, each
// compressed alone and ended at a byte boundary with no back-references past it (a full flush),
// so the bands above the text block can be joined with the rest, freshly compressed, into one
// zlib stream. zlib sums the rest's Adler-32 as it compresses it; the bands' part is summed once.
import { crc32, deflateRawSync, deflateSync, constants } from 'node:zlib';

/** RGBA pixels, row by row, 4 bytes a pixel (resvg's render()). */
export interface Pixels {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** A band of the backdrop's rows, compressed on its own. */
interface Band {
  /** The band's first row. */
  start: number;
  deflated: Uint8Array;
  /** The Adler-32 of every row above the band. */
  above: number;
}

/** A card's backdrop, ready to take any text block. */
export interface Backdrop {
  width: number;
  height: number;
  /** Every row as PNG stores it: a filter byte (0, none), then RGBA. */
  rows: Uint8Array;
  bands: Band[];
  /**
   * Where a card's rows below the bands it keeps are put together. Cards are written one at a
   * time on a thread, and a fresh buffer each time cost a third as much as compressing it.
   */
  scratch: Uint8Array;
}

/** How many rows a backdrop band holds: a text block is widened to whole bands. */
export const BAND_ROWS = 16;
/** zlib's level for the text block: level 6 gives a third fewer bytes but takes three times as long. */
const LEVEL = 3;

const ADLER_BASE = 65521;

/** The Adler-32 checksum zlib ends its stream with. */
export function adler32(data: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (let at = 0; at < data.length;) {
    // 5552 bytes is the most that can be summed before b must be reduced (zlib's NMAX).
    const end = Math.min(at + 5552, data.length);
    for (; at < end; at += 1) {
      a += data[at] as number;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from each run's own (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a2 = second & 0xffff;
  const b2 = second >>> 16;
  const a = (a1 + a2 + ADLER_BASE - 1) % ADLER_BASE;
  const b = (((rem * a1) % ADLER_BASE) + b1 + b2 + ADLER_BASE - rem) % ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/** Deflates a run of bytes so that another run may follow it in the same stream. */
function deflatePart(data: Uint8Array): Uint8Array {
  return deflateRawSync(data, { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH });
}

/** The backdrop's rows, filtered and banded, each band compressed: done once per backdrop. */
export function prepareBackdrop({ pixels, width, height }: Pixels): Backdrop {
  const stride = width * 4 + 1;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1)
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * stride + 1);
  const bands: Band[] = [];
  let above = 1;
  for (let start = 0; start < height; start += BAND_ROWS) {
    const end = Math.min(start + BAND_ROWS, height);
    const data = rows.subarray(start * stride, end * stride);
    bands.push({ start, deflated: deflatePart(data), above });
    above = adler32(data, above);
  }
  return { width, height, rows, bands, scratch: new Uint8Array(rows.length) };
}

/** A text block and where its top left corner goes on the backdrop. */
export interface PlacedPixels extends Pixels {
  left: number;
  top: number;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** A zlib header: deflate, 32 KB window, default level. */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);

/** The card as an RGBA PNG: the backdrop with the text block's pixels set in. */
export function cardPng(backdrop: Backdrop, text: PlacedPixels): Uint8Array<ArrayBuffer> {
  const { width, height, rows, bands } = backdrop;
  if (text.left < 0 || text.top < 0 || text.left + text.width > width || text.top + text.height > height)
    throw new Error(
      `A ${text.width}×${text.height} text block at (${text.left}, ${text.top}) does not fit a ${width}×${height} card.`,
    );
  const stride = width * 4 + 1;
  const first = bands.findLast((band) => band.start <= text.top) ?? { start: 0, above: 1 };
  const rest = backdrop.scratch.subarray(0, rows.length - first.start * stride);
  rest.set(rows.subarray(first.start * stride));
  const rowBytes = text.width * 4;
  for (let y = 0; y < text.height; y += 1) {
    const at = (text.top + y - first.start) * stride + 1 + text.left * 4;
    rest.set(text.pixels.subarray(y * rowBytes, (y + 1) * rowBytes), at);
  }
  // A zlib stream of its own: a 2-byte header, deflate blocks ending in the final one, the Adler-32.
  const restStream = deflateSync(rest, { level: LEVEL });
  const trailer = new Uint8Array(4);
  const adler = adler32Combine(first.above, restStream.readUInt32BE(restStream.length - 4), rest.length);
  new DataView(trailer.buffer).setUint32(0, adler);
  const parts = [
    ZLIB_HEADER,
    ...bands.filter((band) => band.start < first.start).map((band) => band.deflated),
    restStream.subarray(2, -4),
    trailer,
  ];

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // 8 bits a channel, colour type 6 (RGBA), deflate, adaptive filtering per row, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  return concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', concat(parts)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
