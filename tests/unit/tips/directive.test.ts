import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  directiveAttributes,
  directiveTips,
  smartDashes,
  strayDirective,
  tipMarkup,
} from '../../../src/lib/tips/directive.ts';

const FILE = 'content/issues/012-x.md';

describe('directiveAttributes', () => {
  it.each([
    ['{#be-ready title="Be ready"}', { id: 'be-ready', title: 'Be ready' }],
    ["{title='It’s “quoted”' #a}", { title: 'It’s “quoted”', id: 'a' }],
    ['{ #a  .wide title=Short }', { id: 'a', class: 'wide', title: 'Short' }],
    ['{#a open}', { id: 'a', open: '' }],
    ['{}', {}],
    ['', {}],
  ])('%j reads as %j', (text, expected) => {
    expect(Object.fromEntries(directiveAttributes(text) ?? [])).toEqual(expected);
  });

  it.each(['{title="unclosed}', '{#a title="x" "stray"}', 'title="no braces"', '{=x}', '[Label]{#a}'])(
    '%j is not an attribute list',
    (text) => {
      expect(directiveAttributes(text)).toBeUndefined();
    },
  );

  it('reads back any id and title it is given', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        fc.string().filter((title) => !title.includes('"')),
        (id, title) => {
          const read = directiveAttributes(`{#${id} title="${title}"}`);
          expect(read?.get('id')).toBe(id);
          expect(read?.get('title')).toBe(title);
        },
      ),
    );
  });
});

describe('directiveTips', () => {
  it('finds each tip with its attributes, its words and the line it opens on', () => {
    const source = [
      'Intro at 10:30, about Re:Invent.',
      '',
      ':::tip{#take-the-call title="Always take the call"}',
      'Regardless, it is *always* a good idea to talk.',
      '',
      'A second paragraph.',
      ':::',
      '',
      '::::tip{#four title="Four colons"}',
      'Words.',
      '::::',
    ].join('\n');
    const tips = directiveTips(source, FILE);
    expect(tips.map((tip) => [tip.where, Object.fromEntries(tip.attributes), tip.body])).toEqual([
      [
        `${FILE}: :::tip{#take-the-call} (line 3)`,
        { id: 'take-the-call', title: 'Always take the call' },
        'Regardless, it is *always* a good idea to talk.\n\nA second paragraph.\n',
      ],
      [`${FILE}: :::tip{#four} (line 9)`, { id: 'four', title: 'Four colons' }, 'Words.\n'],
    ]);
    expect(source.slice(tips[0]?.index)).toMatch(/^:::tip\{#take-the-call/);
  });

  it('leaves ::: lines inside a code block alone', () => {
    const source = ['```md', ':::note', '```', '', '~~~', ':::tip[x]', '~~~'].join('\n');
    expect(directiveTips(source, FILE)).toEqual([]);
  });

  it.each([
    [':::note\nWords\n:::', `${FILE} line 1: ":::note" is not a block this site knows`],
    [':::tip[Be ready]{#a}\nWords\n:::', `${FILE} line 1: write the tip's title as an attribute`],
    [
      ':::tip{#a title="x}\nWords\n:::',
      `${FILE} line 1: the tip's attributes can't be read (saw "{#a title="x}")`,
    ],
    ['\n:::tip{#a title="x"}\nWords', `${FILE} line 2: this tip is never closed`],
    [
      ':::tip{#a title="x"}\n:::tip{#b title="y"}\n:::',
      `${FILE} line 2: a :::tip block starts inside the tip opened on line 1`,
    ],
  ])('%j fails naming the file and the line', (source, message) => {
    expect(() => directiveTips(source, FILE)).toThrow(message);
  });

  it('finds nothing, and never throws, in text with no ::: line and no other directive', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\s*:::/m.test(text) && text.split('\n').every((line) => !strayDirective(line)));
        expect(directiveTips(text, FILE)).toEqual([]);
      }),
    );
  });
});

describe('strayDirective', () => {
  it.each([
    ['::video[Watch]{src=x}', '::video'],
    ['> ::aside', '::aside'],
    ['- ::10', '::10'],
    ['An :abbr[HTML] tag', ':abbr['],
    ['At Re:Invent{.talk}', ':Invent{'],
    ['1. :::tip{#a title="x"}', ':::tip{#a'],
    ['> :::note', ':::note'],
  ])('%j reads as a directive: %j', (line, stray) => {
    expect(strayDirective(line)).toBe(stray);
  });

  it.each([
    'Re:Invent at 10:30',
    'a:b and x::a[y]',
    'see `arr:x[0]` in code',
    'https://example.com/a:b',
    ':::tip{#a title="Words: more"}',
    ':::',
  ])('%j does not', (line) => {
    expect(strayDirective(line)).toBeUndefined();
  });

  it('fails the loader naming the line', () => {
    expect(() => directiveTips('Fine.\n\nAn :abbr[HTML] tag.', FILE)).toThrow(
      `${FILE} line 3: ":abbr[" reads as a directive, and the only one this site has is :::tip; write "\\:abbr[" to keep the colon as text.`,
    );
  });
});

describe('smartDashes', () => {
  it.each([
    ['a-b', 'a-b'],
    ['a--b', 'a–b'],
    ['a---b', 'a—b'],
    ['a----b', 'a––b'],
    ['a-----b', 'a—–b'],
    ['a-------b', 'a—––b'],
    ['a----------b', 'a–––––b'],
  ])('%j → %j, as smart punctuation writes it', (text, written) => {
    expect(smartDashes(text)).toBe(written);
  });
});

describe('tipMarkup', () => {
  it('is the markup <Tip> writes: an aside named by its heading, the words in a body', () => {
    const words = { type: 'paragraph', children: [{ type: 'text', value: 'Words.' }] };
    expect(tipMarkup('be-ready', 'Be ready', [words])).toEqual({
      type: 'containerDirective',
      name: 'aside',
      data: { hName: 'aside', hProperties: { className: ['tip'], ariaLabelledBy: 'be-ready' } },
      children: [
        {
          type: 'containerDirective',
          name: 'h3',
          data: { hName: 'h3', hProperties: { id: 'be-ready', className: ['tip-title'] } },
          children: [
            {
              type: 'containerDirective',
              name: 'span',
              data: { hName: 'span', hProperties: { className: ['tip-label'] } },
              children: [{ type: 'text', value: 'Tip:' }],
            },
            { type: 'text', value: ' Be ready' },
          ],
        },
        {
          type: 'containerDirective',
          name: 'div',
          data: { hName: 'div', hProperties: { className: ['tip-body'] } },
          children: [words],
        },
      ],
    });
  });
});
