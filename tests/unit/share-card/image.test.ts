import { describe, expect, it } from 'vitest';
import { shareImagePath } from '../../../src/lib/share-card/image.ts';

describe('shareImagePath', () => {
  it.each([
    [57, '/og/57.png'],
    [undefined, '/og/default.png'],
  ])('%s → %s', (number, path) => {
    expect(shareImagePath(number)).toBe(path);
  });
});
