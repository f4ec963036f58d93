import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../src/islands/shared/ErrorSummary.tsx';
import { lazy } from '../../src/islands/shared/lazy.ts';

afterEach(cleanup);

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
    // The field's label comes into view with it; for a radio, its whole question.
    expect(scrolled.map((element) => element.tagName)).toEqual(['LABEL', 'FIELDSET']);
    expect(location.hash).toBe('');
  });
});
