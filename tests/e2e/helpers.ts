import type { Page } from '@playwright/test';

/** Collects console errors and page errors so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Whitespace folded to single spaces, so text from the DOM compares with text from a file. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
