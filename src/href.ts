// The one Astro-side piece of the paths module (src/lib/paths/): Astro's configured base path is
// known only as import.meta.env.BASE_URL, which src/lib may not read (it stays free of Astro so
// scripts, feeds and tests run it as plain TypeScript). Pages, components and islands link here.
import { absoluteUrl as absoluteUnder } from './lib/paths/absolute.ts';
import { joinBase } from './lib/paths/base.ts';

/** A site-absolute path ("/issues/57/") as a link that honours the configured base path. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site path, for canonical links, feeds and share cards. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return absoluteUnder(path, site, import.meta.env.BASE_URL);
}
