import { ABOUT_PATH, ISSUES_PATH, TIPS_PATH, TOOLS_PATH, TOPICS_PATH } from '../lib/paths/site-paths.ts';

/** The site's sections, in the header and the footer alike. */
export const NAV_LINKS = [
  { path: ISSUES_PATH, label: 'Issues' },
  { path: TOOLS_PATH, label: 'Tools' },
  { path: TIPS_PATH, label: 'Tips' },
  { path: TOPICS_PATH, label: 'Topics' },
  { path: ABOUT_PATH, label: 'About' },
] as const;
