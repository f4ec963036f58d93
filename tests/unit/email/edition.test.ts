import { describe, expect, it } from 'vitest';
import { emailSiteUrl, emailSubject } from '../../../src/lib/email/edition.ts';

describe('emailSubject', () => {
  it('numbers the title as the feeds do', () => {
    expect(emailSubject({ number: 57, title: 'Quick Tip' })).toBe('#57: Quick Tip');
  });
});

describe('emailSiteUrl', () => {
  it('accepts an absolute web address', () => {
    expect(emailSiteUrl('https://news.example').href).toBe('https://news.example/');
  });

  it.each([
    [undefined, 'The site URL is not set, so the email edition cannot link to the website.'],
    ['', 'The site URL is not set, so the email edition cannot link to the website.'],
    ['/newsletter/', 'The site URL "/newsletter/" is not an absolute URL.'],
    ['ftp://news.example/', 'The site URL "ftp://news.example/" is not a web address.'],
  ])('refuses %j', (url, message) => {
    expect(() => emailSiteUrl(url)).toThrow(message);
  });
});
