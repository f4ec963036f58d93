// The share card's layout as satori element trees: plain objects, so it is testable without
// rendering. src/share-cards/draw.ts turns them into a PNG.
import { fitText, type FittedText } from './fit.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './image.ts';

/**
 * Part of the cache key. The key already covers the element tree, so changes here re-render by
 * themselves; bump this when the drawing around the tree changes (options, the PNG writer).
 */
export const CARD_TEMPLATE_VERSION = 3;

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
const BORDER_TOP = 16;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
/** The rows above and below the text block: the newsletter's name, and the host. */
const NAME_ROW = 48;
const HOST_ROW = 36;
/** The band the text block is centred in, between the name row and the host row. */
const TEXT_BAND = {
  top: BORDER_TOP + PADDING_Y + NAME_ROW,
  bottom: CARD_HEIGHT - PADDING_Y - HOST_ROW,
} as const;
const LABEL = { fontSize: 30, lineHeight: 36, marginBottom: 20 } as const;
const TITLE_LINE_HEIGHT = 1.12;
const SUBTITLE_LINE_HEIGHT = 1.3;
const SUBTITLE_MARGIN = 24;

/** The card's faces: the site's own (src/styles/fonts.ts), as the share-card fonts name them. */
const SANS = 'Source Sans 3';
const SERIF = 'Source Serif 4';

/** How the title is set: the largest of these sizes at which it fits in four lines. */
export const TITLE_FIT = { sizes: [76, 68, 60, 54, 48], maxWidth: CONTENT_WIDTH, maxLines: 4 } as const;
/** How the subtitle is set: the larger size if it fits, at most three lines. */
export const SUBTITLE_FIT = {
  sizes: [34, 30],
  maxWidth: CONTENT_WIDTH,
  maxLines: 3,
  face: 'serif-regular',
} as const;

function div(
  style: Record<string, string | number>,
  children?: CardElement['props']['children'],
): CardElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * Fitted lines, each a box of whole pixels: the text block's height is then a whole number, so
 * it lands on the pixel grid wherever it is placed and draws the same alone as in the card.
 */
function lines(fitted: FittedText, lineHeight: number, style: Record<string, string | number>) {
  const height = Math.round(fitted.fontSize * lineHeight);
  return {
    height: height * fitted.lines.length,
    element: div(
      { display: 'flex', flexDirection: 'column', ...style, fontSize: fitted.fontSize },
      fitted.lines.map((line) =>
        div({ display: 'flex', height, lineHeight: height / fitted.fontSize }, line),
      ),
    ),
  };
}

/**
 * A card in two layers. The backdrop (background, accent, the newsletter's name, the host) is
 * the same on every card of a site, so it is drawn once; only the text block is laid out and
 * drawn per card, on the card's own background colour, and set into the backdrop at (left, top).
 */
export interface CardLayers {
  /** Everything but the text block. */
  backdrop: CardElement;
  /** The label, title and subtitle, on the background colour: `width` × `height` pixels. */
  text: CardElement;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The card's two layers: the newsletter's name and host behind, the fitted label, title and subtitle on top. */
export function shareCardLayers(content: ShareCardContent): CardLayers {
  const blocks: CardElement[] = [];
  let height = 0;
  if (content.label) {
    blocks.push(
      div(
        {
          display: 'flex',
          height: LABEL.lineHeight,
          marginBottom: LABEL.marginBottom,
          fontSize: LABEL.fontSize,
          lineHeight: LABEL.lineHeight / LABEL.fontSize,
          fontWeight: 600,
          // Whole pixels: a fractional spacing rounds differently where the block is drawn alone.
          letterSpacing: 2,
          textTransform: 'uppercase',
          color: CARD_COLOURS.accent,
        },
        content.label,
      ),
    );
    height += LABEL.lineHeight + LABEL.marginBottom;
  }
  const title = lines(fitText(content.title, TITLE_FIT), TITLE_LINE_HEIGHT, {
    fontWeight: 600,
    color: CARD_COLOURS.text,
  });
  blocks.push(title.element);
  height += title.height;
  if (content.subtitle) {
    const subtitle = lines(fitText(content.subtitle, SUBTITLE_FIT), SUBTITLE_LINE_HEIGHT, {
      marginTop: SUBTITLE_MARGIN,
      fontFamily: SERIF,
      fontWeight: 400,
      color: CARD_COLOURS.muted,
    });
    blocks.push(subtitle.element);
    height += SUBTITLE_MARGIN + subtitle.height;
  }
  const text = div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CONTENT_WIDTH,
      height,
      backgroundColor: CARD_COLOURS.background,
      fontFamily: SANS,
      color: CARD_COLOURS.text,
    },
    blocks,
  );
  const free = TEXT_BAND.bottom - TEXT_BAND.top - height;
  const top = TEXT_BAND.top + Math.max(0, Math.floor(free / 2));
  return { backdrop: backdrop(content), text, left: PADDING_X, top, width: CONTENT_WIDTH, height };
}

/** Everything on the card but its text block. */
function backdrop(content: ShareCardContent): CardElement {
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
      borderTop: `${BORDER_TOP}px solid ${CARD_COLOURS.accent}`,
      fontFamily: SANS,
      color: CARD_COLOURS.text,
    },
    [
      div({ display: 'flex', height: NAME_ROW, alignItems: 'center', fontSize: 34, fontWeight: 600 }, [
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
      div(
        {
          display: 'flex',
          height: HOST_ROW,
          alignItems: 'flex-end',
          fontSize: 26,
          color: CARD_COLOURS.muted,
        },
        content.host,
      ),
    ],
  );
}

/**
 * The whole card as one element tree: the backdrop with the text block set in at its place.
 * What the two layers must draw, pixel for pixel; its hash names the cached PNG.
 */
export function shareCardTree(content: ShareCardContent): CardElement {
  const { backdrop, text, left, top } = shareCardLayers(content);
  const placed = div({ ...text.props.style, position: 'absolute', left, top }, text.props.children);
  const [nameRow, hostRow] = backdrop.props.children as CardElement[];
  return div(backdrop.props.style, [nameRow as CardElement, placed, hostRow as CardElement]);
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
