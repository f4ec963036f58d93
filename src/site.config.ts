import { joinBase } from './lib/paths/base.ts';
import { ABOUT_PATH } from './lib/paths/site-paths.ts';
import { readSettings } from './lib/settings/settings.ts';

/**
 * The newsletter's identity, in one place. Pages, feeds, share cards and the email edition
 * all read from here, so a rename is a one-line change.
 *
 * Settings that differ between deployments (SITE_URL, BASE_PATH, SIGNUP_*) come from the shell
 * or `.env` (src/load-env.ts merges it into process.env first) and are checked by readSettings,
 * so a bad value stops the build naming the setting. `.env.example` lists them.
 */
export const settings = readSettings(process.env);
const { siteUrl: url, base } = settings;

/** The absolute URL of a page of this site: links derive from the site URL, never a fixed domain. */
const onSite = (path: string) => new URL(joinBase(base, path), url).href;

export const site = {
  /** The newsletter's name, shown in the header, titles, feeds and share cards. */
  name: 'Career Quick Tips',
  /** A one-sentence promise, used on the home page and as the default meta description. */
  description:
    'Practical career advice for people weighing a job offer, negotiating it, and growing from there: one short issue at a time.',
  /** Who it is for, said once in the home page's hero. */
  audience: 'For anyone with an offer on the table, or a recruiter on the phone.',
  /**
   * Who writes it: the byline of every issue, the author card, the feeds' and JSON-LD's author.
   * Every field but the name is optional, and the name defaults to the newsletter's own (the
   * issues are then signed by the newsletter): the card shows what there is, never a placeholder.
   */
  author: {
    /** The author's name; the newsletter's name (the default) signs the issues as the newsletter. */
    name: 'Career Quick Tips',
    /** One line about the author, on the author card, or undefined for none: only what the author can stand behind (issue #57 says they have taken part in hiring negotiations). */
    bio: 'Has taken part in hiring negotiations on the company’s side, and writes down what works.' as
      string | undefined,
    /** A photo in public/ (for example '/author.jpg'), or undefined for a monogram. */
    photo: undefined as string | undefined,
    /** The author's page on this site; feeds and JSON-LD get its absolute URL. */
    url: onSite(ABOUT_PATH),
  },
  /** The absolute URL the site is deployed at (SITE_URL; the local server's while unset). */
  url,
  /**
   * Where signups go (SIGNUP_PROVIDER, SIGNUP_TARGET, SIGNUP_EMAIL_FIELD; see `.env.example`).
   * Unset: no signup form, the RSS feed is offered in its place and the build says so.
   */
  signup: settings.signup,
  /** The page readers subscribe on (the home page's signup box), for emails and links. */
  subscribeUrl: onSite('/#subscribe'),
  /**
   * How many of the latest issues the RSS and JSON feeds carry, in full. Default 50: feed
   * readers only want what is new, and the whole archive stays on the site and in the sitemap.
   */
  feedLimit: 50,
  /** The language of the content, for `<html lang>` and the feeds. */
  lang: 'en',
  /** The email edition (`npm run email`). */
  email: {
    /**
     * The unsubscribe link in every email's footer: the merge tag your sending service replaces
     * with each subscriber's own link (Buttondown and others: `{{unsubscribe_url}}`; Mailchimp:
     * `*|UNSUB|*`). Default `{{unsubscribe_url}}`.
     */
    unsubscribeUrl: '{{unsubscribe_url}}',
  },
  /**
   * Where else readers can follow the author, in the footer and on the author card: none until
   * the author adds their own, for example { label: 'LinkedIn', url: 'https://www.linkedin.com/in/your-name/' }.
   */
  social: [] as readonly { label: string; url: string }[],
} as const;

export type SiteConfig = typeof site;
