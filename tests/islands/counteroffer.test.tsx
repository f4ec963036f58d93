import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeState, defaultState, encodeState } from '../../src/lib/counteroffer/index.ts';
import CounterofferBuilder from '../../src/islands/counteroffer/CounterofferBuilder.tsx';
import {
  OTHER_TAB_CHANGED,
  STORAGE_UNAVAILABLE,
} from '../../src/islands/counteroffer/use-persistent-state.ts';
import { loadRest } from '../../src/islands/counteroffer/load-rest.ts';
import { readSaved, type Saved } from '../../src/lib/counteroffer/store.ts';
import { emailText, summaryText, untilReady } from './counteroffer-queries.ts';

const KEY = 'counteroffer:v1';

/** Stores `current` as the reader’s numbers, as the builder does. */
const store = (current: string) => localStorage.setItem(KEY, current);

/** What the builder keeps in this browser. */
const stored = (): Saved => readSaved({ get: (key) => localStorage.getItem(key), set: () => undefined });

/** Renders the builder and waits until it has read storage and enabled its controls. */
async function renderBuilder(props: Parameters<typeof CounterofferBuilder>[0] = {}) {
  const result = render(<CounterofferBuilder {...props} />);
  await untilReady();
  return result;
}

function offer(name: 'Their offer' | 'Your counteroffer' | 'Another offer') {
  return within(screen.getByRole('group', { name }));
}

function type(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
}

/** Waits until the builder has saved to the browser, as it has by the time a reader reloads. */
async function untilSaved() {
  await waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull());
}

beforeEach(async () => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/counteroffer/');
  // jsdom has no layout, so no scrolling either.
  Element.prototype.scrollIntoView = () => {};
  // The message writer and codec load once per file; waiting here keeps each test’s timing the same.
  await loadRest();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CounterofferBuilder', () => {
  it('renders the heading, the three offer groups and the currency in each amount label', async () => {
    await renderBuilder();
    expect(screen.getByRole('heading', { name: 'Build your counteroffer', level: 2 })).toBeTruthy();
    expect(offer('Their offer').getByLabelText('Base salary (USD)')).toHaveProperty('inputMode', 'decimal');
    expect(offer('Your counteroffer').getByLabelText('Sign-on bonus (USD)')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Another offer' })).toBeNull();
    expect(summaryText()).toBe('Enter their base salary to start: the year-by-year comparison appears here.');
  });

  it('adds up the totals as the reader types, and the counter mirrors the offer until edited', async () => {
    await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '$200,000');
    expect(offer('Your counteroffer').getByLabelText('Base salary (USD)')).toHaveProperty(
      'value',
      '$200,000',
    );
    expect(summaryText()).toBe('Counteroffer: $800,000 over 4 years, the same as their offer.');

    type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '220000');
    type(offer('Their offer').getByLabelText('Target bonus (%)'), '10');
    expect(offer('Your counteroffer').getByLabelText('Target bonus (%)')).toHaveProperty('value', '10');
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '210000');
    // The counter’s base was edited, so it no longer follows the offer.
    expect(offer('Your counteroffer').getByLabelText('Base salary (USD)')).toHaveProperty('value', '220000');
    // Offer: 4 × (210,000 + 21,000) = 924,000; counter: 4 × (220,000 + 22,000) = 968,000.
    expect(summaryText()).toBe('Counteroffer: $968,000 over 4 years, 4.8% more than their offer.');
    const table = screen.getByRole('table', { name: /Year by year, in USD/ });
    expect(within(table).getByRole('row', { name: /^4-year total/ }).textContent).toContain('$924,000');
    expect(within(table).getByRole('row', { name: /^Difference/ }).textContent).toContain('+$44,000');
  });

  it('shows each year’s figures in the table on request, and the refresh from year 2', async () => {
    await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '100000');
    type(offer('Your counteroffer').getByLabelText('Yearly equity refresh (USD)'), '10000');
    const table = screen.getByRole('table', { name: 'Year by year, in USD' });
    expect(within(table).queryByRole('rowheader', { name: 'Year 2' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show each year' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = within(table).getAllByRole('row', { name: /^Equity vesting, year/ });
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/year 1\$0\$0$/),
      expect.stringMatching(/year 2\$0\$10,000$/),
      expect.stringMatching(/year 3\$0\$10,000$/),
      expect.stringMatching(/year 4\$0\$10,000$/),
    ]);
    expect(summaryText()).toBe('Counteroffer: $430,000 over 4 years, 7.5% more than their offer.');
  });

  it('tidies an amount for the locale on blur', async () => {
    await renderBuilder();
    const base = offer('Their offer').getByLabelText('Base salary (USD)');
    type(base, '185k');
    fireEvent.blur(base);
    expect(base).toHaveProperty('value', '185,000');
  });

  it.each([
    ['Base salary (USD)', 'base salary', '-5', 'The amount can’t be negative'],
    ['Base salary (USD)', 'base salary', '500000000', 'That’s over 100 million — check the amount'],
    ['Base salary (USD)', 'base salary', '185.000', 'Did you mean 185,000 or 185? Type 185000 or 185.00'],
    ['Equity grant (total value) (USD)', 'equity grant', 'lots', 'Enter an amount, like 185,000'],
    ['Target bonus (%)', 'target bonus', '150', 'That’s over 100% — check the percentage'],
    ['Target bonus (%)', 'target bonus', '1,000', 'That’s over 100% — check the percentage'],
  ])(
    'checks %s = %s when the reader leaves it, keeps the last valid totals and blocks Copy',
    async (label, name, value, message) => {
      await renderBuilder();
      const field = offer('Their offer').getByLabelText(label);
      type(offer('Their offer').getByLabelText('Base salary (USD)'), '100000');
      type(field, value);
      // Quiet while typing…
      expect(screen.queryByText(message)).toBeNull();
      expect(field.hasAttribute('aria-invalid')).toBe(false);
      expect(summaryText()).toMatch(/^Counteroffer: \$400,000 over 4 years/);
      // …checked on leaving.
      fireEvent(field, new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
      const error = offer('Their offer').getByText(message);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe(error.closest('p')?.id);
      // The message would use it, so Copy waits, with a link to the field.
      expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', true);
      const problems = screen.getByRole('group', { name: 'There is a problem' });
      expect(within(problems).getAllByRole('link')[0]?.textContent).toBe(`Their offer, ${name}: ${message}`);
    },
  );

  it('shows a year to fix for custom vesting with no years, and checks the schedule on leaving', async () => {
    await renderBuilder();
    const group = offer('Their offer');
    type(group.getByLabelText('Base salary (USD)'), '100000');
    fireEvent.change(group.getByLabelText('Vesting schedule'), { target: { value: 'custom' } });
    const year1 = group.getByLabelText('Year 1');
    type(year1, '10');
    const message = 'The yearly percentages add up to 85% — they need to add up to 100%';
    expect(group.queryByText(message)).toBeNull();
    fireEvent(year1, new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
    expect(group.getByText(message)).toBeTruthy();
    expect(year1.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(group.getByRole('button', { name: 'Remove the last year' }));
    fireEvent.click(group.getByRole('button', { name: 'Remove the last year' }));
    fireEvent.click(group.getByRole('button', { name: 'Remove the last year' }));
    expect(group.queryByLabelText('Year 2')).toBeNull();
    type(group.getByLabelText('Year 1'), '100');
    expect(group.queryByText(/add up to/)).toBeNull();
  });

  it('links each field that blocks Copy, Download and Share, and unblocks once fixed', async () => {
    await renderBuilder();
    const signOn = offer('Your counteroffer').getByLabelText('Sign-on bonus (USD)');
    const base = offer('Their offer').getByLabelText('Base salary (USD)');
    type(signOn, 'abc');
    type(base, '-1');
    const problems = screen.getByRole('group', { name: 'There is a problem' });
    const links = within(problems).getAllByRole('link');
    // In screen order; the counter’s base mirrors the offer’s, so it is wrong as well.
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Their offer, base salary: The amount can’t be negative', '#counteroffer-offer-base'],
      ['Your counteroffer, base salary: The amount can’t be negative', '#counteroffer-counter-base'],
      ['Your counteroffer, sign-on bonus: Enter an amount, like 185,000', '#counteroffer-counter-signOn'],
    ]);
    for (const name of ['Copy the email', 'Download .txt', 'Share a link']) {
      expect(screen.getByRole('button', { name }).matches(':disabled')).toBe(true);
    }
    fireEvent.click(links[2] as HTMLElement);
    expect(document.activeElement).toBe(signOn);

    type(signOn, '10000');
    expect(within(problems).getAllByRole('link')).toHaveLength(2);
    type(base, '1000');
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', false);
  });

  it('names an ask below their offer, leaves it out of the message until confirmed, and blocks Copy till then', async () => {
    await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '100000');
    type(offer('Their offer').getByLabelText('Sign-on bonus (USD)'), '10000');
    type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '95000');
    type(offer('Your counteroffer').getByLabelText('Sign-on bonus (USD)'), '');
    type(offer('Your counteroffer').getByLabelText('Equity grant (total value) (USD)'), '20000');
    const warning = screen.getByRole('group', { name: /asks for less than their offer/ });
    expect(warning.textContent).toContain('Your base salary ($95,000) is less than theirs ($100,000).');
    expect(warning.textContent).toContain('Your counteroffer leaves out their sign-on bonus ($10,000).');
    expect(emailText()).not.toContain('$95,000');
    expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText('I mean to ask for less on these'));
    // A lower ask is offered as openness, never as what the reader asks for.
    expect(emailText()).toContain('In return, I’m open to a base salary of $95,000.');
    expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', false);
    // A new lower ask needs a new confirmation.
    type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '90000');
    expect(screen.getByRole('button', { name: 'Copy the email' })).toHaveProperty('disabled', true);
  });

  it('gives a saved custom vesting with no years one year to fix', async () => {
    const state = defaultState('USD');
    state.offer = { ...state.offer, base: '100000', vestingPreset: 'custom', customVesting: [] };
    store(encodeState(state));
    await renderBuilder();
    const year1 = await offer('Their offer').findByLabelText('Year 1');
    expect(offer('Their offer').queryByText('Add at least one year')).toBeNull();
    type(year1, '100');
    fireEvent(year1, new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body }));
    expect(offer('Their offer').queryByText(/add up to/)).toBeNull();
  });

  it('starts compact: the base salaries, the ask and the message folded away, and a link to the full builder carrying them', async () => {
    await renderBuilder({ compact: true });
    for (const label of ['Target bonus (%)', 'Sign-on bonus (USD)', 'Relocation (USD)']) {
      expect(screen.queryByLabelText(label)).toBeNull();
    }
    expect(screen.getByRole('group', { name: 'What do you want to say?' })).toBeTruthy();
    const disclosure = screen.getByText('Read and copy your message').closest('details');
    expect(disclosure?.open).toBe(false);
    expect(disclosure?.contains(screen.getByRole('button', { name: 'Copy the email' }))).toBe(true);
    expect(screen.queryByLabelText('Company')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add another offer' })).toBeNull();
    expect(summaryText()).toBe('Enter their base salary to start.');
    const link = () => screen.getByRole('link', { name: 'Open the full builder' });
    expect(link().getAttribute('href')).toBe('/tools/counteroffer/');
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '150000');
    type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '165000');
    expect(screen.queryByRole('table')).toBeNull();
    expect(summaryText()).toBe('Counteroffer: $660,000 over 4 years, 10% more than their offer.');
    await waitFor(() => expect(link().getAttribute('href')).toMatch(/\/tools\/counteroffer\/#s=[\w-]+$/));
    expect(emailText()).toContain('If you can offer a base salary of $165,000, I’m ready to accept.');
  });

  it('compact, says when its totals count terms entered in the full builder', async () => {
    const state = defaultState('USD');
    state.offer = { ...state.offer, base: '100000', signOn: '10000' };
    state.counter = { ...state.counter, base: '110000', signOn: '10000' };
    store(encodeState(state));
    await renderBuilder({ compact: true });
    expect(summaryText()).toBe(
      'Counteroffer: $450,000 over 4 years, 9.8% more than their offer. It counts the other terms you entered in the full builder.',
    );
  });

  it('shows no table of zeros before their offer has a number, only what to type first', async () => {
    await renderBuilder();
    expect(summaryText()).toBe('Enter their base salary to start: the year-by-year comparison appears here.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('switches the message and asks for the other company only when naming it', async () => {
    await renderBuilder();
    type(screen.getByLabelText('Company'), 'Acme');
    expect(emailText()).toContain('Your offer from Acme — what would make it a yes');
    fireEvent.click(screen.getByLabelText('Say it’s too late, politely'));
    expect(emailText()).toContain('I’ve already accepted another offer');
    expect(screen.queryByLabelText('The other company’s name')).toBeNull();
    fireEvent.click(screen.getByLabelText('Name the other company'));
    type(screen.getByLabelText('The other company’s name'), 'Globex');
    expect(emailText()).toContain('I’ve already accepted an offer with Globex');
    fireEvent.click(screen.getByLabelText('Decline gracefully'));
    expect(emailText()).toContain('Your offer from Acme — thank you, and my decision');
    fireEvent.click(screen.getByLabelText('Ask for what it would take, and say yes if they meet it'));
    expect(screen.getByLabelText('Another offer I hold')).toBeTruthy();
  });

  it('orders what matters most with Move up and Move down, and the message follows', async () => {
    await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '100000');
    type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '120000');
    type(offer('Your counteroffer').getByLabelText('Level'), 'Senior');
    const items = () => screen.getAllByRole('listitem').map((item) => item.firstChild?.textContent);
    expect(items().slice(0, 2)).toEqual(['Base salary and bonus', 'Level / title']);
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Level / title' }));
    expect(items().slice(0, 2)).toEqual(['Level / title', 'Base salary and bonus']);
    expect(emailText()).toMatch(/the Senior level and a base salary/);
    // At the top its Move up is disabled, so focus moves to its Move down.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: Level / title' })),
    );
  });

  it('adds and removes another offer, which the table compares', async () => {
    await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '200000');
    fireEvent.click(screen.getByRole('button', { name: 'Add another offer' }));
    type(offer('Another offer').getByLabelText('Base salary (USD)'), '300000');
    expect(screen.getByRole('columnheader', { name: 'Another offer' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove another offer' }));
    expect(screen.queryByRole('group', { name: 'Another offer' })).toBeNull();
  });

  it('saves as the reader types and restores on the next visit', async () => {
    const first = await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '150000');
    type(screen.getByLabelText('Company'), 'Initech');
    await untilSaved();
    first.unmount();
    await renderBuilder();
    // Saved as a number, shown again in the reader’s format.
    expect(offer('Their offer').getByLabelText('Base salary (USD)')).toHaveProperty('value', '150,000');
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Initech');
  });

  it('saves what is on screen when the page goes away, before the next frame would have', async () => {
    await renderBuilder();
    const company = screen.getByLabelText('Company') as HTMLInputElement;
    type(company, 'Initech');
    await waitFor(() => expect(localStorage.getItem(KEY)).not.toBeNull());
    // Typed outside act(): Preact renders on the next microtask but runs effects (the save) only
    // after the next frame, as in a browser. A reload or a link followed at once lands between.
    company.value = 'Initrode';
    company.dispatchEvent(new Event('input', { bubbles: true }));
    for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
    dispatchEvent(new Event('pagehide'));
    const saved = decodeState(stored().current ?? '');
    expect(saved.ok && saved.state.company).toBe('Initrode');
  });

  it('says once that storage is unavailable, and keeps working', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await renderBuilder();
    expect(screen.getAllByText(STORAGE_UNAVAILABLE)).toHaveLength(1);
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '100000');
    expect(summaryText()).toMatch(/^Counteroffer: \$400,000/);
    expect(screen.getAllByText(STORAGE_UNAVAILABLE)).toHaveLength(1);
  });

  it('shows a share link as someone else’s numbers: the reader’s own save stays, one press away', async () => {
    const saved = defaultState('USD');
    saved.company = 'Saved';
    store(encodeState(saved));
    const shared = defaultState('EUR');
    shared.company = 'Shared';
    shared.offer.base = '90000';
    const link = `/tools/counteroffer/#s=${encodeState(shared)}`;
    history.replaceState(null, '', link);
    const first = await renderBuilder();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Shared');
    expect(offer('Their offer').getByLabelText('Base salary (EUR)')).toHaveProperty('value', '90,000');
    const notice = screen.getByText(/^These numbers are from a shared link\. Your own numbers are kept/);
    // Untouched, the link stays in the address and out of storage: a reload shows it again.
    expect(location.pathname + location.hash).toBe(link);
    expect(stored().current).toBe(encodeState(saved));
    first.unmount();
    await renderBuilder();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Shared');

    fireEvent.click(screen.getByRole('button', { name: 'Back to your numbers' }));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Saved'));
    expect(screen.getByText('Your numbers are back.')).toBeTruthy();
    expect(location.hash).toBe('');
    expect(stored().history).toEqual([]);
    expect(notice.isConnected).toBe(false);
  });

  it('makes a link’s numbers the reader’s once kept or changed, with their own one press back', async () => {
    const saved = defaultState('USD');
    saved.company = 'Saved';
    store(encodeState(saved));
    const shared = defaultState('USD');
    shared.company = 'Shared';
    history.replaceState(null, '', `/tools/counteroffer/#s=${encodeState(shared)}`);
    await renderBuilder();
    type(screen.getByLabelText('Company'), 'Shared, edited');
    await waitFor(() => expect(screen.getByText('These numbers are yours now.')).toBeTruthy());
    expect(location.hash).toBe('');
    await waitFor(() =>
      expect(decodeState(stored().current ?? '')).toMatchObject({
        ok: true,
        state: { company: 'Shared, edited' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to your earlier numbers' }));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Saved'));
    // A swap, not a loss: the edited link’s numbers are one press away in turn.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Back to your earlier numbers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to your earlier numbers' }));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Shared, edited'));

    cleanup();
    localStorage.clear();
    history.replaceState(null, '', `/tools/counteroffer/#s=${encodeState(shared)}`);
    await renderBuilder();
    // With no numbers of their own, there is nothing to go back to; keeping saves the link’s.
    expect(screen.queryByRole('button', { name: 'Back to your numbers' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep these numbers' }));
    expect(await screen.findByText('These numbers are yours now.')).toBeTruthy();
    expect(stored().current).toBe(encodeState(shared));
  });

  it('opens a link to the reader’s own numbers as theirs, with nothing to go back to', async () => {
    const mine = defaultState('USD');
    mine.company = 'Mine';
    store(encodeState(mine));
    history.replaceState(null, '', `/tools/counteroffer/#s=${encodeState(mine)}`);
    await renderBuilder();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Mine');
    expect(screen.queryByRole('button', { name: /Back to your|Keep these numbers/ })).toBeNull();
    expect(location.hash).toBe('');
  });

  it('case 1: a second link opened in the same tab never replaces the reader’s numbers', async () => {
    const first = await renderBuilder();
    type(screen.getByLabelText('Company'), 'MINE');
    type(offer('Their offer').getByLabelText('Base salary (USD)'), '111111');
    await untilSaved();
    const mine = localStorage.getItem(KEY);
    for (const company of ['A', 'B']) {
      const shared = defaultState('USD');
      shared.company = company;
      history.replaceState(null, '', `/tools/counteroffer/#s=${encodeState(shared)}`);
      fireEvent(window, new HashChangeEvent('hashchange'));
      await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', company));
    }
    expect(localStorage.getItem(KEY)).toBe(mine);
    first.unmount();

    await renderBuilder();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'B');
    fireEvent.click(screen.getByRole('button', { name: 'Back to your numbers' }));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'MINE'));
    expect(offer('Their offer').getByLabelText('Base salary (USD)')).toHaveProperty('value', '111,111');
  });

  it('case 2: every text field carries its limit and a count, so nothing is cut on save', async () => {
    await renderBuilder();
    fireEvent.click(screen.getByRole('button', { name: 'Add another offer' }));
    const fields = [...screen.getAllByRole<HTMLInputElement | HTMLTextAreaElement>('textbox')].filter(
      (field) => !field.readOnly,
    );
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(field.maxLength, field.id).toBeGreaterThan(0);
    const terms = offer('Their offer').getByLabelText(/^Other terms/);
    type(terms, 'x'.repeat(599));
    expect(offer('Their offer').getByText('599 of 600 characters')).toBeTruthy();
    expect(terms.getAttribute('aria-describedby')).toContain('-count');
    expect(screen.getByLabelText('Company')).toHaveProperty('maxLength', 80);
  });

  it('case 3: keeps a save it cannot read, says so, and lets the reader copy it out', async () => {
    const newer = btoa(JSON.stringify({ v: 99, cu: 'USD', co: 'Future' })).replace(/=+$/, '');
    store(newer);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderBuilder();
    let kept = screen.getByRole('group', { name: /Your saved numbers couldn’t be opened/ });
    expect(within(kept).getByLabelText('Your saved numbers, as stored')).toHaveProperty('value', newer);
    await waitFor(() => expect(stored().unreadable).toBe(newer));
    type(screen.getByLabelText('Company'), 'New');
    await untilSaved();
    expect(stored().unreadable).toBe(newer);
    fireEvent.click(within(kept).getByRole('button', { name: 'Copy them' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(newer));
    // Still there, and still offered, after a reload.
    cleanup();
    await renderBuilder();
    kept = screen.getByRole('group', { name: /Your saved numbers couldn’t be opened/ });
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'New');
    fireEvent.click(within(kept).getByRole('button', { name: 'Delete them' }));
    expect(screen.queryByRole('group', { name: /Your saved numbers couldn’t be opened/ })).toBeNull();
    // Gone for good: a reload no longer offers them.
    cleanup();
    await renderBuilder();
    expect(screen.queryByRole('group', { name: /Your saved numbers couldn’t be opened/ })).toBeNull();
  });

  it('case 3: a save kept aside outlives a reload with nothing typed, and the next save', async () => {
    localStorage.setItem(KEY, 'damaged');
    const first = await renderBuilder();
    await waitFor(() => expect(stored().unreadable).toBe('damaged'));
    first.unmount();
    await renderBuilder();
    expect(await screen.findByRole('group', { name: /Your saved numbers couldn’t be opened/ })).toBeTruthy();
    type(screen.getByLabelText('Company'), 'Later');
    await untilSaved();
    // The next save kept them aside too: still offered, with the copy as stored, after a reload.
    cleanup();
    await renderBuilder();
    const kept = await screen.findByRole('group', { name: /Your saved numbers couldn’t be opened/ });
    expect(within(kept).getByLabelText('Your saved numbers, as stored')).toHaveProperty('value', 'damaged');
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Later');
  });

  it('case 4: an amount typed in de-DE keeps its value when the browser’s language changes', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const first = await renderBuilder();
    type(offer('Their offer').getByLabelText('Base salary (EUR)'), '100.000');
    await untilSaved();
    first.unmount();
    language.mockReturnValue('en-US');
    await renderBuilder();
    expect(offer('Their offer').getByLabelText('Base salary (EUR)')).toHaveProperty('value', '100,000');
  });

  it('case 5: a change in another tab keeps this page’s numbers aside at once, and offers both', async () => {
    const mine = defaultState('USD');
    mine.company = 'Mine';
    store(encodeState(mine));
    await renderBuilder();
    const theirs = defaultState('USD');
    theirs.company = 'Theirs';
    store(encodeState(theirs));
    fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: encodeState(theirs) }));
    expect(await screen.findByText(OTHER_TAB_CHANGED)).toBeTruthy();
    // Closed or reloaded now, before choosing, this page’s numbers are already kept.
    expect(stored().history).toEqual([encodeState(mine)]);
    type(screen.getByLabelText('Company'), 'Mine, edited');
    await waitFor(() =>
      expect(decodeState(stored().current ?? '')).toMatchObject({
        ok: true,
        state: { company: 'Mine, edited' },
      }),
    );
    // Typing on saved this page’s numbers, and kept the other tab’s aside.
    expect(stored().history).toContain(encodeState(theirs));
    fireEvent.click(screen.getByRole('button', { name: 'Use the other tab’s numbers' }));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Theirs'));
    expect(stored().current).toBe(encodeState(theirs));
    const kept = stored().history;
    expect(kept.map((item) => decodeState(item)).map((read) => read.ok && read.state.company)).toContain(
      'Mine, edited',
    );
    expect(screen.queryByText(OTHER_TAB_CHANGED)).toBeNull();
  });

  it('ignores a damaged share link with a message and never throws', async () => {
    history.replaceState(null, '', '/tools/counteroffer/#s=eyJ2IjoxLCJjdSI6IlVTRCIsImNvIjoiQWNt');
    await renderBuilder();
    expect(
      screen.getByText(/This share link couldn’t be opened\. The link is incomplete or damaged\./),
    ).toBeTruthy();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', '');
  });

  it.each([
    ['holding', true],
    ['none', false],
  ])(
    'cites another offer from "Should I take the call?" only when other=%s says there is one',
    async (other, cited) => {
      history.replaceState(
        null,
        '',
        `/tools/counteroffer/?co-goal=counter&co-reason=other-offer&co-other=${other}`,
      );
      await renderBuilder();
      expect(screen.getByLabelText('Another offer I hold')).toHaveProperty('checked', cited);
      type(screen.getByLabelText('Company'), 'Acme');
      type(offer('Your counteroffer').getByLabelText('Base salary (USD)'), '100000');
      await waitFor(() => expect(emailText()).toContain('Your offer from Acme'));
      expect(emailText().includes('I have another offer')).toBe(cited);
      expect(location.search).toBe('');
    },
  );

  it('asks why the reader is saying no when declining, with the reasons of "Should I take the call?"', async () => {
    await renderBuilder();
    expect(screen.queryByRole('group', { name: 'Why are you saying no?' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Decline gracefully'));
    const why = within(screen.getByRole('group', { name: 'Why are you saying no?' }));
    expect(why.getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
      'The pay is too low',
      'The level or title is too low',
      'Another offer is better',
      'The role, team or company isn’t right',
      'Timing or personal reasons',
      'I’d rather not say',
    ]);
    expect(why.getByLabelText('I’d rather not say')).toHaveProperty('checked', true);
    fireEvent.click(why.getByLabelText('The level or title is too low'));
    await waitFor(() => expect(emailText()).toContain('this move isn’t right for me at any level'));
    fireEvent.click(why.getByLabelText('Another offer is better'));
    // Picking the reason alone doesn’t say the reader holds an offer, so none is claimed.
    expect(emailText()).toContain('I’ve weighed it against my other options');
    expect(emailText()).not.toContain('another offer');
    // Naming the other company is offered once the reason is another offer.
    fireEvent.click(screen.getByLabelText('Name the other company'));
    type(screen.getByLabelText('The other company’s name'), 'Globex');
    expect(emailText()).toContain('I’m taking an offer from Globex');
    fireEvent.click(why.getByLabelText('I’d rather not say'));
    expect(emailText()).toContain('After a lot of thought, I’ve decided not to accept.\n');
  });

  it('takes the goal, status and reason from prefixed parameters, leaving the call widget’s own', async () => {
    history.replaceState(
      null,
      '',
      '/issues/57/?call-status=declined&call-reason=pay&co-goal=explore&co-status=declined&co-reason=level',
    );
    await renderBuilder();
    expect(screen.getByLabelText('Ask what would be possible, without committing')).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByLabelText('I already said no')).toHaveProperty('checked', true);
    expect(location.search).toBe('?call-status=declined&call-reason=pay');
    expect(emailText()).toContain('I know I said no');
    expect(emailText()).not.toContain('accept');
  });

  it('takes the goal and leading priority from ?co-goal=…&co-reason=…', async () => {
    history.replaceState(null, '', '/tools/counteroffer/?co-goal=decline&co-reason=level');
    await renderBuilder();
    expect(screen.getByLabelText('Decline gracefully')).toHaveProperty('checked', true);
    expect(screen.getAllByRole('listitem')[0]?.firstChild?.textContent).toBe('Level / title');
    expect(emailText()).toContain('isn’t right for me at any level');
  });

  it.each(['/tools/counteroffer/', '/issues/57/'])(
    'on %s, creates a link to the tool page only after saying what it contains',
    async (path) => {
      history.replaceState(null, '', path);
      await renderBuilder();
      type(offer('Their offer').getByLabelText('Base salary (USD)'), '123,456');
      fireEvent.click(screen.getByRole('button', { name: 'Share a link' }));
      expect(screen.getByText(/The link contains your numbers/)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
      const link = (await screen.findByLabelText(/Link to your counteroffer/)) as HTMLInputElement;
      expect(link.readOnly).toBe(true);
      expect(link.value).toMatch(/^http:\/\/localhost(:\d+)?\/tools\/counteroffer\/#s=[\w-]+$/);
    },
  );

  it('copies the email and says so; without a clipboard it selects the text instead', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderBuilder();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the email' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(writeText.mock.calls[0]?.[0]).toMatch(/^Subject: Your offer — what would make it a yes\n\nHi,/);
    writeText.mockRejectedValue(new Error('denied'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the email' }));
    await waitFor(() => expect(screen.getByText(/Copying isn’t available here/)).toBeTruthy());
  });

  it('downloads the whole message as counteroffer-<company>.txt', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:message';
    });
    // jsdom has no object URLs; the stubs are put back at the end of the test.
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderBuilder();
    type(screen.getByLabelText('Company'), 'Acme, Inc.');
    fireEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe(
      'counteroffer-acme-inc.txt',
    );
    const text = await blobs[0]?.text();
    expect(text).toMatch(/^Subject: Your offer from Acme, Inc\. — what would make it a yes\n\nHi,/);
    expect(text).toContain('Talk track (if it happens on a call)');
    Object.assign(URL, original);
  });

  it('starts over only after an inline confirmation', async () => {
    await renderBuilder();
    type(screen.getByLabelText('Company'), 'Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText('Clear everything you entered? This can’t be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(screen.getByLabelText('Company')).toHaveProperty('value', '');
    // Cleared for good: a reload brings nothing back.
    cleanup();
    await renderBuilder();
    expect(screen.getByLabelText('Company')).toHaveProperty('value', '');
  });

  it('shows the server’s message until the reader changes something, then writes its own', async () => {
    const serverMessage = {
      goal: 'counter' as const,
      subject: 'From the server',
      email: 'Hi,',
      talkTrack: ['Hello'],
      notes: [],
      acceptsAsIs: false,
    };
    await renderBuilder({ serverMessage });
    expect(emailText()).toContain('From the server');
    type(screen.getByLabelText('Company'), 'Acme');
    await waitFor(() => expect(emailText()).toContain('Your offer from Acme — what would make it a yes'));
  });

  it('reads a share link opened in the same tab (only the fragment changes)', async () => {
    await renderBuilder();
    const shared = defaultState('USD');
    shared.company = 'Linked';
    history.replaceState(null, '', `/tools/counteroffer/#s=${encodeState(shared)}`);
    fireEvent(window, new HashChangeEvent('hashchange'));
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveProperty('value', 'Linked'));
    expect(location.hash).toBe(`#s=${encodeState(shared)}`);
  });

  it('nests its sections under the heading level the page gives it, and saves under the one key', async () => {
    await renderBuilder({ headingLevel: 3 });
    expect(screen.getByRole('heading', { name: 'Build your counteroffer', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What matters most', level: 4 })).toBeTruthy();
    expect(offer('Their offer').getByLabelText('Vesting schedule')).toHaveProperty('value', 'even-4y');
    expect(screen.getByLabelText('Ask for what it would take, and say yes if they meet it')).toHaveProperty(
      'checked',
      true,
    );
    type(screen.getByLabelText('Company'), 'Acme');
    await untilSaved();
    expect(decodeState(stored().current ?? '')).toMatchObject({
      ok: true,
      state: { company: 'Acme' },
    });
  });
});
