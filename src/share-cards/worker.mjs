// One share-card renderer thread (see share-card-pool.ts). Plain JavaScript, so Node runs it
// as it is, outside Vite's bundle: it is handed the element tree and the card's font files, never
// imports the site's TypeScript, and does exactly what renderShareCard() does on the main thread.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodeCardPng } from './encode.mjs';

const require = createRequire(import.meta.url);
// Each font file read once per thread: most cards share Inter's Latin files.
const files = new Map();
const fontData = (file) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFile(require.resolve(file))));
  return data;
};

parentPort.on('message', async ({ id, tree, width, height, resvg, fonts: wanted }) => {
  const started = performance.now();
  try {
    const fonts = await Promise.all(
      wanted.map(async (font) => ({ ...font, data: await fontData(font.file) })),
    );
    const svg = await satori(tree, { width, height, fonts });
    const png = await encodeCardPng(new Resvg(svg, resvg).render());
    // A copy: sharp's buffer is native memory, which cannot be transferred to another thread.
    const bytes = png.slice();
    parentPort.postMessage({ id, png: bytes, ms: performance.now() - started }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
