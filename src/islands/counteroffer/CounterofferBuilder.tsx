import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterofferMessage, CounterofferState, OfferField, OfferInput } from '../../lib/counteroffer';
// Modules, not the counteroffer barrel: it re-exports the message writer, which use-message loads on demand.
import { encodeState } from '../../lib/counteroffer/codec';
import { compareOffers, summarise, type OfferTerms } from '../../lib/offer';
import { CHECKED_FIELDS, fieldId, type Column } from './columns';
import { ComparisonTable, type ColumnSummary } from './ComparisonTable';
import { BasicsFieldset } from './BasicsFieldset';
import { Heading, type HeadingLevel } from './Heading';
import { MessageActions } from './MessageActions';
import { MessageOptions } from './MessageOptions';
import { MessageView } from './MessageView';
import { withField } from './mirror';
import { mapAmounts, plainAmount } from './money-text';
import { OfferFieldset } from './OfferFieldset';
import { PriorityList } from './PriorityList';
import { NO_TERMS, resolveTerms, type Resolved } from './resolve-terms';
import { LINK_PREFIX } from './restore';
import { ShareLink } from './ShareLink';
import { StartOver } from './StartOver';
import { blankOffer, startState, type CounterofferInitial } from './start-state';
import { totalsSummary } from './summary-text';
import { TotalsChart } from './TotalsChart';
import { useFocusAfter } from './use-focus-after';
import { useLiveRegion } from './use-live-region';
import { useMessage } from './use-message';
import { usePersistentState } from './use-persistent-state';

export type { CounterofferInitial } from './start-state';

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

type Touched = ReadonlySet<string>;

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
  const { state, update, locale, ready, pristine, notices, reset } = usePersistentState(storageKey, (at) =>
    startState(initial, at),
  );
  const [touched, setTouched] = useState<Touched>(new Set());
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

  const resolve = (column: Column, input: OfferInput): Resolved => {
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
  const message = useMessage(state, locale, pristine, serverMessage);

  const errorsOf = (column: Column, errors: Resolved['errors']) => {
    const shown: Resolved['errors'] = {};
    for (const field of CHECKED_FIELDS) {
      if (errors[field] && touched.has(`${column}.${field}`)) shown[field] = errors[field];
    }
    return shown;
  };
  // Ids of the fields to fix, in screen order: Update moves focus to the first.
  const invalid = inputs.flatMap(({ column, errors }) =>
    CHECKED_FIELDS.filter((field) => errors[field]).map((field) => fieldId(idPrefix, column, field)),
  );

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
  const onTouch = (column: Column) => (field: OfferField) =>
    setTouched((previous) => {
      const key = `${column}.${field}`;
      return previous.has(key) ? previous : new Set(previous).add(key);
    });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setTouched(new Set(inputs.flatMap(({ column }) => CHECKED_FIELDS.map((field) => `${column}.${field}`))));
    // The first field to fix takes focus (its message is read with it); with none, the results do.
    focusAfter(invalid[0] ?? id('results'));
    if (!invalid[0]) announce(summaryText);
  };

  const setOther = (other: OfferInput | null, focus: string) => {
    focusAfter(focus);
    change({ other });
  };

  const startOver = () => {
    reset();
    setTouched(new Set());
    lastValid.current = { offer: NO_TERMS, counter: NO_TERMS, other: NO_TERMS };
    announced.current = null;
    document.getElementById(id('title'))?.focus();
    announce('Cleared. The builder is empty again.');
  };

  const makeLink = () => {
    const plain = mapAmounts(state, (text) => plainAmount(text, locale));
    return `${location.origin}${location.pathname}${LINK_PREFIX}${encodeState(plain)}`;
  };

  const offerFieldset = (column: Column, input: OfferInput, errors: Resolved['errors']) => (
    <OfferFieldset
      idPrefix={idPrefix}
      column={column}
      input={input}
      errors={errorsOf(column, errors)}
      currency={currency}
      locale={locale}
      onField={onField(column)}
      onTouch={onTouch(column)}
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
      <p role="status" class="co-notice">
        {notices.link}
      </p>
      <p role="status" class="co-notice">
        {notices.storage}
      </p>
      {/* Inert until the island runs: without JavaScript the form can't work, and says so above. */}
      <div class="co-frame" inert={!ready}>
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

        <Heading level={sub}>Your message</Heading>
        <MessageOptions idPrefix={idPrefix} state={state} onChange={change} />
        {message ? (
          <>
            <MessageView idPrefix={idPrefix} level={(sub + 1) as HeadingLevel} message={message} />
            <MessageActions message={message} company={state.company} emailId={id('email')} />
          </>
        ) : (
          <p>Writing your message…</p>
        )}

        <Heading level={sub}>Keep it</Heading>
        <p>What you enter is saved in this browser only.</p>
        <div class="co-keep">
          <ShareLink idPrefix={idPrefix} makeLink={makeLink} />
          <StartOver idPrefix={idPrefix} onConfirm={startOver} />
        </div>
      </div>
      <div class="visually-hidden">
        <p aria-live="polite" aria-atomic="true">
          {live[0]}
        </p>
        <p aria-live="polite" aria-atomic="true">
          {live[1]}
        </p>
      </div>
    </div>
  );
}
