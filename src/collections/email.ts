// The email edition of an issue, built from the same rendered body as the feeds. Its routes
// (/issues/57/email/ and /issues/57/email.txt) exist in `npm run dev` for previewing, and in
// the build `npm run email` runs (EMAIL_EDITION=1); never in the site's production build.
import { site } from '../site.config.ts';
import { absoluteUrl } from '../href.ts';
import { emailWidgetCallout } from '../lib/email/callout.ts';
import { emailSiteUrl, type EmailEdition } from '../lib/email/edition.ts';
import { emailHtml } from '../lib/email/html.ts';
import { emailText } from '../lib/email/text.ts';
import { issueContentHtml, issueUrl } from './issue-html.ts';
import { publishedIssues, type Issue } from './issues.ts';
import { HOME_PATH } from '../lib/paths/site-paths.ts';

/** Whether this build has the email routes: in dev, and when `npm run email` builds. */
export function emailEditionEnabled(): boolean {
  // `import.meta.hot` exists only under the dev server. `import.meta.env.DEV` is not enough:
  // a build spawned from Vitest inherits MODE=test and DEV=1, and Astro reads those back.
  const devServer = import.meta.hot !== undefined;
  return devServer || process.env['EMAIL_EDITION'] === '1';
}

/** The email routes' paths: every issue readers may see, or none in the site's own build. */
export async function emailPaths() {
  if (!emailEditionEnabled()) return [];
  const issues = await publishedIssues();
  return issues.map((issue) => ({ params: { number: String(issue.data.number) }, props: { issue } }));
}

/** Both editions of one issue's email: HTML and plain text. */
export async function issueEmail(
  issue: Issue,
  siteUrl: URL | undefined,
): Promise<{ html: string; text: string }> {
  const root = emailSiteUrl(siteUrl);
  const edition: EmailEdition = {
    issue: {
      number: issue.data.number,
      title: issue.data.title,
      subtitle: issue.data.subtitle,
      description: issue.data.description,
      date: issue.data.date,
      dateOffset: issue.data.dateOffset,
      url: issueUrl(issue, root),
    },
    site: {
      name: site.name,
      homeUrl: absoluteUrl(HOME_PATH, root),
      subscribeUrl: site.subscribeUrl,
      unsubscribeUrl: site.email.unsubscribeUrl,
      lang: site.lang,
    },
    bodyHtml: await issueContentHtml(issue, root, emailWidgetCallout),
  };
  return { html: emailHtml(edition), text: emailText(edition) };
}
