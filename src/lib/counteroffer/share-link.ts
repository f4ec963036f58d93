import { joinBase } from '../paths/base.ts';
import { decodeState, encodeState, type DecodeResult } from './codec.ts';
import { COUNTEROFFER_PATH } from '../paths/tool-paths.ts';
import { LINK_PREFIX } from './link.ts';
import { mapAmounts, plainAmount } from './money-text.ts';
import type { CounterofferState } from './state.ts';

/**
 * The share link for a state: always the tool page (`origin` + `base` + /tools/counteroffer/), since
 * one made in an issue would open at its top, far from the builder; the state in the fragment, its
 * amounts as plain digits so they read back the same in any locale.
 */
export function shareLink(state: CounterofferState, locale: string, origin: string, base: string): string {
  const plain = mapAmounts(state, (text) => plainAmount(text, locale));
  return `${origin}${joinBase(base, COUNTEROFFER_PATH)}${LINK_PREFIX}${encodeState(plain)}`;
}

/** What a share link’s fragment (`#s=…`) holds, decoded, or null when the fragment is not a share link. */
export function readShareLink(hash: string): DecodeResult | null {
  return hash.startsWith(LINK_PREFIX) ? decodeState(hash.slice(LINK_PREFIX.length)) : null;
}
