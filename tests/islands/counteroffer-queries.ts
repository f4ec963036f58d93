// How the builder’s tests find what a reader meets on screen, in one place.
import { screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';

/**
 * Waits until the builder has read the saved state and enabled its controls. The form is inert
 * until then; inert has no role, name or state a reader meets, so the frame is found by its class.
 */
export async function untilReady(): Promise<void> {
  await waitFor(() => expect(document.querySelector('.co-frame')?.hasAttribute('inert')).toBe(false));
}

/** The email draft (subject and body), or null while no message is shown. */
export function emailDraft(): HTMLElement | null {
  return screen.queryByRole('region', { name: 'Email' });
}

/** The email draft’s words ("" while none is shown). */
export function emailText(): string {
  return emailDraft()?.textContent ?? '';
}

/**
 * The summary line under "What it adds up to". Found by its class: the same words are also
 * announced in a live region, so its text alone would find two paragraphs.
 */
export function summaryText(): string {
  return document.querySelector('.co-summary')?.textContent ?? '';
}
