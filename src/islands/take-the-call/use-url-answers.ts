import { useEffect, useRef } from 'preact/hooks';
import { parseCallAnswers, withCallQuery, type CallAnswers } from '../../lib/call-advice/index.ts';

/**
 * Keeps the answers in the page URL when `enabled`: hands `onUrl` the answers found in the URL on
 * mount and after every browser Back or Forward, and returns `push` to add a history entry for new
 * answers. The parameters carry a `call-` prefix, so another widget's can share the page; a link
 * from before the prefix is rewritten in place on load, so the answers outlive the other widget
 * taking its own `reason` and `other` out of the URL.
 */
export function useUrlAnswers(
  enabled: boolean,
  onUrl: (fromUrl: Partial<CallAnswers>, event: 'load' | 'popstate') => void,
): (answers: Partial<CallAnswers>) => void {
  const latest = useRef(onUrl);
  latest.current = onUrl;

  useEffect(() => {
    if (!enabled) return undefined;
    const found = parseCallAnswers(location.search);
    // Rewrites an older link's names, and tidies anything unreadable, without a history entry.
    const tidy = withCallQuery(location.search, found);
    if (tidy !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${tidy}${location.hash}`);
    latest.current(found, 'load');
    const onPopState = (): void => latest.current(parseCallAnswers(location.search), 'popstate');
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [enabled]);

  return (answers) => {
    if (!enabled) return;
    const search = withCallQuery(location.search, answers);
    if (search === location.search) return;
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  };
}
