// What an email edition is made of: the issue, the newsletter, and the prepared body.

/** The issue, as the email shows it. */
export interface EmailIssue {
  /** The issue number. */
  number: number;
  /** The headline. */
  title: string;
  /** The optional second line. */
  subtitle?: string | undefined;
  /** One or two sentences: the hidden preheader that inboxes show after the subject. */
  description: string;
  /** The instant of publication. */
  date: Date;
  /** The offset the date was written in, minutes east of UTC: the email shows the author's day. */
  dateOffset: number;
  /** The absolute URL of the web edition. */
  url: string;
}

/** The newsletter, as the email's masthead and footer show it. */
export interface EmailSite {
  /** The newsletter's name. */
  name: string;
  /** The absolute URL of the home page. */
  homeUrl: string;
  /** The signup page, for readers of a forwarded email. */
  subscribeUrl: string;
  /** The unsubscribe link: usually the sending service's merge tag, like `{{unsubscribe_url}}`. */
  unsubscribeUrl: string;
  /** The language of the content, e.g. "en". */
  lang: string;
}

/** Everything one email is built from. */
export interface EmailEdition {
  issue: EmailIssue;
  site: EmailSite;
  /**
   * The issue's body as HTML, ready to leave the site (see prepareContentHtml): absolute URLs,
   * no scripts, widgets already replaced by {@link emailWidgetCallout}.
   */
  bodyHtml: string;
}

/** The subject line: the issue number and title, as in the feeds. */
export function emailSubject(issue: Pick<EmailIssue, 'number' | 'title'>): string {
  return `#${issue.number}: ${issue.title}`;
}

/**
 * The site URL the email's links start from. Emails are read away from the site, so every link
 * must be absolute: a missing or relative URL stops the build with the fix.
 */
export function emailSiteUrl(url: URL | string | undefined): URL {
  const fix =
    'Set `url` in src/site.config.ts, or SITE_URL, to the absolute address the site is deployed at (https://…).';
  if (url === undefined || String(url).trim() === '') {
    throw new Error(`The site URL is not set, so the email edition cannot link to the website. ${fix}`);
  }
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`The site URL "${String(url)}" is not an absolute URL. ${fix}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`The site URL "${parsed.href}" is not a web address. ${fix}`);
  }
  return parsed;
}
