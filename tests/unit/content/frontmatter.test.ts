import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('readFrontmatter: issue 15, case 11 (one reader, BOM and CRLF included)', () => {
  const lf = '---\nnumber: 60\ntitle: Hi\ndraft: false\n---\n\nBody\n';
  it.each([
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['a byte-order mark', `\uFEFF${lf}`],
    ['a byte-order mark and CRLF', `\uFEFF${lf.replace(/\n/g, '\r\n')}`],
    ['old Mac CR', lf.replace(/\n/g, '\r')],
  ])('reads %s', (_label, text) => {
    const result = readFrontmatter(text);
    expect(result.data).toEqual({ number: 60, title: 'Hi', draft: false });
    expect(result.body).toBe('\nBody\n');
  });

  it.each([
    ['no frontmatter', 'Just text', /no frontmatter block/],
    ['bad YAML', '---\nnumber: [\n---\n', /not valid YAML/],
    ['a list', '---\n- 1\n---\n', /not a list of fields/],
  ])('says what is wrong with %s, never throws', (_label, text, error) => {
    const result = readFrontmatter(text);
    expect(result.data).toBeNull();
    expect(result.error).toMatch(error);
  });
});
