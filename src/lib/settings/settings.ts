// The author's settings, read from the environment (the shell or `.env`, merged by
// src/load-env.ts) and checked once, so the config, integrations, pages and scripts all see the
// same values and a bad one stops everything with the name of the setting and its fix.
import { isPlainHost, notPlainHost, signupForm, type SignupSettings } from '../signup/form.ts';

/** What the site is built with; see `.env.example` for each setting's meaning. */
export interface Settings {
  /** The absolute URL the site is served at, ending in "/" (SITE_URL). */
  siteUrl: string;
  /** Whether SITE_URL was set; without it links point at the local server. */
  siteUrlSet: boolean;
  /** The sub-path the site is served from, "/" or "/name/" (BASE_PATH). */
  base: string;
  /** Where signups go (SIGNUP_PROVIDER, SIGNUP_TARGET, SIGNUP_EMAIL_FIELD). */
  signup: SignupSettings;
}

/** Where `npm start` serves the site: the links' address while SITE_URL is unset. */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

/** A setting that can't be used: names the setting, the value seen and the fix. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** Reads and checks every setting; throws a {@link SettingsError} for the first bad one. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const rawUrl = env['SITE_URL']?.trim() || undefined;
  const siteUrl = rawUrl === undefined ? LOCAL_SITE_URL : checkedSiteUrl(rawUrl);
  const base = env['BASE_PATH']?.trim() || '/';
  if (!BASE.test(base)) {
    throw new SettingsError(
      `BASE_PATH "${base}" is not a sub-path: write it with a slash at each end and only letters, digits, ".", "_", "~" or "-" between them, like BASE_PATH=/newsletter/.`,
    );
  }
  const signup = {
    provider: env['SIGNUP_PROVIDER'],
    target: env['SIGNUP_TARGET'],
    emailField: env['SIGNUP_EMAIL_FIELD'],
  };
  const form = signupForm(signup);
  if (form.kind === 'error') throw new SettingsError(form.message);
  return { siteUrl, siteUrlSet: rawUrl !== undefined, base, signup };
}

/**
 * Whether the build runs on a host that publishes it (Cloudflare Pages, Netlify), where a
 * missing SITE_URL would put the local address into every feed and share link.
 */
export function isHostBuild(env: Record<string, string | undefined>): boolean {
  return env['CF_PAGES'] === '1' || env['NETLIFY'] === 'true';
}

/** What the build says about SITE_URL: nothing, a warning (locally), or an error (on a host). */
export function siteUrlNotice(
  settings: Settings,
  env: Record<string, string | undefined>,
): { level: 'warn' | 'error'; message: string } | undefined {
  if (settings.siteUrlSet) return undefined;
  const message = `SITE_URL is not set, so feeds, share cards and canonical links point at ${LOCAL_SITE_URL}. Set SITE_URL in .env (or the host's environment variables) to the address readers use, like SITE_URL=https://news.example.com.`;
  return { level: isHostBuild(env) ? 'error' : 'warn', message };
}

function checkedSiteUrl(value: string): string {
  const fix =
    'write the https address readers use, like SITE_URL=https://news.example.com (BASE_PATH holds any sub-path).';
  if (!URL.canParse(value)) throw new SettingsError(`SITE_URL "${value}" is not an absolute URL: ${fix}`);
  const url = new URL(value);
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local)
    throw new SettingsError(`SITE_URL "${value}" is not https: ${fix}`);
  if (!isPlainHost(url)) throw new SettingsError(notPlainHost('SITE_URL', value));
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new SettingsError(`SITE_URL "${value}" has more than a scheme and host: ${fix}`);
  }
  return url.href;
}
