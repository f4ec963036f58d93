// The share card's layout as a satori element tree: plain objects, so it is testable without
// rendering. src/share-cards/render.ts turns it into a PNG.
import { fitText, type FittedText } from './fit.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './image.ts';

/**
 * Part of the cache key. The key already covers the element tree, so changes here re-render by
 * themselves; bump this when the rendering around the tree changes (satori or resvg options).
 */
export const CARD_TEMPLATE_VERSION = 1;

/** What a card says. */
export interface ShareCardContent {
  /** The newsletter's name, top left. */
  siteName: string;
  /** The small line above the title ("Issue #57"); none on the default card. */
  label?: string | undefined;
  /** The headline: the issue's title, or the newsletter's name on the default card. */
  title: string;
  /** A line under the title (the newsletter's promise on the default card). */
  subtitle?: string | undefined;
  /** The site's host name, bottom left ("careerquicktips.example"). */
  host: string;
}

/** An element as satori takes it: a React-like `{ type, props }` with inline styles only. */
export interface CardElement {
  type: 'div';
  props: {
    style: Record<string, string | number>;
    children?: string | CardElement | (string | CardElement)[];
  };
}

/** The colours of the card: the site's light theme. */
export const CARD_COLOURS = {
  background: '#fdfcfa',
  text: '#1d1f23',
  muted: '#555a63',
  accent: '#1f5fbf',
  band: '#f3f1ec',
} as const;

const PADDING_X = 80;
const PADDING_Y = 64;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
const TITLE_LINE_HEIGHT = 1.12;

/** How the title is set: the largest of these sizes at which it fits in four lines. */
export const TITLE_FIT = { sizes: [76, 68, 60, 54, 48], maxWidth: CONTENT_WIDTH, maxLines: 4 } as const;
/** How the subtitle is set: one size, at most two lines. */
export const SUBTITLE_FIT = {
  sizes: [34, 30],
  maxWidth: CONTENT_WIDTH,
  maxLines: 3,
  weight: 'regular',
} as const;

function div(
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
): CardElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

function lines(fitted: FittedText, style: Record<string, string | number>): CardElement {
  return div(
    { display: 'flex', flexDirection: 'column', ...style, fontSize: fitted.fontSize },
    fitted.lines.map((line) => div({ display: 'flex' }, line)),
  );
}

/** The card's element tree: the newsletter's name, the label, the fitted title, the host. */
export function shareCardTree(content: ShareCardContent): CardElement {
  const title = fitText(content.title, TITLE_FIT);
  const middle: CardElement[] = [];
  if (content.label) {
    middle.push(
      div(
        {
          display: 'flex',
          marginBottom: 20,
          fontSize: 30,
          fontWeight: 700,
          letterSpacing: '0.06em',
          textTransform: 'uppercase',
          color: CARD_COLOURS.accent,
        },
        content.label,
      ),
    );
  }
  middle.push(lines(title, { fontWeight: 800, lineHeight: TITLE_LINE_HEIGHT, color: CARD_COLOURS.text }));
  if (content.subtitle) {
    const subtitle = fitText(content.subtitle, SUBTITLE_FIT);
    middle.push(
      lines(subtitle, { marginTop: 24, fontWeight: 400, lineHeight: 1.3, color: CARD_COLOURS.muted }),
    );
  }

  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // satori sizes boxes as content-box unless told otherwise.
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      backgroundColor: CARD_COLOURS.background,
      borderTop: `16px solid ${CARD_COLOURS.accent}`,
      fontFamily: 'Inter',
      color: CARD_COLOURS.text,
    },
    [
      div({ display: 'flex', flexShrink: 0, alignItems: 'center', fontSize: 34, fontWeight: 700 }, [
        div({
          display: 'flex',
          width: 28,
          height: 28,
          marginRight: 18,
          backgroundColor: CARD_COLOURS.accent,
          borderRadius: 6,
        }),
        content.siteName,
      ]),
      div({ display: 'flex', flexDirection: 'column' }, middle),
      div({ display: 'flex', flexShrink: 0, fontSize: 26, color: CARD_COLOURS.muted }, content.host),
    ],
  );
}

/** The alternative text of a card: what it says, in reading order. */
export function shareCardAlt(content: ShareCardContent): string {
  const parts = [
    content.siteName,
    content.label,
    content.title === content.siteName ? undefined : content.title,
  ];
  const text = parts.filter(Boolean).join(' · ');
  return content.subtitle ? `${text}: ${content.subtitle}` : text;
}

/** The card of an issue: the newsletter's name, "Issue #57" and the title. */
export function issueCardContent(
  siteName: string,
  host: string,
  issue: { number: number; title: string },
): ShareCardContent {
  return { siteName, host, label: `Issue #${issue.number}`, title: issue.title };
}

/** The card of every other page: the newsletter's name and its promise. */
export function defaultCardContent(siteName: string, host: string, description: string): ShareCardContent {
  return { siteName, host, title: siteName, subtitle: description };
}
