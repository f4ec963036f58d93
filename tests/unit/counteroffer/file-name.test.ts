import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../src/lib/counteroffer/index.ts';

describe('downloadName', () => {
  it.each([
    ['Acme, Inc.', 'counteroffer-acme-inc.txt'],
    ['', 'counteroffer.txt'],
    ['株式会社', 'counteroffer.txt'],
    [
      '  The Very Long Company Name That Goes On And On Forever  ',
      'counteroffer-the-very-long-company-name-that-goes-on.txt',
    ],
  ])('%j → %s', (company, name) => {
    expect(downloadName(company)).toBe(name);
  });

  it('is always a safe, short .txt name, whatever the company is called', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (company) => {
        const name = downloadName(company);
        expect(name).toMatch(/^counteroffer(-[a-z0-9]+(-[a-z0-9]+)*)?\.txt$/);
        expect(name.length).toBeLessThanOrEqual('counteroffer-.txt'.length + 40);
      }),
      { numRuns: 500 },
    );
  });
});
