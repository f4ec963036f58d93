import type { APIRoute } from 'astro';
import { shareCardPng } from '../../share-cards/render.ts';
import { defaultCardContent } from '../../lib/share-card/card.ts';
import { site } from '../../site.config.ts';

/** The share card of every page that is not an issue: the newsletter's name and promise. */
export const GET: APIRoute = async () => {
  const host = new URL(site.url).host;
  const { png } = await shareCardPng(defaultCardContent(site.name, host, site.description));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
