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

  it('never throws on text without a Tip tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(collectTips(text.replace(/<Tip/g, ''), FILE)).toEqual([]);
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

  it('fails as collectTips does, naming the file', () => {
    expect(() => collectIssueTips('---\nnumber: 1\n---\n<Tip id="a">x</Tip>', FILE)).toThrow(
      `${FILE}: <Tip id="a"> needs a "title"`,
    );
  });
});

describe('tipsInFrontmatterMessage', () => {
  it('names the file and says where tips are marked', () => {
    expect(tipsInFrontmatterMessage(FILE)).toBe(
      `${FILE}: "tips" is not a frontmatter field; mark each tip in the text with <Tip id="…" title="…">…</Tip> instead.`,
    );
  });
});

describe('tipRulesFingerprint', () => {
  it('is the same on every call, and carries the rules the loader applies', () => {
    expect(tipRulesFingerprint()).toBe(tipRulesFingerprint());
    expect(tipRulesFingerprint()).toContain(String(TIP_ID_PATTERN));
    expect(tipRulesFingerprint()).toContain('needs a "title"');
  });
});
