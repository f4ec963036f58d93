import type { ResultView } from '../../lib/search/results.ts';
import { Excerpt } from './Excerpt.tsx';

interface Props {
  results: ResultView[];
  /** Called when a result link is followed, so a dialog can close first. */
  onOpen?: () => void;
}

/** Moves focus among the result links with the arrow keys; Enter follows a link natively. */
function onKeyDown(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const list = event.currentTarget as HTMLElement;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  } else if (event.key === 'ArrowUp' && index === 0) {
    event.preventDefault();
    list.closest('.search-panel')?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }
}

/** The results of a search: title, where it is from, an excerpt and deep links. */
export function ResultList({ results, onOpen }: Props) {
  return (
    <ol class="search-results" aria-label="Search results" onKeyDown={onKeyDown}>
      {results.map((result) => (
        <li key={result.url}>
          <a class="search-result-title" href={result.url} onClick={onOpen}>
            {result.title}
          </a>
          {result.label && <p class="search-result-label">{result.label}</p>}
          <p class="search-result-excerpt">
            <Excerpt parts={result.excerpt} />
          </p>
          {result.subResults.length > 0 && (
            <ul class="search-subresults">
              {result.subResults.map((sub) => (
                <li key={sub.url}>
                  <a href={sub.url} onClick={onOpen}>
                    {sub.title}
                  </a>
                  <p class="search-result-excerpt">
                    <Excerpt parts={sub.excerpt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
