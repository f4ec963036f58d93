/**
 * The newsletter's identity, in one place. Pages, feeds, share cards and the email edition
 * all read from here, so a rename or a new signup page is a one-line change.
 */
export const site = {
  /** The newsletter's name, shown in the header, titles, feeds and share cards. */
  name: 'Career Quick Tips',
  /** A one-sentence promise, used on the home page and as the default meta description. */
  description:
    'Practical career advice for people weighing a job offer, negotiating it, and growing from there: one short issue at a time.',
  /** Who writes it; the byline of every issue and the feeds' author. */
  author: {
    name: 'Career Quick Tips',
    url: 'https://careerquicktips.example/about/',
  },
  /** The absolute URL the site is deployed at; SITE_URL overrides it at build time. */
  url: process.env['SITE_URL'] ?? 'https://careerquicktips.example',
  /** The author's signup page; shown on every page. SUBSCRIBE_URL overrides it. */
  subscribeUrl: process.env['SUBSCRIBE_URL'] ?? 'https://careerquicktips.example/subscribe',
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
  /** Where else readers can follow the newsletter; shown in the footer. */
  social: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/' },
    { label: 'Quora', url: 'https://www.quora.com/' },
  ],
} as const;

export type SiteConfig = typeof site;
