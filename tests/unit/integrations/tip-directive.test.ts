import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { tipDirectivePlugin } from '../../../src/integrations/tip-directive.ts';
import { directiveTips } from '../../../src/lib/tips/directive.ts';

/** Whether the issues loader accepts the text (other directives, like `::video`, are refused) and finds no tip in it. */
function acceptedWithoutTips(source: string): boolean {
  try {
    return directiveTips(source, 'fixture.md').length === 0;
  } catch {
    return false;
  }
}

// The processors Astro builds from astro.config.mjs: with tips, and Markdown as it was without.
const withTips = await createSatteriMarkdownProcessor({
  syntaxHighlight: false,
  features: { directive: true },
  mdastPlugins: [tipDirectivePlugin()],
});
const plain = await createSatteriMarkdownProcessor({ syntaxHighlight: false });

const html = async (renderer: typeof plain, markdown: string) =>
  (await renderer.render(markdown, { frontmatter: {} })).code;

describe('tipDirectivePlugin', () => {
  it('writes a :::tip as <Tip> writes it, the words inside as Markdown', async () => {
    const source = [
      'Before.',
      '',
      ':::tip{#be-ready title="Be “ready” & <calm>"}',
      'Know *what it would take* at 10:30.',
      '',
      '- a point',
      ':::',
      '',
      'After.',
    ].join('\n');
    expect(await html(withTips, source)).toBe(
      [
        '<p>Before.</p>',
        '<aside class="tip" aria-labelledby="be-ready"><h3 id="be-ready" class="tip-title"><span class="tip-label">Tip:</span> Be “ready” &amp; &lt;calm&gt;</h3><div class="tip-body"><p>Know <em>what it would take</em> at 10:30.</p><ul>',
        '<li>a point</li>',
        '</ul></div></aside>',
        '<p>After.</p>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    'Re:Invent at 10:30, a:b and :smile: too.',
    'A colon inside a line: ::video and a::b.',
    'Inside **bold:text** and [a link](https://example.com/a:b) and `code:x`.',
  ])('leaves text that only looks like a directive as written: %j', async (source) => {
    expect(await html(withTips, source)).toBe(await html(plain, source));
  });

  it('renders any text the issues loader accepts without a ::: block exactly as Markdown without directives', async () => {
    const piece = fc.constantFrom(
      ...[':', '::', 'a', 'Re', '10', '[x]', '{y=1}', '{#z}', ' ', '\n', '\n\n', '*', '“', 'é', '-', '#'],
      ...['> ', '- ', '1. ', '`', '(u)', '_', "'", '"', '...', '<b>'],
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const source = pieces.join('');
        // The loader refuses other directives (`::video`, `:abbr[`) before anything renders.
        fc.pre(acceptedWithoutTips(source));
        expect(await html(withTips, source)).toBe(await html(plain, source));
      }),
      { numRuns: Number(process.env.PROBE_RUNS ?? 100) },
    );
  });
});
