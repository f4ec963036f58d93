// A post's body as the Markdown an issue file holds, whatever the export gave: HTML converted,
// Markdown kept, and in both anything the build would misread or refuse made to read as written.
import { markdownAsWritten } from './directives.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { relinkMarkdownImages, type ImageReport } from './images.ts';
import type { SourcePost } from './model.ts';
import { allowedRawHtml } from './raw-html.ts';

/** An issue's body, ready to write, with what happened to it on the way. */
export interface IssueBody extends ImageReport {
  markdown: string;
  /** The words a reader sees, in one line: for the description. */
  text: string;
  /** Raw HTML the allow-list removed, in words: the author is told. */
  removed: string[];
}

/** The Markdown for a post's body; `resolve` gives an image's local reference, if it has one. */
export function issueBody(body: SourcePost['body'], resolve: (src: string) => string | undefined): IssueBody {
  if ('html' in body) {
    const converted = htmlToMarkdown(body.html, resolve);
    return { ...converted, markdown: markdownAsWritten(converted.markdown), removed: [] };
  }
  const inert = allowedRawHtml(markdownAsWritten(body.markdown));
  return {
    ...relinkMarkdownImages(inert.markdown, resolve),
    text: markdownText(inert.markdown),
    removed: inert.removed,
  };
}

/** The words of a Markdown body, roughly: enough for a description. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s.*$/gm, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`>#|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
