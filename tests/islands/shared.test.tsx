import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/islands/shared/ErrorSummary.tsx';
import { lazy } from '../../src/islands/shared/lazy.ts';
import { useAnnouncer } from '../../src/islands/shared/use-announcer.tsx';
import { useFocusAfter, type FocusTarget } from '../../src/islands/shared/use-focus-after.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('lazy', () => {
  it('fetches once, keeps the module, and forgets a failure so the next call tries again', async () => {
    const importer = vi
      .fn<() => Promise<{ answer: number }>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue({ answer: 42 });
    const load = lazy(importer);
    await expect(load()).rejects.toThrow('offline');
    expect(load.loaded).toBeUndefined();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(load.loaded).toEqual({ answer: 42 });
    await load();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});

describe('ErrorSummary', () => {
  it('is a focusable group named by its heading, not an alert, with a link per problem', () => {
    render(
      <>
        <ErrorSummary
          id="summary"
          level={3}
          errors={[
            { fieldId: 'amount', message: 'Enter an amount' },
            { fieldId: 'choice-a', message: 'Select a choice' },
          ]}
        />
        <label for="amount">Amount</label>
        <input id="amount" />
        <fieldset>
          <legend>Choice</legend>
          <input type="radio" id="choice-a" name="choice" />
        </fieldset>
      </>,
    );
    const summary = screen.getByRole('group', { name: 'There is a problem' });
    expect(summary.tabIndex).toBe(-1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'There is a problem' })).toBeTruthy();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    fireEvent.click(screen.getByRole('link', { name: 'Enter an amount' }));
    expect(document.activeElement?.id).toBe('amount');
    fireEvent.click(screen.getByRole('link', { name: 'Select a choice' }));
    expect(document.activeElement?.id).toBe('choice-a');
    // The field’s label comes into view with it; for a radio, its whole question.
    expect(scrolled.map((element) => element.tagName)).toEqual(['LABEL', 'FIELDSET']);
    expect(location.hash).toBe('');
  });
});

describe('useAnnouncer', () => {
  let announce: (message: string, delay?: number) => void = () => {};
  function Announcing() {
    const [regions, say] = useAnnouncer();
    announce = say;
    return regions;
  }
  /** Moves the fake clock on, inside act so the write renders. */
  const wait = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  const spoken = () => screen.getAllByRole('status').map((region) => region.textContent);

  it('has two polite, atomic status regions, empty until something is said', () => {
    render(<Announcing />);
    const regions = screen.getAllByRole('status');
    expect(regions).toHaveLength(2);
    for (const region of regions) {
      expect(region.getAttribute('aria-live')).toBe('polite');
      expect(region.getAttribute('aria-atomic')).toBe('true');
    }
    expect(spoken()).toEqual(['', '']);
  });

  it.each([
    ['one message', [['3 results', 150]], ['3 results', '']],
    [
      'the last of messages within the pause',
      [
        ['1 result', 600],
        ['12 results', 600],
      ],
      ['12 results', ''],
    ],
  ] as const)('says %s once the pause is over', (_, messages, after) => {
    vi.useFakeTimers();
    render(<Announcing />);
    for (const [message, delay] of messages) act(() => announce(message, delay));
    wait((messages.at(-1)?.[1] ?? 0) - 1);
    expect(spoken()).toEqual(['', '']);
    wait(1);
    expect(spoken()).toEqual(after);
  });

  it('waits for the pause before writing, and writes a repeat in the other region', () => {
    vi.useFakeTimers();
    render(<Announcing />);
    act(() => announce('Cleared.'));
    wait(149);
    expect(spoken()).toEqual(['', '']);
    wait(1);
    expect(spoken()).toEqual(['Cleared.', '']);
    act(() => announce('Cleared.'));
    wait(150);
    expect(spoken()).toEqual(['', 'Cleared.']);
    act(() => announce('Again'));
    wait(150);
    expect(spoken()).toEqual(['Again', '']);
  });

  it('says nothing after the island is gone', () => {
    vi.useFakeTimers();
    const { unmount } = render(<Announcing />);
    act(() => announce('Too late'));
    unmount();
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});

describe('useFocusAfter', () => {
  let focusAfter: (target: FocusTarget) => void = () => {};
  let show: (ids: string[]) => void = () => {};
  const focused: string[] = [];
  function Moving() {
    const [ids, setIds] = useState<string[]>([]);
    show = setIds;
    focusAfter = useFocusAfter((element) => focused.push(element.id));
    return (
      <>
        <button id="here">Here</button>
        {ids.map((id) => (
          <button key={id} id={id}>
            {id}
          </button>
        ))}
      </>
    );
  }

  it.each([
    ['an id', 'later', 'later'],
    ['a finder', () => document.querySelectorAll('button')[2], 'third'],
  ] as const)('waits, with %s, for renders that show the element, then focuses it once', (_, target, id) => {
    focused.length = 0;
    render(<Moving />);
    act(() => {
      focusAfter(target);
      show(['other']);
    });
    // Not there yet: focus stays where it was, and the move waits.
    expect(document.activeElement).toBe(document.body);
    act(() => show(['other', id]));
    expect(document.activeElement?.id).toBe(id);
    expect(focused).toEqual([id]);
    screen.getByRole('button', { name: 'Here' }).focus();
    act(() => show([id, 'other']));
    expect(document.activeElement?.id).toBe('here');
    expect(focused).toEqual([id]);
  });

  it('still moves when asked after the element has rendered (once a promise settles, say)', () => {
    focused.length = 0;
    render(<Moving />);
    act(() => show(['later']));
    act(() => focusAfter('later'));
    expect(document.activeElement?.id).toBe('later');
    expect(focused).toEqual(['later']);
  });

  it('moves nowhere once cancelled with an empty id', () => {
    focused.length = 0;
    render(<Moving />);
    act(() => focusAfter('later'));
    act(() => focusAfter(''));
    act(() => show(['later']));
    expect(document.activeElement).toBe(document.body);
    expect(focused).toEqual([]);
  });
});
