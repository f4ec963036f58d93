import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CounterofferBuilder, { MESSAGE_FAILED } from '../../src/islands/counteroffer/CounterofferBuilder.tsx';
import { STORED_STATE_FAILED } from '../../src/islands/counteroffer/use-persistent-state.ts';
import { emailDraft, emailText, untilReady } from './counteroffer-queries.ts';

// The compact builder fetches the rest of itself (rest.ts) once the reader changes something; here
// that fetch fails until the test lets it through, as on a flaky connection.
const network = vi.hoisted(() => ({ down: true, attempts: 0 }));
vi.mock('../../src/islands/counteroffer/rest.ts', async (importOriginal) => {
  network.attempts += 1;
  if (network.down) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

const serverMessage = {
  goal: 'counter' as const,
  subject: 'From the server',
  email: 'Hi,\n\nThe empty builder’s message.',
  talkTrack: ['Hello'],
  notes: [],
  acceptsAsIs: false,
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/counteroffer/');
});

describe('when the message writer fails to load', () => {
  it('says so instead of showing the server’s message, disables Copy, Download and Print, and tries again', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    render(<CounterofferBuilder compact serverMessage={serverMessage} />);
    await untilReady();
    // Before any change the server’s message is the reader’s, and nothing needs loading.
    expect(emailText()).toContain('From the server');
    expect(network.attempts).toBe(0);

    fireEvent.input(screen.getAllByLabelText('Base salary (USD)')[0] as HTMLElement, {
      target: { value: '100000' },
    });
    await screen.findByText(MESSAGE_FAILED);
    // Saving needs none of the code that failed: the keystroke is kept, so a reload now loses nothing.
    expect(localStorage.getItem('counteroffer:v1')).not.toBeNull();
    expect(screen.queryByText(STORED_STATE_FAILED)).toBeNull();
    expect(emailDraft()).toBeNull();
    for (const name of ['Copy the email', 'Download .txt', 'Print']) {
      expect(screen.getByRole('button', { name })).toHaveProperty('disabled', true);
    }

    network.down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(emailText()).toContain('I’m happy to accept the offer as it stands.'));
    expect(screen.queryByText(MESSAGE_FAILED)).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', false);
    // The compact builder’s message waits behind its disclosure, whose summary takes the focus.
    expect(document.activeElement).toBe(screen.getByText('Read and copy your message'));
    expect(network.attempts).toBeGreaterThan(1);
    // Give a stray rejection a turn to surface before checking there was none.
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
