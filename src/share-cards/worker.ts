// One share-card drawing thread (see pool.ts). Node runs it as it is, outside Vite's bundle: it
// is handed a card's layers and font files and draws with the same module as the main thread.
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { CardLayers } from '../lib/share-card/card.ts';
import { threadCpuMs } from './build-tally.ts';
import { drawCard } from './draw.ts';
import type { FontFile } from './pool.ts';

// Each font file read once per thread: most cards share the same Latin files.
const files = new Map<string, Promise<Buffer>>();
const fontData = (file: string) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFile(file)));
  return data;
};

parentPort?.on(
  'message',
  async ({ id, layers, fonts }: { id: number; layers: CardLayers; fonts: FontFile[] }) => {
    const started = performance.now();
    const cpuStarted = threadCpuMs();
    try {
      const loaded = await Promise.all(
        fonts.map(async (font) => ({ ...font, data: await fontData(font.file) })),
      );
      const png = await drawCard(layers, loaded);
      parentPort?.postMessage(
        { id, png, ms: performance.now() - started, cpuMs: threadCpuMs() - cpuStarted },
        [png.buffer],
      );
    } catch (error) {
      parentPort?.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  },
);
