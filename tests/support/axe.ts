// One way to run axe for every suite: the same WCAG rules everywhere, and each violation told
// as its rule and the elements it found, so a failure reads the same in any spec.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rule sets the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page, or within the elements `include` selects (a CSS selector), as
 * "rule: element, element". Empty when it finds nothing.
 *
 * Runs axe in the page itself (AxeBuilder's legacy mode). Its default opens a second, blank page
 * for every run to merge the results of each frame, which cost 0.3–0.7 s a run on a quiet
 * machine and more on a busy one, over a hundred times a suite. The results are the same when
 * the page has no frame, so a page with one fails here instead of being checked in part.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const frames = page.frames().map((frame) => frame.url());
  if (frames.length > 1)
    throw new Error(
      `axeViolations() checks pages without frames; ${page.url()} has ${frames.slice(1).join(', ')}`,
    );
  const builder = new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
