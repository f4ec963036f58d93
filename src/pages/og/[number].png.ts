import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues } from '../../collections/issues.ts';
import { shareCardPng, startShareCards } from '../../share-cards/render.ts';
import { shareCard, type CardIssue } from '../../lib/share-card/share-card.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const issues = await publishedIssues();
  const paths = issues.map((issue) => ({
    params: { number: String(issue.data.number) },
    props: { number: issue.data.number, title: issue.data.title },
  }));
  // Astro lists every route's paths before rendering any page: the worker threads start
  // drawing every card now, alongside the pages, and each GET below takes its finished card.
  // Not in dev, where only the cards a reader opens are drawn.
  if (import.meta.env.PROD) startShareCards(paths.map(({ props }) => shareCard(site, props).content));
  return paths;
}) satisfies GetStaticPaths;

/** The share card of one issue: 1200×630 PNG with the newsletter's name, number and title. */
export const GET: APIRoute<CardIssue> = async ({ props }) => {
  const { png } = await shareCardPng(shareCard(site, props).content);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
