import { describe, expect, it } from 'vitest';
import { escapeDirectiveText, markdownAsWritten } from '../../../src/lib/import/directives.ts';
import { strayDirective } from '../../../src/lib/tips/directive.ts';
import { collectIssueTips } from '../../../src/lib/tips/collect.ts';

describe('text that only looks like a directive reads as written (issue 27)', () => {
  it.each([
    ['A 16:9[^1] screen', 'A 16\\:9[^1] screen'],
    [':abbr[HTML] is text', '\\:abbr[HTML] is text'],
    ['a :name{attr} here', 'a \\:name{attr} here'],
    ['::video{src=x}', '\\::video{src=x}'],
    ['- > ::leaf', '- > \\::leaf'],
    ['Re:Invent at 10:30', 'Re:Invent at 10:30'],
    ['`:abbr[x]` in code', '`:abbr[x]` in code'],
    ['already \\:abbr[x]', 'already \\:abbr[x]'],
  ])('%s', (line, escaped) => {
    expect(escapeDirectiveText(line)).toBe(escaped);
    // The build's own check passes what the import writes.
    expect(strayDirective(escaped)).toBeUndefined();
  });

  it('the fix the build prints clears its error', () => {
    const stray = strayDirective(':abbr[HTML]') as string;
    expect(strayDirective(`\\${stray}HTML]`)).toBeUndefined();
  });
});

describe('docs-theme asides become quotations with their label (issue 27)', () => {
  it.each([
    [':::note\nCareful.\n:::', '> **Note:**\n>\n> Careful.'],
    [':::tip[Pro move]\nAsk.\n:::', '> **Pro move:**\n>\n> Ask.'],
    [':::caution{title="x"}\nA :abbr[x] here.\n:::', '> **Caution:**\n>\n> A \\:abbr[x] here.'],
    ['> [!NOTE]\n> Heads up.', '> **Note:**\n> Heads up.'],
    ['```\n:::note\n```', '```\n:::note\n```'],
    [':::tip{#ask title="Ask"}\nAsk.\n:::', ':::tip{#ask title="Ask"}\nAsk.\n:::'],
  ])('%j', (markdown, expected) => {
    expect(markdownAsWritten(markdown)).toBe(expected);
  });

  it('leaves nothing the build refuses', () => {
    const markdown = markdownAsWritten(
      ':::note\nA\n:::\n\n:::details[More]\nB :x[y]\n:::\n\n16:9[^1]\n\n[^1]: Wide.',
    );
    expect(() => collectIssueTips(`---\nnumber: 1\n---\n${markdown}`, 'x.md')).not.toThrow();
  });
});

describe('the build’s messages name the file’s own lines', () => {
  it('counts the frontmatter', () => {
    const file = '---\nnumber: 1\ntitle: T\n---\n\nOne.\n\n:abbr[HTML]\n';
    expect(() => collectIssueTips(file, 'x.md')).toThrow(/^x\.md line 8: ":abbr\[" reads as a directive/);
  });
});
