import { joinBase } from '../paths/base.ts';
import { COUNTEROFFER_PATH } from '../paths/tool-paths.ts';
import { encodeForSave } from './encode.ts';
import type { CounterofferState } from './state.ts';

/** The fragment a share link carries the state in. */
export const LINK_PREFIX = '#s=';

/**
 * The share link for a state: always the tool page (`origin` + `base` + /tools/counteroffer/), since
 * one made in an issue would open at its top, far from the builder; the state in the fragment, encoded
 * as it is saved, so its amounts read back the same in any locale and an unchanged link equals the save.
 */
export function shareLink(state: CounterofferState, locale: string, origin: string, base: string): string {
  return `${origin}${joinBase(base, COUNTEROFFER_PATH)}${LINK_PREFIX}${encodeForSave(state, locale)}`;
}
