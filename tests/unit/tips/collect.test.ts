import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collectIssueTips,
  collectTips,
  plainText,
  TIP_ID_PATTERN,
  tipRulesFingerprint,
  tipsInFrontmatterMessage,
} from '../../../src/lib/tips/collect.ts';
import { strayDirective } from '../../../src/lib/tips/directive.ts';

const FILE = 'content/issues/057-x.mdx';

describe('collectTips', () => {
  it('collects each tip in order with its id, title and words', () => {
    const source = [
      "import Tip from '../../../src/components/Tip.astro';",
      '',
      'Intro paragraph.',
      '',
      '<Tip id="take-the-call" title="Always take the call">',
      '',
      'Regardless, it is *always* a good idea to talk.',
      '',
      '</Tip>',
      '',
      "<Tip title='Never burn a bridge' id='never-burn-a-bridge'>Again, don’t burn that bridge.</Tip>",
    ].join('\n');
    expect(collectTips(source, FILE)).toEqual([
      {
        id: 'take-the-call',
        title: 'Always take the call',
        text: 'Regardless, it is always a good idea to talk.',
      },
      { id: 'never-burn-a-bridge', title: 'Never burn a bridge', text: 'Again, don’t burn that bridge.' },
    ]);
  });

  it('finds nothing in an issue without tips', () => {
    expect(collectTips('Just words.\n\n## A heading', FILE)).toEqual([]);
  });

  it.each([
    [
      '<Tip title="T">Words</Tip>',
      'content/issues/057-x.mdx: <Tip> needs an "id" of lower-case words joined by hyphens, like id="take-the-call" (saw "").',
    ],
    ['<Tip id="Bad Id" title="T">Words</Tip>', '<Tip id="Bad Id"> needs an "id" of lower-case words'],
    ['<Tip id="a">Words</Tip>', '<Tip id="a"> needs a "title", a few words that name the tip.'],
    ['<Tip id="a" title="T">  </Tip>', '<Tip id="a"> has no words inside it'],
    [
      '<Tip id="a" title="T">x</Tip><Tip id="a" title="U">y</Tip>',
      '<Tip id="a">: the "id" is used by another tip',
    ],
  ])('%j fails with a message naming the file and the field', (source, message) => {
    expect(() => collectTips(source, FILE)).toThrow(message);
    expect(() => collectTips(source, FILE)).toThrow(FILE);
  });

  it('collects tips of both syntaxes in reading order', () => {
    const source = [
      ':::tip{#first title="First"}',
      'A directive tip.',
      ':::',
      '',
      '<Tip id="second" title="Second">A tag tip.</Tip>',
      '',
      ":::tip{title='Third' #third}",
      'Another, with **bold** words.',
      ':::',
    ].join('\n');
    expect(collectTips(source, FILE)).toEqual([
      { id: 'first', title: 'First', text: 'A directive tip.' },
      { id: 'second', title: 'Second', text: 'A tag tip.' },
      { id: 'third', title: 'Third', text: 'Another, with bold words.' },
    ]);
  });

  it.each([
    [':::tip{title="T"}\nWords\n:::', `${FILE}: :::tip (line 1) needs an "id" of lower-case words`],
    [':::tip{#a}\nWords\n:::', `${FILE}: :::tip{#a} (line 1) needs a "title"`],
    [':::tip{#a title="T"}\n\n:::', `${FILE}: :::tip{#a} (line 1) has no words inside it`],
    [
      '<Tip id="a" title="T">x</Tip>\n\n:::tip{#a title="U"}\ny\n:::',
      `${FILE}: :::tip{#a} (line 3): the "id" is used by another tip`,
    ],
    [':::warning\nCareful.\n:::', `${FILE} line 1: ":::warning" is not a block this site knows`],
  ])('a directive tip %j fails naming the file, the tip and the field', (source, message) => {
    expect(() => collectTips(source, FILE)).toThrow(message);
  });

  it('never throws on text without a Tip tag, a ::: line or another directive', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const plain = text.replace(/<Tip/g, '').replace(/^(\s*):::/gm, '$1');
        fc.pre(plain.split('\n').every((line) => !strayDirective(line)));
        expect(collectTips(plain, FILE)).toEqual([]);
      }),
    );
  });
});

describe('plainText', () => {
  it.each([
    ['*em* and **strong** and `code`', 'em and strong and code'],
    ['a [link](https://example.com/) here', 'a link here'],
    ['say, <q class="example">“Too low.”</q> Then', 'say, “Too low.” Then'],
    ['  many\n\n  lines ', 'many lines'],
  ])('%j → %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});

describe('collectIssueTips', () => {
  it('reads the tips of the body, never the frontmatter', () => {
    const file = [
      '---',
      'title: <Tip id="in-frontmatter" title="No">Not a tip</Tip>',
      '---',
      '',
      '<Tip id="in-body" title="Yes">A tip.</Tip>',
    ].join('\n');
    expect(collectIssueTips(file, FILE)).toEqual([{ id: 'in-body', title: 'Yes', text: 'A tip.' }]);
  });

  it('refuses a <Tip> tag in a Markdown issue, where no component renders it', () => {
    expect(() =>
      collectIssueTips('---\nnumber: 1\n---\n<Tip id="a" title="T">x</Tip>', 'content/issues/001-a.md'),
    ).toThrow(
      'content/issues/001-a.md: <Tip id="a"> is MDX; in a Markdown (.md) issue mark the tip with :::tip{#id title="…"} … ::: instead.',
    );
    expect(
      collectIssueTips('---\nnumber: 1\n---\n:::tip{#a title="T"}\nx\n:::', 'content/issues/001-a.md'),
    ).toEqual([{ id: 'a', title: 'T', text: 'x' }]);
  });

  it('fails as collectTips does, naming the file', () => {
    expect(() => collectIssueTips('---\nnumber: 1\n---\n<Tip id="a">x</Tip>', FILE)).toThrow(
      `${FILE}: <Tip id="a"> needs a "title"`,
    );
  });
});

describe('tipsInFrontmatterMessage', () => {
  it('names the file and says where tips are marked', () => {
    expect(tipsInFrontmatterMessage(FILE)).toBe(
      `${FILE}: "tips" is not a frontmatter field; mark each tip in the text with :::tip{#id title="…"} … ::: (or <Tip id="…" title="…">…</Tip> in MDX) instead.`,
    );
  });
});

describe('tipRulesFingerprint', () => {
  it('is the same on every call, and carries the rules the loader applies', () => {
    expect(tipRulesFingerprint()).toBe(tipRulesFingerprint());
    expect(tipRulesFingerprint()).toContain(String(TIP_ID_PATTERN));
    expect(tipRulesFingerprint()).toContain('needs a "title"');
    // The directive rules, patterns included: a stray directive refused today was read yesterday.
    expect(tipRulesFingerprint()).toContain('reads as a directive');
    expect(tipRulesFingerprint()).toContain('(?<![:\\\\]):');
  });
});
