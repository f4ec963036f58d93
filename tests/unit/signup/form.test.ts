import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { formActionSources } from '../../../src/lib/signup/form.ts';
import { HONEYPOT_FIELD, SIGNUP_PROVIDERS, signupForm, TARGET_HELP } from '../../../src/lib/signup/form.ts';

describe('signupForm: each provider posts where it expects, with the fields it reads', () => {
  it.each([
    {
      provider: 'buttondown',
      target: 'careertips',
      action: 'https://buttondown.com/api/emails/embed-subscribe/careertips',
      emailField: 'email',
      hidden: [{ name: 'embed', value: '1' }],
      honeypot: HONEYPOT_FIELD,
      origin: 'https://buttondown.com',
    },
    {
      provider: 'kit',
      target: '1234567',
      action: 'https://app.kit.com/forms/1234567/subscriptions',
      emailField: 'email_address',
      hidden: [],
      honeypot: HONEYPOT_FIELD,
      origin: 'https://app.kit.com',
    },
    {
      provider: 'mailchimp',
      target: 'https://example.us21.list-manage.com/subscribe/post?u=019b89996f54b9a71caae3986&id=f64fadfa72',
      action: 'https://example.us21.list-manage.com/subscribe/post?u=019b89996f54b9a71caae3986&id=f64fadfa72',
      emailField: 'EMAIL',
      hidden: [],
      honeypot: 'b_019b89996f54b9a71caae3986_f64fadfa72',
      origin: 'https://example.us21.list-manage.com',
    },
    {
      provider: 'beehiiv',
      target: 'https://careertips.beehiiv.com/subscribe',
      action: 'https://careertips.beehiiv.com/subscribe',
      emailField: 'email',
      hidden: [],
      honeypot: HONEYPOT_FIELD,
      origin: 'https://careertips.beehiiv.com',
    },
    {
      provider: 'custom',
      target: 'https://forms.mydomain.test/newsletter',
      action: 'https://forms.mydomain.test/newsletter',
      emailField: 'email',
      hidden: [],
      honeypot: HONEYPOT_FIELD,
      origin: 'https://forms.mydomain.test',
    },
  ])('$provider', ({ provider, target, ...expected }) => {
    expect(signupForm({ provider, target })).toEqual({
      kind: 'form',
      form: { provider, method: 'post', ...expected },
    });
  });

  it('a custom endpoint may name its email field', () => {
    const result = signupForm({
      provider: 'custom',
      target: 'https://a.test/join',
      emailField: 'fields[email]',
    });
    expect(result.kind === 'form' && result.form.emailField).toBe('fields[email]');
  });

  it('reads the provider name in any case, with stray spaces', () => {
    expect(signupForm({ provider: ' Kit ', target: ' 42 ' }).kind).toBe('form');
  });
});

describe('signupForm: no provider, or a mistake the author can fix', () => {
  it.each([undefined, '', 'none', 'NONE'])('%s → none', (provider) => {
    expect(signupForm({ provider, target: 'anything' })).toEqual({ kind: 'none' });
  });

  it.each([
    [
      { provider: 'substack', target: 'x' },
      'SIGNUP_PROVIDER "substack" is not one of buttondown, kit, mailchimp, beehiiv, custom.',
    ],
    [{ provider: 'kit', target: '' }, `SIGNUP_TARGET is empty: ${TARGET_HELP.kit}`],
    [{ provider: 'kit', target: 'my-form' }, `SIGNUP_TARGET "my-form": ${TARGET_HELP.kit}`],
    [{ provider: 'buttondown', target: 'a b' }, `SIGNUP_TARGET "a b": ${TARGET_HELP.buttondown}`],
    [
      { provider: 'mailchimp', target: 'https://evil.test/subscribe/post?u=1&id=2' },
      expect.stringContaining('list-manage.com'),
    ],
    [
      { provider: 'mailchimp', target: 'https://x.us1.list-manage.com/subscribe/post?id=2' },
      expect.stringContaining('u=…'),
    ],
    [
      { provider: 'beehiiv', target: 'https://beehiiv.com.evil.test/x' },
      `SIGNUP_TARGET "https://beehiiv.com.evil.test/x": ${TARGET_HELP.beehiiv}`,
    ],
    [
      { provider: 'custom', target: 'http://forms.test/join' },
      `SIGNUP_TARGET "http://forms.test/join": ${TARGET_HELP.custom}`,
    ],
    [{ provider: 'custom', target: 'javascript:alert(1)' }, expect.stringContaining('https URL')],
    [{ provider: 'custom', target: 'https://user:pw@forms.test/' }, expect.stringContaining('https URL')],
    [
      { provider: 'custom', target: 'https://forms.test/', emailField: 'e mail' },
      expect.stringContaining('SIGNUP_EMAIL_FIELD'),
    ],
  ])('%j', (settings, message) => {
    expect(signupForm(settings)).toEqual({ kind: 'error', message });
  });
});

describe('signupForm: properties', () => {
  it('a form always posts over https to exactly the origin the CSP will allow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIGNUP_PROVIDERS), fc.string(), fc.webUrl(), (provider, text, url) => {
        for (const target of [text, url]) {
          const result = signupForm({ provider, target });
          if (result.kind !== 'form') continue;
          const action = new URL(result.form.action);
          expect(action.protocol).toBe('https:');
          expect(action.origin).toBe(result.form.origin);
        }
      }),
    );
  });

  it('the honeypot never shares a name with the email field or a hidden field', () => {
    fc.assert(
      fc.property(fc.constantFrom('email', 'EMAIL', 'website', 'embed'), (emailField) => {
        const result = signupForm({ provider: 'custom', target: 'https://forms.test/', emailField });
        if (result.kind !== 'form') return;
        const names = [result.form.emailField, ...result.form.hidden.map((field) => field.name)];
        expect(names).not.toContain(result.form.honeypot);
      }),
    );
  });
});

describe('signupForm: only a plain host reaches the policy', () => {
  it.each([
    ['custom', 'https://*/subscribe'],
    ['custom', 'https://a;script-src/x'],
    ['beehiiv', "https://x'.beehiiv.com/subscribe"],
    ['mailchimp', 'https://a;b.list-manage.com/subscribe/post?u=1a&id=2b'],
  ])('refuses %s with %s', (provider, target) => {
    expect(signupForm({ provider, target })).toEqual({
      kind: 'error',
      message: `SIGNUP_TARGET "${target}" has a host name that is not a plain domain (letters, digits, "-" and "."; no "*", ";" or spaces).`,
    });
  });
});

describe('formActionSources: the CSP allows exactly the provider’s origin', () => {
  it.each([
    [{}, "'self'"],
    [{ provider: 'kit', target: '42' }, "'self' https://app.kit.com"],
    [{ provider: 'buttondown', target: 'me' }, "'self' https://buttondown.com"],
    [{ provider: 'custom', target: 'https://forms.mine.test/a/b?c=1' }, "'self' https://forms.mine.test"],
    [{ provider: 'kit', target: 'not-a-number' }, "'self'"],
  ])('%j → %s', (settings, expected) => {
    expect(formActionSources(settings)).toBe(expected);
  });
});

describe('site.config.ts: every link derives from the site URL', () => {
  it('with SITE_URL and BASE_PATH set, the author and subscribe links follow them', async () => {
    vi.resetModules();
    vi.stubEnv('SITE_URL', 'https://careers.mine.test');
    vi.stubEnv('BASE_PATH', '/newsletter/');
    try {
      const { site } = await import('../../../src/site.config.ts');
      expect(site.author.url).toBe('https://careers.mine.test/newsletter/about/');
      expect(site.subscribeUrl).toBe('https://careers.mine.test/newsletter/#subscribe');
      expect(JSON.stringify(site)).not.toContain('careerquicktips.example');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
