import { useEffect, useRef } from 'preact/hooks';
import { parseCallAnswers, withCallQuery, type CallAnswers } from '../../lib/call-advice/index.ts';

/**
 * Keeps the answers in the page URL: hands `onUrl` the answers found in the URL on
 * mount (so a reload or a shared link opens where the reader was) and after every browser Back or
 * Forward, and returns `push` to add a history entry for new answers. Only the `call-` parameters
 * are the widget's, so another widget's share the page untouched.
 */
export function useUrlAnswers(
  onUrl: (fromUrl: Partial<CallAnswers>, event: 'load' | 'popstate') => void,
): (answers: Partial<CallAnswers>) => void {
  const latest = useRef(onUrl);
  latest.current = onUrl;

  useEffect(() => {
    latest.current(parseCallAnswers(location.search), 'load');
    const onPopState = (): void => latest.current(parseCallAnswers(location.search), 'popstate');
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  return (answers) => {
    const search = withCallQuery(location.search, answers);
    if (search === location.search) return;
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
  };
}
