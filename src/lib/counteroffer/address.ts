// What the builder does to the address once it has read a link: apart from link.ts, so the code
// that runs only after a link or a handoff was read loads with the codec, not on hydration.
import { HANDOFF_PARAMS, LEGACY_HANDOFF_PARAMS } from '../call-advice/handoff.ts';
import { LINK_PREFIX } from './link.ts';

const PREFIXED = Object.values(HANDOFF_PARAMS);
const { goal, reason, otherOffer, status } = LEGACY_HANDOFF_PARAMS;

/**
 * The parameters to drop from the address once read, so a reload doesn't apply them again over the
 * reader's changes: the prefixed ones, and the bare `goal` of an old link. Its bare `reason` and
 * `other` go too, unless a `status` says they are the call widget's own answers (it always writes
 * `status` first), which stay for that widget.
 */
export function handoffParamsToRemove(params: URLSearchParams): string[] {
  const old = params.has(goal) && !params.has(status) ? [goal, reason, otherOffer] : [goal];
  return [...PREFIXED, ...old].filter((name) => params.has(name));
}

/**
 * The address with the share link's fragment and the handoff's parameters gone, once the builder
 * has read them: left there, a reload would bring back those numbers over the reader's changes.
 */
export function addressAfterReading(href: string): string {
  const url = new URL(href);
  if (url.hash.startsWith(LINK_PREFIX)) url.hash = '';
  for (const name of handoffParamsToRemove(url.searchParams)) url.searchParams.delete(name);
  return url.href;
}
