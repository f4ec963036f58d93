import { fontProviders } from 'astro/config';

/**
 * The site's two faces for Astro's Fonts API, from Fontsource packages in node_modules (never a
 * CDN: the build needs no network). Only the Latin files are declared, and only the weights and
 * styles the CSS uses: a browser downloads a face only when a page uses it, so an issue page
 * loads the reading face's regular and the UI face's regular and semibold, about 52 KB.
 * Astro derives metric-matched fallbacks (size-adjust, ascent and descent overrides) from the
 * files, so a page drawn in the fallback looks nearly the same. Nearly is not enough for CLS 0:
 * a heading can wrap differently. So both faces use `font-display: optional`: a face that has
 * not arrived by the first paint is not swapped in later on that page (the next page has it
 * from the cache). The first screen's files (the reading regular, the UI regular and semibold)
 * are preloaded (BaseLayout), so they are there in time on all but slow links.
 */

/** Fontsource's "latin" subset, as its own CSS declares it. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

type Style = 'normal' | 'italic';

/** One @font-face: a Latin woff2 file from a Fontsource package. */
function face(pkg: string, weight: number, style: Style) {
  const slug = pkg.replace('@fontsource/', '');
  return {
    src: [`${pkg}/files/${slug}-latin-${weight}-${style}.woff2`] as [string],
    weight,
    style,
    unicodeRange: [LATIN] as [string],
  };
}

export const fonts = [
  {
    // The reading face: issues' body text, quotations, subtitles.
    provider: fontProviders.local(),
    name: 'Source Serif 4',
    cssVariable: '--font-reading',
    display: 'optional' as const,
    fallbacks: ['Georgia', 'serif'],
    options: {
      variants: [
        face('@fontsource/source-serif-4', 400, 'normal'),
        face('@fontsource/source-serif-4', 400, 'italic'),
        face('@fontsource/source-serif-4', 600, 'normal'),
      ] as [ReturnType<typeof face>, ...ReturnType<typeof face>[]],
    },
  },
  {
    // The UI face: navigation, headings, widgets, cards.
    provider: fontProviders.local(),
    name: 'Source Sans 3',
    cssVariable: '--font-ui',
    display: 'optional' as const,
    fallbacks: ['Arial', 'sans-serif'],
    options: {
      variants: [
        face('@fontsource/source-sans-3', 400, 'normal'),
        face('@fontsource/source-sans-3', 600, 'normal'),
      ] as [ReturnType<typeof face>, ...ReturnType<typeof face>[]],
    },
  },
];
