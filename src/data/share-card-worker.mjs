// One share-card renderer thread (see share-card-pool.ts). Plain JavaScript, so Node runs it
// as it is, outside Vite's bundle: it is handed the element tree and the fonts, never imports
// the site's TypeScript, and does exactly what renderShareCard() does on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const { fonts } = workerData;

parentPort.on('message', async ({ id, tree, width, height, resvg }) => {
  const started = performance.now();
  try {
    const svg = await satori(tree, { width, height, fonts });
    const png = new Resvg(svg, resvg).render().asPng();
    const bytes = new Uint8Array(png);
    parentPort.postMessage({ id, png: bytes, ms: performance.now() - started }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({
      id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
