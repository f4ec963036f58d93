/** The site's sections, in the header and the footer alike. */
export const NAV_LINKS = [
  { path: '/issues/', label: 'Issues' },
  { path: '/tools/', label: 'Tools' },
  { path: '/tips/', label: 'Tips' },
  { path: '/topics/', label: 'Topics' },
  { path: '/about/', label: 'About' },
] as const;
