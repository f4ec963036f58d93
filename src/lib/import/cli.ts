import { parseArgs } from 'node:util';
import { isTimeZone } from './dates.ts';

/** The import command's settings. */
export interface ImportArgs {
  source: string;
  dryRun: boolean;
  start: number;
  topic: string;
  site: string | undefined;
  /** Download images the export names by a web address but does not hold (`--download-images`). */
  downloadImages: boolean;
  /** The author's IANA time zone, for exports that give dates in UTC only. */
  timeZone: string | undefined;
}

/** How to call the command, shown with every argument error. */
export const USAGE =
  'Usage: npm run import -- <export file or folder> [--dry-run] [--start 1] [--topic career] [--site https://old.example] [--time-zone America/New_York] [--download-images]';

/** The command's arguments, checked; throws a message naming the fix. */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      start: { type: 'string', default: '1' },
      topic: { type: 'string', default: 'career' },
      site: { type: 'string' },
      'download-images': { type: 'boolean', default: false },
      'time-zone': { type: 'string' },
    },
  });
  const [source, ...extra] = positionals;
  if (!source) throw new Error(`Name the export to import.\n${USAGE}`);
  if (extra.length > 0)
    throw new Error(`Give one export at a time (got ${positionals.join(', ')}).\n${USAGE}`);
  const start = Number(values.start);
  if (!Number.isInteger(start) || start < 1)
    throw new Error(`--start takes a whole number from 1 (got ${values.start}).`);
  if (values.site !== undefined && !/^https?:\/\/[^/]+/.test(values.site)) {
    throw new Error(
      `--site takes the old site's address, like https://you.substack.com (got ${values.site}).`,
    );
  }
  const topic = values.topic.trim();
  if (!/[\p{L}\p{N}]/u.test(topic)) throw new Error('--topic needs a topic name with a letter or digit.');
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new Error(`--time-zone takes a zone name like America/New_York or Europe/Paris (got ${timeZone}).`);
  }
  return {
    source,
    dryRun: values['dry-run'],
    start,
    topic,
    site: values.site,
    downloadImages: values['download-images'],
    timeZone,
  };
}
