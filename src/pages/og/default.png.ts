import type { APIRoute } from 'astro';
import { shareCardPng } from '../../share-cards/render.ts';
import { shareCard } from '../../lib/share-card/share-card.ts';
import { site } from '../../site.config.ts';

/** The share card of every page that is not an issue: the newsletter's name and promise. */
export const GET: APIRoute = async () => {
  const { png } = await shareCardPng(shareCard(site).content);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
