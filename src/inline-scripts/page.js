// Every page's one script, inline so pages without islands request no file: the theme
// toggle, the search button and its Ctrl/⌘K shortcut. Search code loads on the reader's
// intent: pointer over or focus on the button, the shortcut, or arriving on /search/.
const $ = (selector) => document.querySelector(selector);
const root = document.documentElement;
const toggle = $('#theme-toggle');
const isDark = () =>
  root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
// setAttribute writes the boolean as "true" or "false".
const showTheme = () => toggle.setAttribute('aria-pressed', isDark());
toggle.hidden = false;
showTheme();
toggle.addEventListener('click', () => {
  const theme = isDark() ? 'light' : 'dark';
  root.dataset.theme = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
  showTheme();
});

const search = $('#search-button');
if (/Mac|iP/.test(navigator.platform)) search.querySelector('kbd').textContent = '⌘K';
const searchModule = () => import(search.dataset.module);
// Pagefind's script and WebAssembly start loading now, so the first keystroke finds them ready.
// A failed load is left for the search panel to report when the reader opens it.
const preload = () =>
  searchModule().then(
    (module) => module.preloadSearch(),
    () => {},
  );
const openSearch = () => {
  const field = $('#search-page-input');
  if (field) return field.focus();
  searchModule().then(
    (module) => module.openSearchDialog(search),
    // If the search code cannot load, the button still does what its link says.
    () => location.assign(search.href),
  );
};
search.onpointerenter = search.onfocus = preload;
if ($('#search-page-input')) preload();
search.onclick = (event) => {
  event.preventDefault();
  openSearch();
};
addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch();
  }
});
// Arriving from a search result: mark the searched words on this page. The parameter is
// HIGHLIGHT_PARAM (src/lib/search/query.ts), spelled out: this script is minified on its own,
// without imports, and a unit test fails if the two differ.
if (/[?&]pagefind-highlight=/.test(location.search)) {
  searchModule().then((module) => module.highlightArrival(search.dataset.highlight));
}
// Share actions, where the page has them: "Copy link" and "Share…" ship hidden and show only
// where their API exists, so a reader never meets a dead button.
const copy = $('[data-copy]');
if (copy && navigator.clipboard) {
  copy.parentElement.hidden = false;
  copy.onclick = () =>
    navigator.clipboard
      .writeText(copy.dataset.copy)
      .then(() => ($('[data-share-status]').textContent = 'Link copied.'));
}
const share = $('[data-share]');
if (share && navigator.share) {
  share.parentElement.hidden = false;
  // Closing the share sheet rejects the promise; that needs no message.
  share.onclick = () => navigator.share({ url: share.dataset.share }).catch(() => {});
}
