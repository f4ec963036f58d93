import { h, type ComponentChildren } from 'preact';

/** A heading level a widget uses: its title at 2 or 3, sections nested at most two levels below. */
export type HeadingLevel = 2 | 3 | 4 | 5;

type Props = {
  level: HeadingLevel;
  id?: string;
  class?: string;
  /** -1 for headings the widget moves focus to. */
  tabIndex?: number;
  children: ComponentChildren;
};

/** An <h2>…<h5>, so an embedding page can set where the widget sits in its outline. */
export function Heading({ level, children, ...attributes }: Props) {
  return h(`h${level}`, attributes, children);
}
