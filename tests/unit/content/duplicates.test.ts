import { describe, expect, it } from 'vitest';
import { duplicateNumbersMessage, findDuplicateNumbers } from '../../../src/lib/content/duplicates.ts';

describe('findDuplicateNumbers', () => {
  it('is empty when every number is unique', () => {
    expect(findDuplicateNumbers([{ number: 1, filePath: 'a.mdx' }, { number: 2, filePath: 'b.mdx' }])).toEqual([]);
  });

  it('names every file that shares a number', () => {
    expect(
      findDuplicateNumbers([
        { number: 7, filePath: 'content/issues/007-b.mdx' },
        { number: 3, filePath: 'content/issues/003.mdx' },
        { number: 7, filePath: 'content/issues/007-a.mdx' },
        { number: 7, filePath: 'content/issues/007-c.mdx' },
      ]),
    ).toEqual([{ number: 7, files: ['content/issues/007-a.mdx', 'content/issues/007-b.mdx', 'content/issues/007-c.mdx'] }]);
  });
});

describe('duplicateNumbersMessage', () => {
  it('is null when numbers are unique', () => {
    expect(duplicateNumbersMessage([{ number: 1, filePath: 'a.mdx' }])).toBeNull();
  });

  it('names the field, both files and the next free number', () => {
    expect(
      duplicateNumbersMessage([
        { number: 57, filePath: 'content/issues/057-a.mdx' },
        { number: 57, filePath: 'content/issues/057-b.mdx' },
      ]),
    ).toBe(
      [
        'Two issues share a number (frontmatter field "number"):',
        '  number 57 is used by content/issues/057-a.mdx and content/issues/057-b.mdx',
        'Give each issue its own number; the next free one is 58.',
      ].join('\n'),
    );
  });
});
