import { describe, expect, it } from 'vitest';
import { imagesWithoutAlt, missingAltMessage } from '../../../src/lib/content/image-alt.ts';

describe('imagesWithoutAlt', () => {
  it.each([
    ['![A chart](./c.png)', []],
    ['![](./c.png)', ['./c.png']],
    ['![ ](https://x.example/y.png "t")', ['https://x.example/y.png']],
    ['![][ref]\n\n[ref]: ./r.png', ['ref']],
    ['```\n![](./in-code.png)\n```\nand `![](./inline.png)`', []],
  ])('%j → %j', (body, urls) => {
    expect(imagesWithoutAlt(body)).toEqual(urls);
  });

  it('names the file, each image and the fix', () => {
    expect(missingAltMessage('content/issues/004-x.md', ['./c.png'])).toBe(
      'content/issues/004-x.md: an image has no alt text:\n  ![](./c.png)\n' +
        'Say what each shows between the brackets, like ![A chart of offers by level](./chart.png).',
    );
  });
});
