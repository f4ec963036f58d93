import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { tipDirectivePlugin } from '../../../src/integrations/tip-directive.ts';

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
    'A leaf line:\n\n::video[Watch]{src=x}\n\nand after.',
    'Inside **bold:text** and [a link](https://example.com/a:b) and `code:x`.',
  ])('leaves text that only looks like a directive as written: %j', async (source) => {
    expect(await html(withTips, source)).toBe(await html(plain, source));
  });

  it('renders any text without a ::: block exactly as Markdown without directives', async () => {
    const piece = fc.constantFrom(
      ':',
      '::',
      'a',
      'Re',
      '10',
      '[x]',
      '{y=1}',
      '{#z}',
      ' ',
      '\n',
      '\n\n',
      '*',
      '“',
      'é',
      '-',
      '#',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const source = pieces.join('');
        fc.pre(!/^\s*:::/m.test(source));
        expect(await html(withTips, source)).toBe(await html(plain, source));
      }),
    );
  });
});
