/**
 * The signup form each email provider accepts, as plain data: where it posts, the name of the
 * email field, and the hidden fields it expects. Components render it; nothing here touches
 * the DOM, so every provider's contract is pinned by a unit test.
 */

/** The providers the newsletter can send signups to. */
export const SIGNUP_PROVIDERS = ['buttondown', 'kit', 'mailchimp', 'beehiiv', 'custom'] as const;

/** One of {@link SIGNUP_PROVIDERS}. */
export type SignupProvider = (typeof SIGNUP_PROVIDERS)[number];

/** The author's signup settings, as `site.config.ts` (or the environment) gives them. */
export interface SignupSettings {
  /** Which provider receives signups; undefined when none is set up yet. */
  provider?: string | undefined;
  /**
   * What identifies the list at the provider: the Buttondown username, the Kit form ID, or the
   * full form action URL for Mailchimp, beehiiv and a custom endpoint.
   */
  target?: string | undefined;
  /** The email field's name, for a custom endpoint only (default `email`). */
  emailField?: string | undefined;
}

/** A hidden field the form carries as it is. */
export interface HiddenField {
  name: string;
  value: string;
}

/** Everything needed to render a working signup form. */
export interface SignupForm {
  provider: SignupProvider;
  /** The absolute URL the form posts to. */
  action: string;
  /** Always POST: an address in a query string ends up in server logs. */
  method: 'post';
  /** The name the provider reads the reader's address from. */
  emailField: string;
  /** Fields the provider expects alongside the address. */
  hidden: HiddenField[];
  /**
   * A field people never see and bots fill in. Mailchimp checks its own; for the others the
   * page script refuses to send a form whose honeypot holds anything.
   */
  honeypot: string;
  /** The origin the CSP's `form-action` must allow, and nothing wider. */
  origin: string;
}

/** The result of reading the settings: a form, none configured, or a mistake to fix. */
export type SignupResult =
  { kind: 'form'; form: SignupForm } | { kind: 'none' } | { kind: 'error'; message: string };

/** The honeypot's name for providers without one of their own; they ignore unknown fields. */
export const HONEYPOT_FIELD = 'website';

const USERNAME = /^[A-Za-z0-9_-]{1,64}$/;
const FORM_ID = /^\d{1,12}$/;

/** Reads the author's settings into a form, or says what is wrong with them. */
export function signupForm(settings: SignupSettings): SignupResult {
  const provider = settings.provider?.trim().toLowerCase() ?? '';
  const target = settings.target?.trim() ?? '';
  if (provider === '' || provider === 'none') return { kind: 'none' };
  if (!isProvider(provider)) {
    return error(`SIGNUP_PROVIDER "${provider}" is not one of ${SIGNUP_PROVIDERS.join(', ')}.`);
  }
  if (target === '') return error(`SIGNUP_TARGET is empty: ${TARGET_HELP[provider]}`);
  switch (provider) {
    case 'buttondown':
      if (!USERNAME.test(target)) return error(`SIGNUP_TARGET "${target}": ${TARGET_HELP.buttondown}`);
      return form(provider, `https://buttondown.com/api/emails/embed-subscribe/${target}`, 'email', [
        { name: 'embed', value: '1' },
      ]);
    case 'kit':
      if (!FORM_ID.test(target)) return error(`SIGNUP_TARGET "${target}": ${TARGET_HELP.kit}`);
      return form(provider, `https://app.kit.com/forms/${target}/subscriptions`, 'email_address', []);
    case 'mailchimp':
      return mailchimp(target);
    case 'beehiiv':
      return actionUrl(
        provider,
        target,
        'email',
        (host) => host === 'beehiiv.com' || host.endsWith('.beehiiv.com'),
      );
    case 'custom':
      return actionUrl(provider, target, settings.emailField?.trim() || 'email', () => true);
  }
}

/** What SIGNUP_TARGET holds for each provider, for error messages and the README. */
export const TARGET_HELP: Record<SignupProvider, string> = {
  buttondown: 'give your Buttondown username (letters, digits, - and _), as in buttondown.com/<username>.',
  kit: "give your Kit form's numeric ID, as in app.kit.com/forms/<ID>/subscriptions.",
  mailchimp:
    "give your Mailchimp form's action URL from its embedded form code: https://<account>.<dc>.list-manage.com/subscribe/post?u=…&id=….",
  beehiiv: "give your beehiiv subscribe form's action URL (https, on beehiiv.com).",
  custom: 'give the https URL your signup form posts to.',
};

function isProvider(value: string): value is SignupProvider {
  return (SIGNUP_PROVIDERS as readonly string[]).includes(value);
}

function error(message: string): SignupResult {
  return { kind: 'error', message };
}

function form(
  provider: SignupProvider,
  action: string,
  emailField: string,
  hidden: HiddenField[],
  honeypot: string = HONEYPOT_FIELD,
): SignupResult {
  return {
    kind: 'form',
    form: { provider, action, method: 'post', emailField, hidden, honeypot, origin: new URL(action).origin },
  };
}

const PLAIN_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/**
 * Whether a URL's host is a plain domain. The URL parser lets "*", ";" and quotes through, and an
 * origin with them, written into a Content-Security-Policy, would allow other sites or add a directive.
 */
export function isPlainHost(url: URL): boolean {
  return PLAIN_HOST.test(url.hostname);
}

/** The message for a setting whose host is not a plain domain. */
export function notPlainHost(setting: string, value: string): string {
  return `${setting} "${value}" has a host name that is not a plain domain (letters, digits, "-" and "."; no "*", ";" or spaces).`;
}

/** An https URL, or undefined; plain http would send addresses in the clear. */
function httpsUrl(text: string): URL | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.protocol === 'https:' && url.username === '' && url.password === '' ? url : undefined;
}

function actionUrl(
  provider: 'beehiiv' | 'custom',
  target: string,
  emailField: string,
  hostAllowed: (host: string) => boolean,
): SignupResult {
  const url = httpsUrl(target);
  if (url && !isPlainHost(url)) return error(notPlainHost('SIGNUP_TARGET', target));
  if (!url || !hostAllowed(url.hostname)) return error(`SIGNUP_TARGET "${target}": ${TARGET_HELP[provider]}`);
  if (!/^[A-Za-z0-9_[\]-]{1,64}$/.test(emailField)) {
    return error(`SIGNUP_EMAIL_FIELD "${emailField}" is not a form field name (letters, digits, _, -, [ ]).`);
  }
  // The honeypot must never take the address's own name, or every signup would look like a bot.
  const honeypot = emailField === HONEYPOT_FIELD ? `${HONEYPOT_FIELD}_url` : HONEYPOT_FIELD;
  return form(provider, url.href, emailField, [], honeypot);
}

function mailchimp(target: string): SignupResult {
  const url = httpsUrl(target);
  if (url && !isPlainHost(url)) return error(notPlainHost('SIGNUP_TARGET', target));
  const u = url?.searchParams.get('u') ?? '';
  const id = url?.searchParams.get('id') ?? '';
  const valid =
    url !== undefined &&
    /(^|\.)list-manage\.com$/.test(url.hostname) &&
    url.pathname.startsWith('/subscribe/post') &&
    /^[0-9a-f]+$/i.test(u) &&
    /^[0-9a-f]+$/i.test(id);
  if (!url || !valid) return error(`SIGNUP_TARGET "${target}": ${TARGET_HELP.mailchimp}`);
  // Mailchimp's own bot trap: a field named after the list that must arrive empty.
  return form('mailchimp', url.href, 'EMAIL', [], `b_${u}_${id}`);
}

/** The CSP `form-action` sources: this site, plus exactly the provider's origin when there is one. */
export function formActionSources(settings: SignupSettings): string {
  const result = signupForm(settings);
  return result.kind === 'form' ? `'self' ${result.form.origin}` : "'self'";
}
