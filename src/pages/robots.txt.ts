import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/syndication/discovery.ts';
import { absoluteUrl } from '../href.ts';
import { SITEMAP_INDEX_PATH } from '../lib/paths/site-paths.ts';

/** robots.txt, pointing to the sitemap index at its absolute, base-aware URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(SITEMAP_INDEX_PATH, site)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
