// A page's share card, worked out once from the newsletter and (on an issue) the issue's number
// and title: the PNG routes draw its content, the cache keys its tree, the page's meta tags and
// the feeds point to its path and describe it with its alternative text.
import { defaultCardContent, issueCardContent, shareCardAlt, type ShareCardContent } from './card.ts';
import { shareImagePath } from '../paths/site-paths.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './image.ts';

/** The newsletter's fields a card shows (src/site.config.ts has them). */
export interface CardNewsletter {
  /** The newsletter's name, on every card. */
  name: string;
  /** The site's address; its host is printed at the bottom. */
  url: string;
  /** The newsletter's promise, under the name on the default card. */
  description: string;
}

/** The fields of an issue its card shows. */
export interface CardIssue {
  /** The issue's number ("Issue #57"), which also names the PNG (/og/57.png). */
  number: number;
  /** The issue's title, the card's headline. */
  title: string;
}

/** A page's share card: what it says, where its PNG is served, its size and alternative text. */
export interface ShareCard {
  /** What the card says, as src/share-cards/render.ts draws it. */
  content: ShareCardContent;
  /** The site path of its PNG ("/og/57.png", or "/og/default.png"). */
  path: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** What the card shows, for readers who cannot see it. */
  alt: string;
}

/** The share card of an issue, or the newsletter's own card when no issue is given. */
export function shareCard(newsletter: CardNewsletter, issue?: CardIssue): ShareCard {
  const host = new URL(newsletter.url).host;
  const content = issue
    ? issueCardContent(newsletter.name, host, issue)
    : defaultCardContent(newsletter.name, host, newsletter.description);
  return {
    content,
    path: shareImagePath(issue?.number),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: shareCardAlt(content),
  };
}
