import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The colour tokens, read from the stylesheet itself, so a change that breaks contrast fails here.
const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

/** A token's light and dark values from its `light-dark(#light, #dark)` declaration. */
function pair(name: string): [string, string] {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`tokens.css has no light-dark() pair for --${name}`);
  return [match[1]!, match[2]!];
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const BACKGROUNDS = ['color-bg', 'color-surface', 'color-raised'];

describe('colour tokens, in both themes', () => {
  it('the focus ring is the brand colour, not the error colour', () => {
    expect(css).toMatch(/--color-focus:\s*var\(--color-accent\)/);
    expect(pair('color-accent')).not.toEqual(pair('color-error'));
  });

  it.each(
    BACKGROUNDS.flatMap((background) =>
      [
        ['color-accent', 3],
        ['color-accent', 4.5],
        ['color-text', 7],
        ['color-muted', 4.5],
      ].map(([token, ratio]) => ({ token: token as string, background, ratio: ratio as number })),
    ),
  )('$token on $background: at least $ratio:1', ({ token, background, ratio }) => {
    const [light, dark] = pair(token);
    const [lightBg, darkBg] = pair(background);
    expect(contrast(light, lightBg)).toBeGreaterThanOrEqual(ratio);
    expect(contrast(dark, darkBg)).toBeGreaterThanOrEqual(ratio);
  });

  it('button text on the brand colour reads in both themes', () => {
    const [accentLight, accentDark] = pair('color-accent');
    const [textLight, textDark] = pair('color-accent-text');
    expect(contrast(textLight, accentLight)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(textDark, accentDark)).toBeGreaterThanOrEqual(4.5);
  });
});
