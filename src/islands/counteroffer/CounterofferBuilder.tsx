import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  Basis,
  Column,
  CounterofferMessage,
  CounterofferState,
  FieldErrors,
  OfferInput,
  Reason,
} from '../../lib/counteroffer/index.ts';
import { COUNTEROFFER_PATH } from '../../lib/paths/tool-paths.ts';
import { joinBase } from '../../lib/paths/base.ts';
import { withField } from '../../lib/counteroffer/mirror.ts';
import { resolveTerms } from '../../lib/counteroffer/resolve-terms.ts';
import { emptyOfferInput } from '../../lib/counteroffer/state.ts';
import { totalsSummary } from '../../lib/counteroffer/summary-text.ts';
import { NO_TERMS } from '../../lib/counteroffer/terms.ts';
import { compareOffers, summarise, type OfferTerms } from '../../lib/offer/index.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useAnnouncer } from '../shared/use-announcer.tsx';
import { useFocusAfter } from '../shared/use-focus-after.ts';
import { CHECKED_FIELDS, ID_PREFIX, fieldId } from './columns.ts';
import type { ColumnSummary } from './ComparisonTable.tsx';
import { loadRest, useRest } from './load-rest.ts';
import { BasicsFieldset } from './BasicsFieldset.tsx';
import { KeptNumbers } from './KeptNumbers.tsx';
import { MessageActions } from './MessageActions.tsx';
import { MessageOptions } from './MessageOptions.tsx';
import { MessageView } from './MessageView.tsx';
import { OfferFieldset } from './OfferFieldset.tsx';
import { StartOver } from './KeepIt.tsx';
import { useMessage } from './use-message.ts';
import { usePersistentState } from './use-persistent-state.ts';

/** Said when the message writer didn’t load, with a Try again button after it. */
export const MESSAGE_FAILED =
  'Your message couldn’t be written: part of this page didn’t load. Check your connection and try again.';

/** Props the Astro wrapper sets on the counteroffer builder. */
export type CounterofferBuilderProps = {
  /** The title’s heading level; sections nest below it. Default 2. */
  headingLevel?: 2 | 3;
  /**
   * Only the two base salaries, a one-line summary and the message behind a disclosure, with a
   * link to the full builder (as issues embed it). Default false: the full builder.
   */
  compact?: boolean;
  /** The message for the starting state, written at build time so it shows before the message code loads. The Astro wrapper sets it. */
  serverMessage?: CounterofferMessage;
  /** Server-rendered explanation (the Astro wrapper’s), shown under the title. */
  children?: ComponentChildren;
};

// The ids of the fields the reader has left (validated from then on).
type Checked = ReadonlySet<string>;

/** Builds a counteroffer: their offer against what it would take, year by year, and the message to send. */
export default function CounterofferBuilder({
  headingLevel = 2,
  compact = false,
  serverMessage,
  children,
}: CounterofferBuilderProps) {
  const { state, update, locale, ready, pristine, notices, kept, reset } = usePersistentState();
  const [checked, setChecked] = useState<Checked>(new Set());
  const [announcer, announce] = useAnnouncer();
  const lastValid = useRef<Record<Column, OfferTerms>>({
    offer: NO_TERMS,
    counter: NO_TERMS,
    other: NO_TERMS,
  });
  const announced = useRef<string | null>(null);
  const focusAfter = useFocusAfter();
  const sub = (headingLevel + 1) as HeadingLevel;
  const id = (name: string) => `${ID_PREFIX}-${name}`;
  const rest = useRest(ready && (!compact || !pristine));
  const full = compact ? undefined : rest;
  const { currency } = state;

  const resolve = (column: Column, input: OfferInput) => {
    const resolved = resolveTerms(input, locale, lastValid.current[column]);
    lastValid.current[column] = resolved.terms;
    return resolved;
  };
  const inputs = (['offer', 'counter', 'other'] as const).flatMap((column) => {
    if (compact && column === 'other') return [];
    const input = column === 'other' ? state.other : state[column];
    if (!input) return [];
    const { terms, errors } = resolve(column, input);
    // Terms beyond pay are checked by the full builder’s parts, which show them.
    return [{ column, input, terms, errors: { ...errors, ...full?.parseExtras(input).errors } }];
  });
  const [offer, counter] = inputs;
  const comparison = compareOffers(offer?.terms ?? NO_TERMS, counter?.terms ?? NO_TERMS);
  const columns: ColumnSummary[] = inputs.map(({ column, terms }) => ({ column, summary: summarise(terms) }));
  const empty = comparison.offer.total === 0;
  const summaryText = totalsSummary(comparison, currency, locale);
  // The compact builder shows only the base salaries; the totals say when they hold more.
  const beyondBase = inputs.some(({ terms: t }) =>
    [t.bonusPercent, t.signOn, t.relocation, t.equityGrant, t.equityRefresh ?? 0].some(
      (amount) => amount > 0,
    ),
  );
  const [message, retryMessage] = useMessage(state, locale, pristine, serverMessage);
  const shown = (field: keyof FieldErrors) => !compact || field === 'base';

  // A field is checked once the reader leaves it; its message stays until it is fixed.
  const errorsOf = (column: Column, errors: FieldErrors) => {
    const visible: FieldErrors = {};
    for (const field of CHECKED_FIELDS) {
      if (errors[field] && checked.has(fieldId(column, field))) visible[field] = errors[field];
    }
    return visible;
  };
  const onLeave = (event: FocusEvent) => {
    const target = event.target as HTMLElement | null;
    const left = target?.id ?? '';
    const ids = inputs.flatMap(({ column }) => CHECKED_FIELDS.map((field) => fieldId(column, field)));
    // Every custom vesting year checks the schedule as a whole.
    const match = ids.find((fieldKey) => left === fieldKey || left.startsWith(`${fieldKey}-`));
    if (match && !checked.has(match)) setChecked(new Set([...checked, match]));
  };

  // What the message uses and can’t stand behind: it blocks Copy, Download and Share.
  const deadline = full?.validateDate(state.deadline ?? '');
  const { lower, lowerOk, blockers } = rest?.findBlockers({
    state,
    locale,
    inputs,
    shown,
    deadlineError: deadline?.ok === false ? deadline.message : undefined,
  }) ?? { lower: [], lowerOk: true, blockers: [] };
  const blocked = blockers.length > 0;

  useEffect(() => {
    if (!ready) return;
    // The first totals after restoring are what the reader left; only changes are news.
    if (announced.current !== null && announced.current !== summaryText) announce(summaryText, 1000);
    announced.current = summaryText;
  }, [summaryText, ready]);

  const change = (patch: Partial<CounterofferState>) => update((current) => ({ ...current, ...patch }));
  const onField =
    (column: Column) =>
    <K extends keyof OfferInput>(field: K, value: OfferInput[K]) =>
      update((current) => withField(current, column, field, value));
  const onReason = (reason: Reason | undefined) =>
    update((current) => {
      const next = { ...current };
      delete next.reason;
      return reason ? { ...next, reason } : next;
    });
  const onBasis = (basis: Basis | undefined, citeOtherOffer: boolean) =>
    update((current) => {
      const next = { ...current, citeOtherOffer };
      delete next.basis;
      return basis ? { ...next, basis } : next;
    });
  const onConfirmLower = (confirmed: boolean) =>
    update((current) => {
      const next = { ...current };
      delete next.confirmedLower;
      return confirmed && rest ? { ...next, confirmedLower: rest.lowerKey(lower) } : next;
    });

  const setOther = (other: OfferInput | null, focus: string) => {
    focusAfter(focus);
    change({ other });
  };

  const startOver = () => {
    reset();
    setChecked(new Set());
    lastValid.current = { offer: NO_TERMS, counter: NO_TERMS, other: NO_TERMS };
    announced.current = null;
    document.getElementById(id('title'))?.focus();
    announce('Cleared. The builder is empty again.');
  };

  const makeLink = () => rest?.shareLink(state, locale, location.origin, import.meta.env.BASE_URL) ?? '';
  // The full builder, carrying the reader’s numbers once there are any.
  const fullHref =
    ready && rest && !pristine ? makeLink() : joinBase(import.meta.env.BASE_URL, COUNTEROFFER_PATH);

  const offerFieldset = (column: Column, input: OfferInput, errors: FieldErrors) => (
    <OfferFieldset
      key={column}
      column={column}
      input={input}
      errors={errorsOf(column, errors)}
      currency={currency}
      locale={locale}
      compact={compact}
      onField={onField(column)}
    >
      {full && (
        <full.OfferDetails
          column={column}
          input={input}
          errors={errorsOf(column, errors)}
          currency={currency}
          locale={locale}
          levelHint={full.levelHint(input.level, state.ladder)}
          onField={onField(column)}
        />
      )}
      {column === 'other' && (
        <button
          type="button"
          class="button secondary"
          aria-label="Remove another offer"
          onClick={() => setOther(null, id('add-other'))}
        >
          Remove
        </button>
      )}
    </OfferFieldset>
  );

  // Beside the form at desktop widths (counteroffer.css), so the totals and the message are never
  // a screen away from the field that changes them; below it on a phone. In an issue only the line.
  const summary = (
    <>
      {!compact && (
        <Heading level={sub} id={id('results')} tabIndex={-1}>
          What it adds up to
        </Heading>
      )}
      {empty ? (
        <p class="co-summary co-empty">
          Enter their base salary to start
          {compact ? '.' : ': the year-by-year comparison appears here.'}
        </p>
      ) : (
        <p class="co-summary co-print">
          {summaryText}
          {compact && beyondBase && ' It counts the other terms you entered in the full builder.'}
        </p>
      )}
    </>
  );
  const messageView = message && message !== 'failed' && (
    <MessageView level={(sub + (compact ? 0 : 1)) as HeadingLevel} message={message} />
  );
  const actions = (
    <MessageActions
      message={message === 'failed' ? null : message}
      blocked={blocked}
      company={state.company}
      emailId={id('email')}
    />
  );
  const messageBlock = (
    <>
      {!compact && (
        <Heading level={sub} id={id('message')} tabIndex={-1}>
          Your message
        </Heading>
      )}
      {lower.length > 0 && rest && (
        <rest.LowerWarning
          id={id('confirm-lower')}
          warnings={lower}
          confirmed={lowerOk}
          onConfirm={onConfirmLower}
        />
      )}
      <p role="status" class="co-status co-message-status">
        {message === 'failed' ? MESSAGE_FAILED : message ? '' : 'Writing your message…'}
      </p>
      {message === 'failed' && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              focusAfter(id('message'));
              retryMessage();
            }}
          >
            Try again
          </button>
        </p>
      )}
      {!compact && messageView}
      {blocked && rest && (
        <rest.ErrorSummary id={id('errors')} level={(sub + 1) as HeadingLevel} errors={blockers} />
      )}
      {compact ? (
        // Closed on the server and after hydration alike (Preact never sets `open`), so the issue
        // stays short and nothing moves; the reader’s own opening is the browser’s to keep.
        <details class="co-more co-message-more">
          <summary id={id('message')}>Read and copy your message</summary>
          {messageView}
          {actions}
        </details>
      ) : (
        actions
      )}
    </>
  );

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
              onSubmit={(event) => event.preventDefault()}
              onFocusOut={onLeave}
              // The compact builder fetches the code that saves as the reader starts, so even a
              // keystroke followed at once by a reload is saved (on pagehide).
              onFocusIn={() => void loadRest().catch(() => undefined)}
              noValidate
            >
              {!compact && <BasicsFieldset state={state} onChange={change} />}
              <div class="co-offers">
                {inputs.map(({ column, input, errors }) => offerFieldset(column, input, errors))}
              </div>
              {!compact && !state.other && (
                <p class="co-add-other">
                  <button
                    type="button"
                    id={id('add-other')}
                    class="button secondary"
                    onClick={() => setOther(emptyOfferInput(), fieldId('other', 'base'))}
                  >
                    Add another offer
                  </button>
                </p>
              )}
              {full && (
                <full.PriorityList
                  level={sub}
                  priorities={state.priorities}
                  onChange={(priorities) => change({ priorities })}
                  announce={announce}
                />
              )}
              {full && (
                <details class="co-more">
                  <summary>Your ladder of levels</summary>
                  <full.LadderField
                    id={id('ladder')}
                    ladder={state.ladder}
                    onChange={(levels) => change({ ladder: levels })}
                  />
                </details>
              )}
            </form>
            {compact && summary}
            {!compact && !empty && rest && (
              <>
                <rest.ComparisonTable
                  columns={columns}
                  comparison={comparison}
                  currency={currency}
                  locale={locale}
                />
                <rest.TotalsChart columns={columns} currency={currency} locale={locale} />
              </>
            )}
            {!compact && rest && <rest.TermsTable inputs={inputs} currency={currency} locale={locale} />}
            {!compact && (
              <Heading level={sub}>
                <span class="co-step" aria-hidden="true">
                  4
                </span>
                What to say
              </Heading>
            )}
            <MessageOptions
              state={state}
              onChange={change}
              onReason={onReason}
              details={full && <full.MessageDetails state={state} onChange={change} onBasis={onBasis} />}
            />
            {compact && messageBlock}
          </div>
          {!compact && (
            <div class="co-aside">
              {summary}
              {messageBlock}
            </div>
          )}
        </div>

        {compact ? (
          <>
            <div class="co-keep">
              <a href={fullHref} class="button secondary">
                Open the full builder
              </a>
              <StartOver onConfirm={startOver} />
            </div>
            <p class="co-hint">
              The full builder adds the year-by-year comparison, another offer and the terms beyond pay. What
              you enter is saved in this browser only.
            </p>
          </>
        ) : (
          <>
            <Heading level={sub}>Keep it</Heading>
            <p>What you enter is saved in this browser only.</p>
            <div class="co-keep">
              <fieldset class="co-share" disabled={blocked}>
                <legend class="visually-hidden">Share</legend>
                {rest && <rest.ShareLink state={state} locale={locale} />}
              </fieldset>
              <StartOver onConfirm={startOver} />
            </div>
          </>
        )}
      </div>
      {announcer}
    </div>
  );
}
