import { describe, expect, it } from 'vitest';
import {
  activeContentError,
  activeContentReport,
  findActiveContent,
  isStrictContent,
} from '../../../src/lib/content/active-content.ts';

const source = [
  '---',
  'title: x',
  '---',
  '',
  'Plain text with `<script>` in code is fine.',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<img src="x.png" onerror="alert(1)" alt="" />',
  '```html',
  '<script>shown, not run</script>',
  '```',
  '<iframe srcdoc="<b>x</b>"></iframe>',
].join('\r\n');

describe('findActiveContent: issue 15, case 9 (the build names file and line)', () => {
  it('finds scripts, javascript: links, iframes and on… attributes, outside code', () => {
    expect(findActiveContent(`\uFEFF${source}`).map((f) => [f.line, f.what])).toEqual([
      [6, 'a <script> element'],
      [7, 'a javascript: link'],
      [8, 'an <iframe> element'],
      [9, 'an onerror attribute (an event handler)'],
      [13, 'an <iframe> element'],
      [13, 'a srcdoc attribute'],
    ]);
  });

  it('warns of a meta refresh and a data: link too (issue 27), but not an inert data: image', () => {
    const text = '<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n<a href="data:text/html,x">x</a>\n<img src="data:image/png;base64,AA" alt="" />';
    expect(findActiveContent(text).map((f) => [f.line, f.what])).toEqual([
      [1, 'a <meta http-equiv="refresh"> (it sends readers away)'],
      [2, 'a data: URL'],
    ]);
  });

  it('finds nothing in plain prose and widgets', () => {
    expect(findActiveContent('Take the call.\n\n<CounterofferWidget compact={false} />\n')).toEqual([]);
  });

  it('reports file:line and fails strict builds with every line', () => {
    const lines = activeContentReport('content/issues/060-x.mdx', findActiveContent(source));
    expect(lines[0]).toBe('content/issues/060-x.mdx:6: a <script> element — <script>alert(1)</script>');
    expect(activeContentError(lines)).toMatch(/^Issues contain markup that runs code[^\n]*\n {2}content\/issues\/060-x\.mdx:6:/);
  });

  it.each([
    [['node', 'astro', 'build', '--strict'], {}, true],
    [['node', 'astro', 'build'], { STRICT_CONTENT: '1' }, true],
    [['node', 'astro', 'build'], { STRICT_CONTENT: 'true' }, true],
    [['node', 'astro', 'build'], { STRICT_CONTENT: '0' }, false],
    [['node', 'astro', 'build'], {}, false],
  ])('strict for %j with %j: %s', (argv, env, strict) => {
    expect(isStrictContent(argv, env)).toBe(strict);
  });
});
