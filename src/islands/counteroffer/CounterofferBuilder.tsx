import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  Column,
  CounterofferMessage,
  CounterofferState,
  FieldErrors,
  OfferInput,
  Reason,
} from '../../lib/counteroffer';
// Modules, not the counteroffer barrel: it re-exports the message writer and the codec, which
// load-deferred fetches on demand.
import { withField } from '../../lib/counteroffer/mirror';
import { resolveTerms } from '../../lib/counteroffer/resolve-terms';
import { blankOffer, startState, type CounterofferInitial } from '../../lib/counteroffer/start-state';
import { totalsSummary } from '../../lib/counteroffer/summary-text';
import { NO_TERMS } from '../../lib/counteroffer/terms';
import { compareOffers, summarise, type OfferTerms } from '../../lib/offer';
import type { FieldError } from '../shared/ErrorSummary';
import { Heading, type HeadingLevel } from '../shared/Heading';
import { LiveRegions } from '../shared/LiveRegions';
import { useLiveRegion } from '../shared/use-live-region';
import { BasicsFieldset } from './BasicsFieldset';
import { CHECKED_FIELDS, COLUMN_LABELS, FIELD_NAMES, fieldId } from './columns';
import { ComparisonTable, type ColumnSummary } from './ComparisonTable';
import { loadDeferred } from './load-deferred';
import { KeptNumbers } from './KeptNumbers';
import { MessageActions } from './MessageActions';
import { MessageOptions } from './MessageOptions';
import { MessageView } from './MessageView';
import { OfferFieldset } from './OfferFieldset';
import { PriorityList } from './PriorityList';
import { ShareLink } from './ShareLink';
import { StartOver } from './StartOver';
import { TotalsChart } from './TotalsChart';
import { useFocusAfter } from './use-focus-after';
import { useMessage } from './use-message';
import { usePersistentState } from './use-persistent-state';

export type { CounterofferInitial } from '../../lib/counteroffer/start-state';

/** Said when the message writer didn't load, with a Try again button after it. */
export const MESSAGE_FAILED =
  'Your message couldn’t be written: part of this page didn’t load. Check your connection and try again.';

/** Props an MDX issue or page may set on the counteroffer builder. */
export type CounterofferBuilderProps = {
  /** Starting currency, message kind, priorities and vesting schedule. Default: none set. */
  initial?: Partial<CounterofferInitial>;
  /** The builder's title. Default "Build your counteroffer". */
  heading?: string;
  /** The title's heading level; sections nest below it. Default 2. */
  headingLevel?: 2 | 3;
  /** localStorage key the builder saves under; give each differently configured builder its own. Default "counteroffer:v1". */
  storageKey?: string;
  /** Prefix for every id in the builder; give each builder on a page its own. Default "counteroffer". */
  idPrefix?: string;
  /** The message for the starting state, written at build time so it shows before the message code loads. The Astro wrapper sets it. */
  serverMessage?: CounterofferMessage;
  /** Server-rendered explanation (the Astro wrapper's), shown under the title. */
  children?: ComponentChildren;
};

// The ids of the fields the last Update found wrong.
type Checked = ReadonlySet<string>;

/** Builds a counteroffer: their offer against what it would take, year by year, and the message to send. */
export default function CounterofferBuilder({
  initial = {},
  heading = 'Build your counteroffer',
  headingLevel = 2,
  storageKey = 'counteroffer:v1',
  idPrefix = 'counteroffer',
  serverMessage,
  children,
}: CounterofferBuilderProps) {
  const { state, update, locale, ready, pristine, notices, kept, reset } = usePersistentState(
    storageKey,
    (at) => startState(initial, at),
  );
  const [checked, setChecked] = useState<Checked>(new Set());
  const [live, announce] = useLiveRegion();
  const lastValid = useRef<Record<Column, OfferTerms>>({
    offer: NO_TERMS,
    counter: NO_TERMS,
    other: NO_TERMS,
  });
  const announced = useRef<string | null>(null);
  const focusAfter = useFocusAfter();
  const sub = (headingLevel + 1) as HeadingLevel;
  const id = (name: string) => `${idPrefix}-${name}`;
  const { currency } = state;

  const resolve = (column: Column, input: OfferInput) => {
    const resolved = resolveTerms(input, locale, lastValid.current[column]);
    lastValid.current[column] = resolved.terms;
    return resolved;
  };
  const inputs = (['offer', 'counter', 'other'] as const).flatMap((column) => {
    const input = column === 'other' ? state.other : state[column];
    return input ? [{ column, input, ...resolve(column, input) }] : [];
  });
  const [offer, counter] = inputs;
  const comparison = compareOffers(offer?.terms ?? NO_TERMS, counter?.terms ?? NO_TERMS);
  const columns: ColumnSummary[] = inputs.map(({ column, terms }) => ({ column, summary: summarise(terms) }));
  const summaryText = totalsSummary(comparison, currency, locale);
  const [message, retryMessage] = useMessage(state, locale, pristine, serverMessage);
  // Loaded with the message writer, so it is here once the reader has changed anything.
  const Summary = loadDeferred.loaded?.ErrorSummary;

  // Fields are checked on Update, not while typing; a message stays until its field is fixed.
  const errorsOf = (column: Column, errors: FieldErrors) => {
    const shown: FieldErrors = {};
    for (const field of CHECKED_FIELDS) {
      if (errors[field] && checked.has(fieldId(idPrefix, column, field))) shown[field] = errors[field];
    }
    return shown;
  };
  // For the error summary: "Their offer, base salary: The amount can't be negative".
  const problems: FieldError[] = inputs.flatMap(({ column, errors }) => {
    const shown = errorsOf(column, errors);
    return CHECKED_FIELDS.filter((field) => shown[field]).map((field) => ({
      fieldId: fieldId(idPrefix, column, field),
      message: `${COLUMN_LABELS[column]}, ${FIELD_NAMES[field]}: ${shown[field] ?? ''}`,
    }));
  });

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

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const invalid = inputs.flatMap(({ column, errors }) =>
      CHECKED_FIELDS.filter((field) => errors[field]).map((field) => fieldId(idPrefix, column, field)),
    );
    setChecked(new Set(invalid));
    // The error summary takes focus and links to each field to fix; with none, the results do.
    // Without the summary's code (it didn't load) the first field to fix takes focus instead.
    focusAfter(invalid[0] ? (Summary ? id('errors') : invalid[0]) : id('results'));
    if (!invalid[0]) announce(summaryText);
  };

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

  // ShareLink loads the codec before it asks for a link.
  const makeLink = () =>
    loadDeferred.loaded?.shareLink(state, locale, location.origin, import.meta.env.BASE_URL) ?? '';

  const offerFieldset = (column: Column, input: OfferInput, errors: FieldErrors) => (
    <OfferFieldset
      idPrefix={idPrefix}
      column={column}
      input={input}
      errors={errorsOf(column, errors)}
      currency={currency}
      locale={locale}
      onField={onField(column)}
    >
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

  return (
    <div class="counteroffer" data-pagefind-ignore="all">
      <Heading level={headingLevel} id={id('title')} tabIndex={-1} class="co-title">
        {heading}
      </Heading>
      {children}
      <KeptNumbers idPrefix={idPrefix} notices={notices} kept={kept} />
      {/* Inert until the island runs: without JavaScript the form can't work, and says so above. */}
      <div class="co-frame" inert={!ready}>
        {problems.length > 0 && Summary && <Summary id={id('errors')} level={sub} errors={problems} />}
        <form onSubmit={onSubmit} noValidate>
          <BasicsFieldset idPrefix={idPrefix} state={state} onChange={change} />
          <div class="co-offers">
            {inputs.map(({ column, input, errors }) => offerFieldset(column, input, errors))}
            {!state.other && (
              <p class="co-add-other">
                <button
                  type="button"
                  id={id('add-other')}
                  class="button secondary"
                  onClick={() => setOther(blankOffer(initial), fieldId(idPrefix, 'other', 'base'))}
                >
                  Add another offer
                </button>
              </p>
            )}
          </div>
          <PriorityList
            idPrefix={idPrefix}
            level={sub}
            priorities={state.priorities}
            onChange={(priorities) => change({ priorities })}
            announce={announce}
          />
          <p>
            <button type="submit" class="button">
              Update
            </button>
          </p>
        </form>

        <Heading level={sub} id={id('results')} tabIndex={-1}>
          What it adds up to
        </Heading>
        <p class="co-summary co-print">{summaryText}</p>
        <ComparisonTable
          idPrefix={idPrefix}
          columns={columns}
          comparison={comparison}
          currency={currency}
          locale={locale}
        />
        <TotalsChart columns={columns} currency={currency} locale={locale} />

        <Heading level={sub} id={id('message')} tabIndex={-1}>
          Your message
        </Heading>
        <MessageOptions idPrefix={idPrefix} state={state} onChange={change} onReason={onReason} />
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
        {message && message !== 'failed' && (
          <MessageView idPrefix={idPrefix} level={(sub + 1) as HeadingLevel} message={message} />
        )}
        <MessageActions
          message={message === 'failed' ? null : message}
          company={state.company}
          emailId={id('email')}
        />

        <Heading level={sub}>Keep it</Heading>
        <p>What you enter is saved in this browser only.</p>
        <div class="co-keep">
          <ShareLink idPrefix={idPrefix} prepare={loadDeferred} makeLink={makeLink} />
          <StartOver idPrefix={idPrefix} onConfirm={startOver} />
        </div>
      </div>
      <LiveRegions messages={live} />
    </div>
  );
}
