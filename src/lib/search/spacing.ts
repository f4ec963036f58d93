/**
 * Elements whose end is a break between words for a reader. Pagefind joins the text of
 * neighbouring elements it does not treat as blocks (`<dt>Verdict</dt><dd>Take the call…`
 * became "VerdictTake the call"), so the index is given a space after each of these.
 */
const BLOCK_ENDS =
  /<\/(address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\s*>|<br\s*\/?>/gi;

/**
 * The HTML as Pagefind should read it: a space after every block's end tag and every line
 * break, so excerpts keep the words apart. Only for indexing: the page itself is unchanged.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_ENDS, '$& ');
}
