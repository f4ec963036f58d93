// The base path: the site may be served from a sub-path (BASE_PATH=/newsletter/), so every
// internal link is a site path joined to it. Pure: callers pass the base (Astro's
// import.meta.env.BASE_URL, or BASE_PATH outside Astro).

/**
 * Joins the site's base path and a site-absolute path ("/issues/57/") into the URL to link to.
 * Every internal link goes through here so the site works under a sub-path like /newsletter/.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const cleanPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${cleanPath}` || '/';
}

/**
 * A link as an author wrote it, with the base path added when it is site-absolute ("/issues/12/")
 * and lacks it; other links (relative, external, fragments, protocol-relative) stay as written.
 */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (prefix && (url === prefix || url.startsWith(`${prefix}/`))) return url;
  return joinBase(base, url);
}

/** A page's path with the base path taken off ("/newsletter/tools/" → "/tools/"), to compare with site paths. */
export function withoutBase(pathname: string, base: string): string {
  return pathname.replace(base.replace(/\/$/, ''), '') || '/';
}
