// Which tips stand beside a widget in an issue: a tool's own page links to them, so the link
// follows the author's text instead of naming heading ids that a rewrite would break.
import { markedTipIds, type Tip } from './collect.ts';

/** Whether an issue's MDX source places the widget (`<CounterofferWidget …/>`). */
export function embedsWidget(source: string, widget: string): boolean {
  return new RegExp(`<${widget}\\b`).test(source);
}

/**
 * The tips in the same `##` section as the first placement of the widget, in order: the passages
 * that tool puts to work. Empty when the widget is not there or its section marks no tip.
 */
export function tipsBesideWidget(source: string, widget: string, tips: readonly Tip[]): Tip[] {
  const at = source.search(new RegExp(`<${widget}\\b`));
  if (at < 0) return [];
  const headings = [...source.matchAll(/^## /gm)].map((match) => match.index);
  const start = Math.max(0, ...headings.filter((index) => index <= at));
  const end = Math.min(source.length, ...headings.filter((index) => index > at));
  const ids = new Set(markedTipIds(source.slice(start, end)));
  return tips.filter((tip) => ids.has(tip.id));
}

/** An issue as a tool's page looks for its source: when it was published, and its MDX source. */
export interface SourceCandidate {
  number: number;
  title: string;
  date: Date;
  body: string;
}

/** The issue that first placed the widget (earliest date, then lowest number), or undefined when none does. */
export function firstToPlace<T extends SourceCandidate>(issues: readonly T[], widget: string): T | undefined {
  return issues
    .filter((issue) => embedsWidget(issue.body, widget))
    .reduce<T | undefined>((first, issue) => {
      if (!first) return issue;
      const order = issue.date.getTime() - first.date.getTime() || issue.number - first.number;
      return order < 0 ? issue : first;
    }, undefined);
}
