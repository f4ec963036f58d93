import { HANDOFF_PARAMS } from '../call-advice/handoff.ts';
import { LINK_PREFIX } from './link.ts';

/** The hand-off’s parameters in the query, to drop once read so a reload doesn’t apply them again over the reader’s changes. */
export function handoffParamsToRemove(params: URLSearchParams): string[] {
  return Object.values(HANDOFF_PARAMS).filter((name) => params.has(name));
}

/**
 * The address with the share link’s fragment and the handoff’s parameters gone, once the builder
 * has read them: left there, a reload would bring back those numbers over the reader’s changes.
 */
export function addressAfterReading(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith(LINK_PREFIX)) url.hash = '';
  for (const name of handoffParamsToRemove(url.searchParams)) url.searchParams.delete(name);
  return url.href;
}
