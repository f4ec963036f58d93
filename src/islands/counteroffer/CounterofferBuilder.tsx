import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
  CallGoal,
  Column,
  CounterofferMessage,
  CounterofferState,
  FieldErrors,
  OfferInput,
} from '../../lib/counteroffer/index.ts';
import { CALL_REASON_QUESTION } from '../../lib/call-advice/reason-question.ts';
import { COUNTEROFFER_PATH } from '../../lib/paths/tool-paths.ts';
import { joinBase } from '../../lib/paths/base.ts';
import { emptyOfferInput, withField } from '../../lib/counteroffer/state.ts';
import { totalsSummary } from '../../lib/counteroffer/summary-text.ts';
import { CURRENCIES, compareOffers } from '../../lib/offer/index.ts';
import { NO_OFFER, parseOffer, type Offer } from '../../lib/offer/terms.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useAnnouncer } from '../shared/use-announcer.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { AMOUNTS, COLUMN_LABELS, ID_PREFIX, fieldId, type FieldSpec, type Patch } from './columns.ts';
import { Button, Field, Radios, Select } from './fields.tsx';
import { loadRest, useRest } from './load-rest.ts';
import { MessageActions, MessageView } from './Message.tsx';
import { KeptNumbers, StartOver } from './KeepIt.tsx';
import { usePersistentState } from './use-persistent-state.ts';

/** Said when the message writer didn’t load, with a Try again button after it. */
export const MESSAGE_FAILED =
  'Your message couldn’t be written: part of this page didn’t load. Check your connection and try again.';

/** Props the Astro wrapper sets on the counteroffer builder. */
export type CounterofferBuilderProps = {
  /** The title’s heading level; sections nest below it. Default 2. */
  headingLevel?: 2 | 3;
  /** The base salaries, the totals and the message behind a disclosure, as issues embed it. Default false. */
  compact?: boolean;
  /** The starting state’s message, written at build time so it shows before the message code loads. */
  serverMessage?: CounterofferMessage;
  /** Server-rendered explanation, shown under the title. */
  children?: ComponentChildren;
};

// Each offer’s step in the form (the basics are 1, the message 4), and one line under its legend,
// so the two offers' fields stand on the same rows.
const STEPS: Record<Column, [string, string]> = {
  offer: ['2', 'What they offered.'],
  counter: ['3', 'A copy of theirs: change it.'],
  other: ['+', 'An offer you hold.'],
};
const NAMES = [
  ['company', 'Company'],
  ['contact', 'Who you’re writing to (recruiter or hiring manager)'],
  ['yourName', 'Your name'],
] as const;
const GOALS: readonly (readonly [CallGoal, string])[] = [
  ['counter', 'Ask for what it would take, and say yes if they meet it'],
  ['explore', 'Ask what would be possible, without committing'],
  ['too-late', 'Say it’s too late, politely'],
  ['decline', 'Decline gracefully'],
];
// The reasons "Should I take the call?" asks about, worded the same, and the choice to give none.
const REASONS = [
  ...CALL_REASON_QUESTION.options.map(({ value, label }) => [value, label] as const),
  ['none', 'I’d rather not say'] as const,
];

/** Builds a counteroffer: their offer against what it would take, year by year, and the message to send. */
export default function CounterofferBuilder({
  headingLevel = 2,
  compact = false,
  serverMessage,
  children,
}: CounterofferBuilderProps) {
  const { state, update, locale, ready, pristine, notices, kept, reset } = usePersistentState();
  // Start over begins a new round: the fields forget that the reader has left them.
  const [round, setRound] = useState(0);
  const [announcer, announce] = useAnnouncer();
  const lastValid = useRef<Partial<Record<Column, Offer>>>({});
  const announced = useRef<string | null>(null);
  const focusAfter = useFocusAfter();
  const sub = (headingLevel + 1) as HeadingLevel;
  const id = (name: string) => `${ID_PREFIX}-${name}`;
  // Until the reader changes something, the server’s message stands and nothing more need load.
  const needed = !pristine || !serverMessage;
  const [rest, failed, retry] = useRest(needed || !compact);
  // What only the full builder shows: the rest of the form, the comparison, headings and steps.
  const full = compact ? undefined : rest;
  const heading = (text: ComponentChildren, name?: string) =>
    !compact && (
      <Heading level={sub} {...(name && { id: id(name), tabIndex: -1 })}>
        {text}
      </Heading>
    );
  const step = (n: string) =>
    !compact && (
      <span class="co-step" aria-hidden="true">
        {n}
      </span>
    );
  const { currency } = state;

  const inputs = (['offer', 'counter', 'other'] as const).flatMap((column) => {
    const input = state[column];
    if (!input || (compact && column === 'other')) return [];
    const { offer: terms, errors } = parseOffer(input, locale, lastValid.current[column]);
    lastValid.current[column] = terms;
    // Only the fields on screen are checked: the compact builder shows the base salaries.
    const shown: FieldErrors = !compact ? errors : errors.base ? { base: errors.base } : {};
    return [{ column, input, terms, errors: shown }];
  });
  const comparison = compareOffers(inputs[0]?.terms ?? NO_OFFER, inputs[1]?.terms ?? NO_OFFER);
  const empty = comparison.offer.total === 0;
  const summaryText = totalsSummary(comparison, currency, locale);
  // The compact builder shows only the base salaries; the totals say when they hold more.
  const beyondBase = inputs.some(({ terms: t }) =>
    [t.bonusPercent, t.signOn, t.relocation, t.equityGrant, t.equityRefresh].some((amount) => amount > 0),
  );
  const built = useMemo(
    () => (needed && rest ? rest.buildMessage(state, locale) : null),
    [rest, needed, state, locale],
  );
  const message = needed ? built : (serverMessage ?? null);

  // What the message uses and can’t stand behind: it blocks Copy, Download and Share.
  const found = rest?.findBlockers(state, locale, inputs, !compact);
  const blocked = !!found?.blockers.length;

  useEffect(() => {
    if (!ready) return;
    // The first totals after restoring are what the reader left; only changes are news.
    if (announced.current !== null && announced.current !== summaryText) announce(summaryText, 1000);
    announced.current = summaryText;
  }, [summaryText, ready]);

  const change = (patch: Patch) =>
    update((current) => {
      const next: Patch = { ...current, ...patch };
      for (const [key, value] of Object.entries(patch))
        if (value === undefined) delete next[key as keyof Patch];
      return next as CounterofferState;
    });
  const setOther = (other: OfferInput | null, focus: string) => {
    focusAfter(focus);
    change({ other });
  };
  const startOver = () => {
    reset();
    setRound(round + 1);
    lastValid.current = {};
    announced.current = null;
    document.getElementById(id('title'))?.focus();
    announce('Cleared. The builder is empty again.');
  };

  const offerFieldset = ({ column, input, errors }: (typeof inputs)[number]) => {
    const onField = <K extends keyof OfferInput>(field: K, value: OfferInput[K]) =>
      update((current) => withField(current, column, field, value));
    const field = ([name, label, kind]: FieldSpec, hint?: string) => (
      <Field
        key={name}
        id={fieldId(column, name)}
        label={kind === 'money' ? `${label} (${currency})` : label}
        kind={kind}
        value={input[name] ?? ''}
        error={(errors as Record<string, string | undefined>)[name]}
        hint={hint}
        locale={locale}
        onInput={(value) => onField(name, value)}
      />
    );
    return (
      <fieldset key={column} class="co-offer" id={id(column)}>
        <legend>
          {step(STEPS[column][0])}
          {COLUMN_LABELS[column]}
        </legend>
        {!compact && <p class="co-hint">{STEPS[column][1]}</p>}
        {(compact ? AMOUNTS.slice(0, 1) : AMOUNTS).map((spec) => field(spec))}
        {full && (
          <full.OfferDetails
            column={column}
            input={input}
            errors={errors}
            ladder={state.ladder}
            field={field}
            onField={onField}
          />
        )}
        {column === 'other' && (
          <Button aria-label="Remove another offer" onClick={() => setOther(null, id('add-other'))}>
            Remove
          </Button>
        )}
      </fieldset>
    );
  };

  // Beside the form at desktop widths (counteroffer.css), so the totals and the message are never
  // a screen away from the field that changes them; below it on a phone. In an issue only the line.
  const summary = (
    <>
      {heading('What it adds up to', 'results')}
      <p class={empty ? 'co-summary co-empty' : 'co-summary co-print'}>
        {empty &&
          `Enter their base salary to start${compact ? '.' : ': the year-by-year comparison appears here.'}`}
        {!empty && summaryText}
        {!empty && compact && beyondBase && ' It counts the other terms you entered in the full builder.'}
      </p>
    </>
  );
  const messageView = (
    <>
      {message && <MessageView level={(compact ? sub : sub + 1) as HeadingLevel} message={message} />}
      <MessageActions message={message} blocked={blocked} company={state.company} />
    </>
  );
  const messageBlock = (
    <>
      {heading('Your message', 'message')}
      {rest && found?.lower.length ? (
        <rest.LowerWarning warnings={found.lower} confirmed={found.lowerOk} onChange={change} />
      ) : null}
      <p role="status" class="co-status">
        {message ? '' : failed ? MESSAGE_FAILED : 'Writing your message…'}
      </p>
      {!message && failed && (
        <p>
          <Button
            onClick={() => {
              focusAfter(id('message'));
              retry();
            }}
          >
            Try again
          </Button>
        </p>
      )}
      {rest && found?.blockers.length ? (
        <rest.ErrorSummary id={id('errors')} level={(sub + 1) as HeadingLevel} errors={found.blockers} />
      ) : null}
      {compact ? (
        // Closed on the server and after hydration alike (Preact never sets `open`), so the issue
        // stays short and nothing moves; the reader’s own opening is the browser’s to keep.
        <details class="co-more">
          <summary id={id('message')}>Read and copy your message</summary>
          {messageView}
        </details>
      ) : (
        messageView
      )}
    </>
  );
  const codes: readonly string[] = CURRENCIES.includes(state.currency as (typeof CURRENCIES)[number])
    ? CURRENCIES
    : [state.currency, ...CURRENCIES];

  return (
    <div class={compact ? 'counteroffer co-compact' : 'counteroffer'} data-pagefind-ignore="all">
      <Heading level={headingLevel} id={id('title')} tabIndex={-1} class="co-title">
        Build your counteroffer
      </Heading>
      {children}
      <KeptNumbers notices={notices} kept={kept} />
      {/* Inert until the island runs: without JavaScript the form can’t work, and says so above. */}
      <div class="co-frame" inert={!ready}>
        <div class="co-layout">
          <div class="co-main">
            <form
              key={round}
              onSubmit={(event) => event.preventDefault()}
              // The compact builder fetches the code that saves as the reader starts, so even a
              // keystroke followed at once by a reload is saved (on pagehide).
              onFocusIn={() => void loadRest().catch(() => undefined)}
              noValidate
            >
              {!compact && (
                <fieldset class="co-basics">
                  <legend>
                    {step('1')}
                    The basics
                  </legend>
                  <Select
                    id={id('currency')}
                    label="Currency"
                    value={state.currency}
                    options={codes.map((code) => [code, code])}
                    onPick={(currency) => change({ currency })}
                  />
                  {NAMES.map(([name, label]) => (
                    <Field
                      key={name}
                      id={id(name)}
                      label={label}
                      value={state[name]}
                      autoComplete={name === 'yourName' ? 'name' : 'off'}
                      onInput={(value) => change({ [name]: value })}
                    />
                  ))}
                </fieldset>
              )}
              <div class="co-offers">{inputs.map(offerFieldset)}</div>
              {!compact && !state.other && (
                <p class="co-add-other">
                  <Button
                    id={id('add-other')}
                    onClick={() => setOther(emptyOfferInput(), fieldId('other', 'base'))}
                  >
                    Add another offer
                  </Button>
                </p>
              )}
              {full && <full.Priorities level={sub} state={state} onChange={change} announce={announce} />}
            </form>
            {compact && summary}
            {full && (
              <full.Results inputs={inputs} comparison={comparison} currency={currency} locale={locale} />
            )}
            {heading(<>{step('4')}What to say</>)}
            <div class="co-message-options">
              <Radios
                group={id('goal')}
                legend="What do you want to say?"
                options={GOALS}
                current={state.goal}
                onPick={(goal) => change({ goal })}
              />
              {(state.goal === 'decline' || state.goal === 'too-late') && (
                <Radios
                  group={id('reason')}
                  legend="Why are you saying no?"
                  options={REASONS}
                  current={state.reason ?? 'none'}
                  onPick={(value) => change({ reason: value === 'none' ? undefined : value })}
                />
              )}
              {full && <full.MessageDetails state={state} onChange={change} />}
            </div>
            {compact && messageBlock}
          </div>
          {!compact && (
            <div class="co-aside">
              {summary}
              {messageBlock}
            </div>
          )}
        </div>
        {heading('Keep it')}
        <div class="co-keep">
          {compact ? (
            // The full builder, carrying the reader’s numbers once there are any.
            <a
              href={
                ready && rest && !pristine
                  ? rest.shareLink(state, locale, location.origin, import.meta.env.BASE_URL)
                  : joinBase(import.meta.env.BASE_URL, COUNTEROFFER_PATH)
              }
              class="button secondary"
            >
              Open the full builder
            </a>
          ) : (
            <fieldset class="co-share" disabled={blocked}>
              <legend class="visually-hidden">Share</legend>
              {rest && <rest.ShareLink state={state} locale={locale} />}
            </fieldset>
          )}
          <StartOver onConfirm={startOver} />
        </div>
        <p class="co-hint">
          {compact &&
            'The full builder adds the year-by-year comparison, another offer and the terms beyond pay. '}
          What you enter is saved in this browser only.
        </p>
      </div>
      {announcer}
    </div>
  );
}
