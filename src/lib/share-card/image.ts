// The share image as pages refer to it: where it is, its size, and its alternative text.

/** Share cards are 1200×630, the size Open Graph and Twitter/X cards show best. */
export const CARD_WIDTH = 1200;
/** Share cards are 1200×630, the size Open Graph and Twitter/X cards show best. */
export const CARD_HEIGHT = 630;

/** A page's share image, as its meta tags describe it. */
export interface ShareImage {
  /** Absolute URL of the PNG. */
  url: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** What the image shows, for readers who cannot see it. */
  alt: string;
}
