// An issue's body as an HTML string, outside a page: for the feeds and the email edition.
// Astro's container API renders the compiled MDX, islands included (server-rendered with
// Preact), exactly as the issue page does; src/lib/syndication then makes it safe to send elsewhere.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
// Imported, not loaded with `loadRenderers`: Vite must bundle Preact's server renderer, which
// reads a virtual module (astro:preact:opts) that Node alone cannot resolve.
import mdxRenderer from '@astrojs/mdx/server.js';
import preactRenderer from '@astrojs/preact/server.js';
import { issueComponents } from '../components/issue-components.ts';
import { HOME_PATH, issueImagePath, issuePath } from '../lib/paths/site-paths.ts';
import { localImages, useRenditions } from '../lib/content/email-images.ts';
import { prepareContentHtml, type Widget } from '../lib/syndication/html.ts';
import { absoluteUrl, href } from '../href.ts';
import { renderIssue, type Issue } from './issues.ts';

let container: Promise<AstroContainer> | undefined;

/**
 * One container for the whole build: creating it loads the renderers. It knows the site's URL,
 * which the widgets print as their tool pages' addresses, and a build has only one.
 */
function getContainer(site: URL | undefined): Promise<AstroContainer> {
  container ??= (async () => {
    const created = await AstroContainer.create(site ? { astroConfig: { site: site.href } } : {});
    created.addServerRenderer({ renderer: mdxRenderer });
    created.addServerRenderer({ renderer: preactRenderer });
    // Islands (`client:visible`) need a client renderer to be named, even though the
    // feeds and emails drop their scripts.
    created.addClientRenderer({ name: '@astrojs/preact', entrypoint: '@astrojs/preact/client.js' });
    return created;
  })();
  return container;
}

/** The canonical, absolute URL of an issue page. */
export function issueUrl(issue: Issue, site: URL | undefined): string {
  return absoluteUrl(issuePath(issue.data.number), site);
}

/** The absolute URL of the site's root, base path included. */
export function siteRootUrl(site: URL | undefined): string {
  return absoluteUrl(HOME_PATH, site);
}

// Both feeds (and the email edition) want the same bodies in one build: each is rendered once
// and shared. Keyed by entry id, digest and site URL, so an edit in `astro dev` renders afresh.
const bodies = new Map<string, Promise<string>>();

/** The issue's body exactly as its page renders it (relative links, islands and all). */
export function renderIssueBody(issue: Issue, site: URL | undefined): Promise<string> {
  const key = `${issue.id}\0${issue.digest ?? ''}\0${site?.href ?? ''}`;
  let body = bodies.get(key);
  if (!body) {
    body = renderIssueBodyOnce(issue, site);
    // A failed render is not kept: the next caller tries again and sees the error itself.
    body.catch(() => bodies.delete(key));
    bodies.set(key, body);
  }
  return body;
}

async function renderIssueBodyOnce(issue: Issue, site: URL | undefined): Promise<string> {
  const { Content } = await renderIssue(issue);
  const html = await (
    await getContainer(site)
  ).renderToString(Content, {
    request: new Request(issueUrl(issue, site)),
    props: { components: issueComponents },
  });
  return html.replace(/^\s*<!doctype html>/i, '').trim();
}

/**
 * The issue's body ready to leave the site: every URL absolute, scripts gone, and each widget
 * replaced by `widget(…)`'s HTML (by default a note with a link to use it on the website).
 */
export async function issueContentHtml(
  issue: Issue,
  site: URL | undefined,
  widget?: (widget: Widget) => string,
): Promise<string> {
  // Images as PNG or JPEG renditions: not every mail client or feed reader shows WebP.
  const renditions = localImages(issue.body ?? '').map((image) => ({
    stem: image.stem,
    url: href(issueImagePath(issue.data.number, image.file)),
  }));
  const body = useRenditions(await renderIssueBody(issue, site), renditions);
  return prepareContentHtml(body, {
    pageUrl: issueUrl(issue, site),
    siteUrl: siteRootUrl(site),
    ...(widget ? { widget } : {}),
  });
}
