import { render } from 'preact';
import { SearchPanel } from './SearchPanel.tsx';
import { loadPagefind } from './pagefind-client.ts';
import { highlightMarkOptions } from '../../lib/search/highlight.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/query.ts';

/**
 * Starts loading Pagefind (its script, WebAssembly and index entry) before search opens; the
 * header's script calls it on the reader's intent. A failure is left for the panel to report.
 */
export function preloadSearch(): void {
  loadPagefind().catch(() => {});
}

let dialog: HTMLDialogElement | undefined;

/** Builds the search dialog once: a native modal <dialog>, so Esc and focus trapping are the browser's. */
function createDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  document.body.append(element);
  const close = () => element.close();
  render(
    <div class="search-dialog-inner">
      <div class="search-dialog-header">
        <h2 id="search-dialog-title">Search</h2>
        <button type="button" class="button secondary" onClick={close}>
          Close
        </button>
      </div>
      <SearchPanel mode="dialog" onOpen={close} />
    </div>,
    element,
  );
  // A click on the backdrop lands on the dialog itself, outside its content box.
  element.addEventListener('click', (event) => {
    if (event.target === element) close();
  });
  return element;
}

/** Opens search over the page and returns focus to the trigger when it closes. */
export function openSearchDialog(trigger?: HTMLElement | null): void {
  preloadSearch();
  dialog ??= createDialog();
  const field = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  if (dialog.open) {
    field?.focus();
    return;
  }
  dialog.addEventListener('close', () => trigger?.focus(), { once: true });
  dialog.showModal();
  field?.focus();
}

/**
 * Marks the searched words on a page reached from a result (its URL carries them), with
 * Pagefind's highlighter: whole words only, common words left alone (src/lib/search/highlight.ts).
 */
export async function highlightArrival(highlighterUrl: string): Promise<void> {
  const module = (await import(/* @vite-ignore */ highlighterUrl)) as {
    default: new (options: object) => unknown;
  };
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: highlightMarkOptions(),
  });
}
