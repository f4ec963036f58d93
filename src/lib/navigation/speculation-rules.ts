// Speculation Rules make the next page instant without a JavaScript file: Chromium-based
// browsers prefetch a page when the reader hovers or focuses its link, and prerender it on
// pointer-down. Other browsers ignore the script. The CSP allows this exact text by its hash.
import { createHash } from 'node:crypto';
import { joinBase } from '../paths/base.ts';
import { HOME_PATH } from '../paths/site-paths.ts';

/**
 * The rules as the page carries them, for a site served from `base`. Only the site's own
 * pages qualify (paths ending in "/", as every page does): never feeds, images or the search
 * index, and never a link marked `rel="nofollow"` or `download`.
 */
export function speculationRules(base: string): string {
  const root = joinBase(base, HOME_PATH);
  const where = {
    and: [
      { or: [{ href_matches: root }, { href_matches: `${root}*/` }] },
      { not: { selector_matches: '[rel~="nofollow"], [download]' } },
    ],
  };
  return JSON.stringify({
    prefetch: [{ where, eagerness: 'moderate' }],
    prerender: [{ where, eagerness: 'conservative' }],
  });
}

/** The CSP source expression that allows speculationRules(base) and nothing else. */
export function speculationRulesHash(base: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(speculationRules(base)).digest('base64')}`;
}
