// A card's PNG from resvg's pixels, encoded by sharp (libvips and zlib) rather than resvg's own
// encoder: a card is opaque, so its alpha channel goes, and at zlib level 3 the file is about
// 10% smaller and takes 4 ms of CPU against resvg's 10 (of about 25 ms for a whole card).
// Plain JavaScript, shared by the worker thread (which Node runs as it is) and the main thread.
import sharp from 'sharp';

/** The zlib level: level 6 saves another 6 KB a card for 2 ms more, level 9 costs 17 ms. */
const COMPRESSION_LEVEL = 3;

/** The encoder and its settings: part of every card's cache key, so a change re-renders. */
export const CARD_ENCODER = `sharp@${sharp.versions.sharp} vips@${sharp.versions.vips} zlib level ${COMPRESSION_LEVEL}`;

/**
 * Encodes an opaque RGBA image (resvg's render()) as an RGB PNG: the same pixels, fewer bytes.
 * @param {{ pixels: Uint8Array; width: number; height: number }} image
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
export async function encodeCardPng({ pixels, width, height }) {
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: COMPRESSION_LEVEL })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
