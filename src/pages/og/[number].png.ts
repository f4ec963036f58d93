import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedIssues } from '../../collections/issues.ts';
import { shareCardPng } from '../../share-cards/render.ts';
import { shareCard, type CardIssue } from '../../lib/share-card/share-card.ts';
import { site } from '../../site.config.ts';

export const getStaticPaths = (async () => {
  const issues = await publishedIssues();
  return issues.map((issue) => ({
    params: { number: String(issue.data.number) },
    props: { number: issue.data.number, title: issue.data.title },
  }));
}) satisfies GetStaticPaths;

/** The share card of one issue: 1200×630 PNG with the newsletter's name, number and title. */
export const GET: APIRoute<CardIssue> = async ({ props }) => {
  const { png } = await shareCardPng(shareCard(site, props).content);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
