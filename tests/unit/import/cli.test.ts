import { describe, expect, it } from 'vitest';
import { parseImportArgs, USAGE } from '../../../src/lib/import/cli.ts';

describe('parseImportArgs', () => {
  it('reads the export and the options, with defaults', () => {
    expect(parseImportArgs(['export.zip'])).toEqual({
      source: 'export.zip',
      dryRun: false,
      start: 1,
      topic: 'career',
      site: undefined,
      downloadImages: false,
      timeZone: undefined,
    });
    expect(
      parseImportArgs([
        'x',
        '--dry-run',
        '--start',
        '12',
        '--topic',
        'offers',
        '--site',
        'https://a.example',
        '--download-images',
        '--time-zone',
        'America/New_York',
      ]),
    ).toEqual({
      source: 'x',
      dryRun: true,
      start: 12,
      topic: 'offers',
      site: 'https://a.example',
      downloadImages: true,
      timeZone: 'America/New_York',
    });
  });

  it.each([
    [[], `Name the export to import.\n${USAGE}`],
    [['a', 'b'], `Give one export at a time (got a, b).\n${USAGE}`],
    [['a', '--start', '0'], '--start takes a whole number from 1 (got 0).'],
    [['a', '--start', 'x'], '--start takes a whole number from 1 (got x).'],
    [
      ['a', '--site', 'old.example'],
      "--site takes the old site's address, like https://you.substack.com (got old.example).",
    ],
    [['a', '--topic', '  '], '--topic needs a topic name with a letter or digit.'],
    [
      ['a', '--time-zone', 'New York'],
      '--time-zone takes a zone name like America/New_York or Europe/Paris (got New York).',
    ],
  ])('%j fails: %s', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});
