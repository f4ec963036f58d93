import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues } from '../../collections/issues.ts';
import { placeShareCards, shareCardPng } from '../../share-cards/render.ts';
import { shareCard, type CardIssue } from '../../lib/share-card/share-card.ts';
import { shareImagePath } from '../../lib/paths/site-paths.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const issues = await publishedIssues();
  const cards = issues.map(({ data: { number, title } }) => ({ number, title }));
  // In a build, the worker threads start drawing every card now, alongside the pages, and the
  // share-cards integration copies each into the build when it is done (src/share-cards/
  // placement.ts): no page of this route is rendered. In dev, each card a reader opens is drawn.
  if (import.meta.env.PROD) {
    placeShareCards(
      cards.map((card) => ({ path: shareImagePath(card.number), content: shareCard(site, card).content })),
    );
    return [];
  }
  return cards.map((card) => ({ params: { number: String(card.number) }, props: card }));
}) satisfies GetStaticPaths;

/** The share card of one issue: 1200×630 PNG with the newsletter's name, number and title. */
export const GET: APIRoute<CardIssue> = async ({ props }) => {
  const { png } = await shareCardPng(shareCard(site, props).content);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
