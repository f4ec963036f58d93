import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallAdviceCard } from '../../src/islands/take-the-call/CallAdviceCard.tsx';
import TakeTheCall, { type TakeTheCallProps } from '../../src/islands/take-the-call/TakeTheCall.tsx';
import {
  allCallSituations,
  adviseOnCall,
  describeSituation,
  formatCallQuery,
} from '../../src/lib/call-advice/index.ts';

// Vitest runs without globals here, so Testing Library can't register its own cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

beforeEach(() => {
  history.replaceState(null, '', '/tools/take-the-call/');
  // jsdom has no layout, so no scrolling either.
  Element.prototype.scrollIntoView = () => {};
});

function widget(props: TakeTheCallProps = {}) {
  render(<TakeTheCall {...props} />);
  return within(screen.getByRole('region', { name: props.heading ?? 'Should I take the call?' }));
}

function stepHeading(name: RegExp | string) {
  return screen.getByRole('heading', { name });
}

function choose(label: string): void {
  fireEvent.click(screen.getByRole('radio', { name: label }));
}

function continueWith(label: string): void {
  choose(label);
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
}

async function resultHeading(name: RegExp): Promise<HTMLElement> {
  return screen.findByRole('heading', { name });
}

describe('the server render', () => {
  const html = renderToString(<TakeTheCall />);

  it('shows step 1 with no answer chosen and the Continue button waiting for JavaScript', () => {
    expect(html).toContain('Step 1 of 3 or 4');
    expect(html).toContain('Where do things stand with their offer?');
    expect(html).not.toContain('checked');
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Continue<\/button>/);
  });

  it('says where the advice is without JavaScript, and keeps the widget out of search', () => {
    expect(html).toContain('Without JavaScript,');
    expect(html).toContain('href="/tools/take-the-call/#every-situation"');
    expect(html).toContain('data-pagefind-ignore="all"');
  });
});

describe('the questions', () => {
  it('asks one question per step, in a fieldset whose legend says the step', () => {
    const view = widget();
    const group = view.getByRole('group', {
      name: /Step 1 of 3 or 4: Where do things stand with their offer\?/,
    });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('div')?.textContent)).toEqual([
      'I declined it',
      'I haven’t answered yet',
    ]);
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(screen.queryByText(/Without JavaScript/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
  });

  it('moves to the next step on Continue and focuses its heading', () => {
    widget();
    continueWith('I declined it');
    const heading = stepHeading(/Step 2 of 3 or 4: What’s the main reason\?/);
    expect(document.activeElement).toBe(heading);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
  });

  it('continues on Enter in a radio, as a form would', () => {
    widget();
    const radio = screen.getByRole('radio', { name: 'I declined it' });
    fireEvent.click(radio);
    fireEvent.keyDown(radio, { key: 'Enter' });
    expect(stepHeading(/Step 2 of 3 or 4/)).toBeTruthy();
  });

  it('asks only whether the better offer is accepted after "Another offer is better"', () => {
    widget();
    continueWith('I declined it');
    continueWith('Another offer is better');
    const group = screen.getByRole('group', {
      name: /Step 3 of 3 or 4: Have you accepted that other offer\?/,
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('div')?.textContent),
    ).toEqual(['Yes, I’ve accepted it', 'Not yet']);
    choose('Not yet');
    expect(stepHeading(/Step 3 of 4/)).toBeTruthy();
  });
});

describe('validation', () => {
  it('shows an error summary that takes focus and links to the first radio', () => {
    const view = widget();
    fireEvent.click(view.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('group', { name: 'There is a problem' });
    // Not an alert as well: taking focus already has it read, and an alert would read it twice.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const link = within(summary).getByRole('link', { name: 'Select where things stand with their offer' });
    expect(link.getAttribute('href')).toBe('#take-the-call-status-declined');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'I declined it' }));
  });

  it('puts the message next to the radios and describes the fieldset with it', () => {
    widget();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const group = screen.getByRole('group', { name: /Step 1 of 3 or 4/ });
    const describedBy = group.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Error: Select where things stand with their offer',
    );
  });

  it('focuses the summary again on a second Continue, and clears it once answered', () => {
    widget();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    screen.getByRole('radio', { name: 'I declined it' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'There is a problem' }));
    continueWith('I haven’t answered yet');
    expect(screen.queryByRole('group', { name: 'There is a problem' })).toBeNull();
    expect(screen.getByRole('group', { name: /Step 2 of 3 or 4/ }).hasAttribute('aria-describedby')).toBe(
      false,
    );
  });

  it.each([
    [{}, 'Select where things stand with their offer'],
    [{ status: 'declined' }, 'Select the main reason'],
    [{ status: 'declined', reason: 'pay' }, 'Select whether you have accepted another offer'],
    [
      { status: 'declined', reason: 'pay', otherOffer: 'none' },
      'Select whether you would join them if they fixed what’s wrong',
    ],
  ] as const)('names what to select on each step (%o)', (answers, message) => {
    history.replaceState(null, '', formatCallQuery(answers));
    widget();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('group', { name: 'There is a problem' });
    expect(within(summary).getByRole('link').textContent).toBe(message);
  });
});

describe('the result', () => {
  it('reaches the counter advice, focuses the verdict and announces it politely', async () => {
    widget({ fullAdvice: true });
    continueWith('I declined it');
    continueWith('The level or title is too low');
    continueWith('No');
    expect(stepHeading(/Step 4 of 4/)).toBeTruthy();
    continueWith('Yes');
    const verdict = await resultHeading(/be ready with your counteroffer/);
    await waitFor(() => expect(document.activeElement).toBe(verdict));
    const live = document.querySelectorAll('[aria-live="polite"]');
    await waitFor(() =>
      expect([...live].map((region) => region.textContent).join('')).toBe(
        `Advice ready. ${verdict.textContent}`,
      ),
    );
    expect(location.search).toBe('?call-status=declined&call-reason=level&call-other=none&call-join=yes');
    for (const name of [
      'Why',
      'Your talk track',
      'Ready answers',
      'What to ask',
      'Before the call',
      'What to avoid',
    ]) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
    // A "why" reads as text, with a short link to its passage.
    const why = screen.getAllByRole('link', { name: /^Read in issue #57/ });
    expect(why[0]?.getAttribute('href')).toBe('/issues/57/#why-they-want-to-talk');
    expect(why[0]?.textContent).toBe('Read in issue #57');
    expect(why[0]?.closest('li')?.textContent).toMatch(/^Asking to talk is a good sign\./);
    expect(screen.getByRole('link', { name: 'Build your counteroffer' }).getAttribute('href')).toBe(
      '/tools/counteroffer/?co-goal=counter&co-reason=level&co-other=none&co-status=declined',
    );
    expect(screen.getByText('If they say yes on the call').nextElementSibling?.textContent).toMatch(
      /in writing/,
    );
  });

  it('in an issue, shows the verdict and the talk track, and folds the rest', async () => {
    history.replaceState(
      null,
      '',
      '/issues/57/?call-status=declined&call-reason=pay&call-other=none&call-join=yes',
    );
    widget({ onIssuePage: true });
    await resultHeading(/be ready with your counteroffer/);
    expect(screen.getByRole('heading', { name: 'Your talk track' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy the talk track' })).toBeTruthy();
    const summary = screen.getByText('Show the full advice');
    const more = summary.closest('details');
    expect(more?.open).toBe(false);
    expect([...(more?.querySelectorAll('h4') ?? [])].map((heading) => heading.textContent)).toEqual([
      'Why',
      'Ready answers',
      'What to ask',
      'Before the call',
      'What to avoid',
    ]);
    expect(more?.textContent).not.toContain('Your talk track');
    // The next step stays in view: the hand-off to the builder is outside the fold.
    expect(more?.contains(screen.getByRole('link', { name: 'Build your counteroffer' }))).toBe(false);
  });

  it('skips step 4 once another offer is accepted, and says step 3 is the last', async () => {
    widget();
    continueWith('I declined it');
    continueWith('The role, team or company isn’t right');
    expect(stepHeading(/Step 3 of 3 or 4/)).toBeTruthy();
    choose('Yes, I’ve accepted one');
    expect(stepHeading(/Step 3 of 3:/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await resultHeading(/be polite, explain that it’s too late/);
    expect(screen.queryByText(/Step 4/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Build your counteroffer' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Write a polite reply' }).getAttribute('href')).toBe(
      '/tools/counteroffer/?co-goal=too-late&co-reason=fit&co-other=accepted&co-status=declined',
    );
    expect(location.search).toBe('?call-status=declined&call-reason=fit&call-other=accepted');
  });

  it('keeps "Why" links in the page on issue #57 itself', async () => {
    history.replaceState(
      null,
      '',
      '/issues/57/?call-status=undecided&call-reason=pay&call-other=holding&call-join=maybe',
    );
    widget({ onIssuePage: true });
    await resultHeading(/hear them out/);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => href.startsWith('#')).length).toBeGreaterThan(2);
    expect(hrefs.some((href) => href.startsWith('/issues/57/'))).toBe(false);
  });

  // The copy button's own status, beside it; the widget's announcer holds two more.
  const copyStatus = () =>
    within(
      screen.getByRole('button', { name: 'Copy the talk track' }).parentElement ?? document.body,
    ).getByRole('status');

  it('copies the talk track and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    history.replaceState(
      null,
      '',
      '?call-status=undecided&call-reason=personal&call-other=none&call-join=no',
    );
    widget();
    await resultHeading(/kind, candid no/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the talk track' }));
    await waitFor(() => expect(copyStatus().textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toContain('it comes down to timing, and that won’t change soon.');
  });

  it('falls back to selecting the talk track when there is no clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    history.replaceState(
      null,
      '',
      '?call-status=undecided&call-reason=personal&call-other=none&call-join=no',
    );
    widget();
    await resultHeading(/kind, candid no/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the talk track' }));
    await waitFor(() => expect(copyStatus().textContent).toMatch(/Copying isn.t available/));
    expect(getSelection()?.toString()).toContain('I enjoyed meeting the team');
  });
});

describe('Back and Start over', () => {
  it('Back returns one step with the earlier choice still chosen', async () => {
    widget();
    continueWith('I declined it');
    continueWith('The pay is too low');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(stepHeading(/Step 2 of 3 or 4/));
    expect((screen.getByRole('radio', { name: 'The pay is too low' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(location.search).toBe('?call-status=declined');
  });

  it('Back from the result returns to the last question', async () => {
    history.replaceState(null, '', '?call-status=declined&call-reason=pay&call-other=none&call-join=maybe');
    widget();
    await resultHeading(/hear them out/);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepHeading(/Step 4 of 4/)).toBeTruthy();
  });

  it('Start over clears every answer, from a step or from the result', async () => {
    history.replaceState(null, '', '?call-status=declined&call-reason=pay&call-other=none&call-join=maybe');
    widget();
    await resultHeading(/hear them out/);
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(document.activeElement).toBe(stepHeading(/Step 1 of 3 or 4/));
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(location.search).toBe('');
  });
});

describe('the URL', () => {
  it('adds a history entry per step, keeping other parameters and the hash', () => {
    history.replaceState(null, '', '/tools/take-the-call/?utm_source=mail%20out#top');
    const before = history.length;
    widget();
    continueWith('I declined it');
    continueWith('Another offer is better');
    expect(history.length).toBe(before + 2);
    expect(location.pathname + location.search + location.hash).toBe(
      '/tools/take-the-call/?utm_source=mail%20out&call-status=declined&call-reason=other-offer#top',
    );
  });

  it('restores the result from the URL', async () => {
    history.replaceState(null, '', '?call-status=declined&call-reason=level&call-other=none&call-join=yes');
    widget();
    await resultHeading(/be ready with your counteroffer/);
    // Restoring on load leaves focus where the browser put it.
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps the reader’s answers over a reload, and the URL as it was', async () => {
    widget();
    continueWith('I declined it');
    continueWith('The pay is too low');
    const search = location.search;
    cleanup();
    widget();
    expect(stepHeading(/Step 3 of 3 or 4/)).toBeTruthy();
    expect(location.search).toBe(search);
  });

  it.each([
    ['?call-status=declined&call-reason=bogus&call-join=yes', /Step 2 of 3 or 4/],
    ['?call-reason=pay&call-other=none', /Step 1 of 3 or 4/],
    ['?call-status=%3Cimg%20src%3Dx%3E', /Step 1 of 3 or 4/],
    ['?call-status=undecided&call-reason=fit&call-other=maybe', /Step 3 of 3 or 4/],
    ['?call-status=declined&call-reason=other-offer&call-other=none', /Step 3 of 3 or 4/],
    // Names without the prefix were never published, so they are nobody's answers.
    ['?status=declined&reason=pay&other=none&join=yes', /Step 1 of 3 or 4/],
  ])('ignores tampered answers in %s and starts at the first unanswered step', (search, heading) => {
    history.replaceState(null, '', search);
    widget();
    expect(stepHeading(heading)).toBeTruthy();
  });

  it('follows the browser Back button', () => {
    widget();
    continueWith('I declined it');
    continueWith('The pay is too low');
    history.replaceState(null, '', '/tools/take-the-call/?call-status=declined');
    fireEvent(window, new PopStateEvent('popstate'));
    expect(document.activeElement).toBe(stepHeading(/Step 2 of 3 or 4/));
    expect((screen.getByRole('radio', { name: 'The pay is too low' }) as HTMLInputElement).checked).toBe(
      true,
    );
    history.replaceState(null, '', '/tools/take-the-call/');
    fireEvent(window, new PopStateEvent('popstate'));
    expect(stepHeading(/Step 1 of 3 or 4/)).toBeTruthy();
  });

  it('shares the page with the builder: its parameters never move this widget, nor go', () => {
    history.replaceState(null, '', '/issues/57/?co-goal=counter&co-reason=level&call-status=undecided');
    widget();
    expect(stepHeading(/Step 2 of 3 or 4/)).toBeTruthy();
    continueWith('The pay is too low');
    expect(location.search).toBe('?co-goal=counter&co-reason=level&call-status=undecided&call-reason=pay');
  });
});

describe('the props', () => {
  it('sets the title, with the steps below it', () => {
    widget({ heading: 'Take the call?' });
    expect(screen.getByRole('heading', { level: 2, name: 'Take the call?' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /Step 1 of 3 or 4/ })).toBeTruthy();
    expect(document.getElementById('take-the-call-status-declined')).toBeTruthy();
  });
});

it.each(['src/islands/take-the-call', 'src/islands/counteroffer', 'src/islands/shared'])(
  'never inserts markup from strings in %s',
  (folder) => {
    for (const file of readdirSync(folder)) {
      const code = readFileSync(`${folder}/${file}`, 'utf8');
      expect(code).not.toMatch(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/);
    }
  },
);

describe('one card for the widget and the advice table', () => {
  const escape = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

  it.each(allCallSituations().map((answers) => [describeSituation(answers), answers] as const))(
    '%s: every word of the advice, as text',
    (_label, answers) => {
      const advice = adviseOnCall(answers);
      const html = renderToString(
        <CallAdviceCard
          advice={advice}
          level={4}
          issueHref="/issues/57/"
          handoffHref="/tools/counteroffer/?x"
        />,
      );
      const strings = [
        ...advice.why.map((why) => why.text),
        ...advice.talkTrack,
        ...advice.replies.flatMap((reply) => [reply.when, reply.say]),
        ...advice.asks,
        ...advice.checklist,
        ...advice.avoid,
      ];
      for (const text of strings) expect(html).toContain(escape(text));
      expect(html.match(/>Read in issue #57</g)).toHaveLength(advice.why.length);
    },
  );

  it('points to sections an earlier entry shows, instead of repeating them', () => {
    const answers = { status: 'undecided', reason: 'pay', otherOffer: 'none', wouldJoin: 'no' } as const;
    const target = { href: '#situation-declined-pay-none-no', title: 'You declined' };
    const html = renderToString(
      <CallAdviceCard
        advice={adviseOnCall(answers)}
        level={5}
        issueHref="/issues/57/"
        handoffHref="/tools/counteroffer/?x"
        sameAs={{ asks: target, avoid: target, why: { href: '#other', title: 'Other' } }}
      />,
    );
    expect(html).not.toContain('<h5>What to ask</h5>');
    expect(html).not.toContain('<h5>Why</h5>');
    expect(html).toContain('<h5>Your talk track</h5>');
    expect(html).toContain(
      'What to ask and what to avoid: as for <a href="#situation-declined-pay-none-no">You declined</a>.',
    );
    expect(html).toContain('Why: as for <a href="#other">Other</a>.');
  });
});
