import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../../src/lib/settings/headers.ts';
import {
  LOCAL_SITE_URL,
  readSettings,
  siteUrlNotice,
  SettingsError,
} from '../../../src/lib/settings/settings.ts';

describe('readSettings: every setting checked, the bad one named', () => {
  it('with nothing set: the local server, the root path, no signup', () => {
    expect(readSettings({})).toEqual({ siteUrl: LOCAL_SITE_URL, siteUrlSet: false, base: '/', signup: {} });
  });

  it('takes a site URL, a base path and a provider as an author writes them', () => {
    const settings = readSettings({
      SITE_URL: ' https://News.Example.com ',
      BASE_PATH: '/newsletter/',
      SIGNUP_PROVIDER: 'buttondown',
      SIGNUP_TARGET: 'me',
    });
    expect(settings).toMatchObject({
      siteUrl: 'https://news.example.com/',
      siteUrlSet: true,
      base: '/newsletter/',
    });
  });

  it.each([
    [{ SITE_URL: 'news.example.com' }, 'SITE_URL "news.example.com" is not an absolute URL'],
    [{ SITE_URL: 'http://news.example.com' }, 'SITE_URL "http://news.example.com" is not https'],
    [
      { SITE_URL: 'https://*.example.com' },
      'SITE_URL "https://*.example.com" has a host name that is not a plain domain',
    ],
    [{ SITE_URL: 'https://a;script-src' }, 'SITE_URL "https://a;script-src" has a host name'],
    [{ SITE_URL: 'https://news.example.com/blog/' }, 'has more than a scheme and host'],
    [{ BASE_PATH: 'newsletter' }, 'BASE_PATH "newsletter" is not a sub-path'],
    [{ BASE_PATH: '/news letter/' }, 'BASE_PATH "/news letter/" is not a sub-path'],
    [{ BASE_PATH: '/a;b/' }, 'BASE_PATH "/a;b/" is not a sub-path'],
    [{ SIGNUP_PROVIDER: 'substack', SIGNUP_TARGET: 'x' }, 'SIGNUP_PROVIDER "substack" is not one of'],
    [
      { SIGNUP_PROVIDER: 'custom', SIGNUP_TARGET: 'https://*/x' },
      'SIGNUP_TARGET "https://*/x" has a host name',
    ],
    [
      { SIGNUP_PROVIDER: 'custom', SIGNUP_TARGET: 'https://a;script-src/x' },
      'SIGNUP_TARGET "https://a;script-src/x"',
    ],
    [
      { SIGNUP_PROVIDER: 'custom', SIGNUP_TARGET: 'http://forms.example/x' },
      'SIGNUP_TARGET "http://forms.example/x"',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => readSettings(env)).toThrow(SettingsError);
    expect(() => readSettings(env)).toThrow(message);
  });

  it('accepts the local server over http, for previews', () => {
    expect(readSettings({ SITE_URL: 'http://localhost:8788' }).siteUrl).toBe('http://localhost:8788/');
  });

  it('never lets a setting put a wildcard, a ";" or a space into a policy', () => {
    const hostile = fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('*', ';', ' ', "'", ','),
        fc.string({ maxLength: 8 }),
      )
      .map(([a, bad, b]) => `${a}${bad}${b}`);
    fc.assert(
      fc.property(hostile, fc.constantFrom('SITE_URL', 'SIGNUP_TARGET'), (host, setting) => {
        const env =
          setting === 'SITE_URL'
            ? { SITE_URL: `https://${host}` }
            : { SIGNUP_PROVIDER: 'custom', SIGNUP_TARGET: `https://${host}/subscribe` };
        let headers: string;
        try {
          headers = hostHeaders(readSettings(env));
        } catch (error) {
          expect(error).toBeInstanceOf(SettingsError);
          return;
        }
        const formAction = /form-action ([^\n]*)/.exec(headers)?.[1] ?? '';
        expect(formAction).toMatch(/^'self'( https:\/\/[a-z0-9.-]+(:\d+)?)?$/);
      }),
    );
  });
});

describe('siteUrlNotice: a build without SITE_URL says so', () => {
  const unset = readSettings({});
  it.each([
    [{}, 'warn'],
    [{ CF_PAGES: '1' }, 'error'],
    [{ NETLIFY: 'true' }, 'error'],
  ])('with %j: %s', (env, level) => {
    expect(siteUrlNotice(unset, env)).toMatchObject({
      level,
      message: expect.stringContaining('SITE_URL is not set'),
    });
  });
  it('says nothing once it is set', () => {
    expect(
      siteUrlNotice(readSettings({ SITE_URL: 'https://news.example.com' }), { CF_PAGES: '1' }),
    ).toBeUndefined();
  });
});

describe('hostHeaders: the host’s policy allows what the page allows', () => {
  it.each([
    [{}, "form-action 'self'\n"],
    [{ SIGNUP_PROVIDER: 'buttondown', SIGNUP_TARGET: 'me' }, "form-action 'self' https://buttondown.com\n"],
    [{ SIGNUP_PROVIDER: 'kit', SIGNUP_TARGET: '42' }, "form-action 'self' https://app.kit.com\n"],
  ])('%j', (env, policyEnd) => {
    expect(hostHeaders(readSettings(env))).toContain(policyEnd);
  });
});
