// The issue a tool comes from, found in the content rather than written into the tool's page:
// the earliest published issue that places the tool's widget. A tool is useful on its own, so
// when no published issue places it (a fresh newsletter, a fixture site, the issue still a
// draft) its page simply leaves the "advice comes from" link out; the link check still holds
// every link that is there.
import { firstToPlace, tipsBesideWidget } from '../lib/tips/beside-widget.ts';
import type { Tip } from '../lib/tips/collect.ts';
import { publishedIssues } from './issues.ts';

/** The widgets that have a tool page of their own, by the tag an issue places. */
export type ToolWidget = 'TakeTheCallWidget' | 'CounterofferWidget';

/** The issue behind a tool, as its page names it. */
export interface ToolSource {
  /** The issue's number. */
  number: number;
  /** The issue's title, as the author wrote it. */
  title: string;
  /** The tips in the widget's section of that issue, for links to the passages it puts to work. */
  tips: Tip[];
}

/** The earliest published issue that places the widget, or undefined when none does. */
export async function toolSource(widget: ToolWidget): Promise<ToolSource | undefined> {
  const candidates = (await publishedIssues()).map((entry) => ({
    entry,
    number: entry.data.number,
    title: entry.data.title,
    date: entry.data.date,
    body: entry.body ?? '',
  }));
  const first = firstToPlace(candidates, widget);
  if (!first) return undefined;
  return {
    number: first.number,
    title: first.title,
    tips: tipsBesideWidget(first.body, widget, first.entry.data.tips),
  };
}
