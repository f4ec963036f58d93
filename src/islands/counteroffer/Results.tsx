import { useState } from 'preact/hooks';
import { validateDate } from '../../lib/offer/validate.ts';
import type { ComponentChildren } from 'preact';
import {
  formatMoney,
  summarise,
  type OfferComparison,
  type OfferSummary,
  type YearRow,
} from '../../lib/offer/index.ts';
import type { Offer } from '../../lib/offer/terms.ts';
import {
  lowerKey,
  lowerTerms,
  percentPhrase,
  states,
  valueText,
  type Column,
  type CounterofferState,
  type FieldErrors,
  type LowerTerm,
  type OfferField,
  type TermKey,
} from '../../lib/counteroffer/index.ts';
import type { FieldError } from '../shared/ErrorSummary.tsx';
import { AMOUNTS, COLUMN_LABELS, ID_PREFIX, MORE, fieldId, type Patch } from './columns.ts';
import { Button, Choice } from './fields.tsx';

type ResultsProps = {
  inputs: readonly { column: Column; terms: Offer }[];
  comparison: OfferComparison;
  currency: string;
  locale: string;
};

const YEAR_ROWS: readonly [keyof Omit<YearRow, 'year'>, string][] = [
  ['base', 'Base salary'],
  ['bonus', 'Bonus'],
  ['equity', 'Equity vesting'],
  ['oneTime', 'One-time (sign-on, relocation)'],
  ['total', 'Total'],
];

/** The comparison: the totals table (each year on request), the chart of yearly totals, the terms beyond pay. */
export function Results({ inputs, comparison, currency, locale }: ResultsProps) {
  // Each year waits behind a button, so on a phone the table stays narrow enough to read, no column hidden.
  const [showYears, setShowYears] = useState(false);
  const money = (amount: number) => formatMoney(Math.round(amount), currency, locale);
  const columns = inputs.map(({ column, terms }) => ({ column, summary: summarise(terms) }));
  const years = Array.from({ length: columns[0]?.summary.years.length ?? 0 }, (_, k) => k);
  // In a focusable region, so keyboard users can scroll a table sideways on a narrow screen.
  const table = (id: string, caption: string, body: ComponentChildren) => (
    <section class="co-table-scroll co-print" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class="co-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ column }) => (
              <th scope="col" key={column}>
                {COLUMN_LABELS[column]}
              </th>
            ))}
          </tr>
        </thead>
        {body}
      </table>
    </section>
  );
  // A row of amounts (picked from each offer’s summary) or of terms’ values.
  type Cells = ((summary: OfferSummary) => number) | readonly string[];
  const row = (label: string, cells: Cells, total = true, year?: number) => (
    <tr key={label} class={total ? 'co-total' : undefined}>
      <th scope="row">
        {label}
        {year && <span class="visually-hidden">, year {year}</span>}
      </th>
      {(typeof cells === 'function' ? columns.map(({ summary }) => money(cells(summary))) : cells).map(
        (value, i) => (
          <td key={i}>{value}</td>
        ),
      )}
    </tr>
  );
  const group = (title: string, rows: ComponentChildren) => (
    <tbody key={title}>
      <tr>
        <th scope="rowgroup" colSpan={columns.length + 1} class="co-year">
          {title}
        </th>
      </tr>
      {rows}
    </tbody>
  );
  const rounded = Math.round(comparison.difference);
  const yearTotal = (summary: OfferSummary, k: number) => summary.years[k]?.total ?? 0;
  const max = Math.max(1, ...columns.flatMap(({ summary }) => years.map((k) => yearTotal(summary, k))));
  const yearly = columns.map(
    ({ column, summary }) =>
      `${COLUMN_LABELS[column]}: ${years.map((k) => money(yearTotal(summary, k))).join(', ')}`,
  );
  const bar = (column: Column, width: string, text: string) => (
    <span key={column}>
      <svg class={`co-bar-${column}`} width={width} height="18">
        <rect width="100%" height="100%" />
      </svg>
      {text}
    </span>
  );
  const termRows = MORE.flatMap(([name, label, , short]) => {
    const term = name as TermKey;
    if (term === 'otherTerms') return [];
    const values = inputs.map(({ terms }) =>
      states(term, terms) ? valueText(term, terms, currency, locale) : '—',
    );
    return values.some((value) => value !== '—') ? [row(short ?? label, values, false)] : [];
  });

  return (
    <>
      {comparison.offer.total > 0 && (
        <>
          {table(`${ID_PREFIX}-table`, `Year by year, in ${currency}`, [
            group(`All ${years.length} years`, [
              row(`${years.length}-year total`, (summary) => summary.total),
              row('Yearly average', (summary) => summary.average),
              row(
                'Guaranteed cash in year 1 (base + sign-on + relocation)',
                (summary) => summary.guaranteedYear1,
              ),
              <tr key="difference" class="co-total">
                <th scope="row">Difference, counteroffer − their offer</th>
                <td colSpan={columns.length}>
                  {rounded > 0 ? '+' : rounded < 0 ? '−' : ''}
                  {money(Math.abs(rounded))} over {years.length} years
                  {comparison.percent !== null && `, ${percentPhrase(comparison.percent, locale)}`}
                </td>
              </tr>,
            ]),
            showYears &&
              years.map((k) =>
                group(
                  `Year ${k + 1}`,
                  YEAR_ROWS.map(([key, label]) =>
                    row(label, (summary) => summary.years[k]?.[key] ?? 0, key === 'total', k + 1),
                  ),
                ),
              ),
          ])}
          <Button
            class="button secondary co-years-toggle"
            aria-expanded={showYears}
            aria-controls={`${ID_PREFIX}-table`}
            onClick={() => setShowYears(!showYears)}
          >
            {showYears ? 'Hide each year' : 'Show each year'}
          </Button>
          {/* Each bar is an SVG sized by attribute (the CSP allows no inline style), its amount at its end,
              so the chart needs no legend lookup per bar. A screen reader hears one image, every figure. */}
          <div
            class="co-chart"
            role="img"
            aria-label={`Bar chart of yearly totals, years 1 to ${years.length}. ${yearly.join('. ')}. Every figure is in the table.`}
          >
            <p class="co-legends">{columns.map(({ column }) => bar(column, '18', COLUMN_LABELS[column]))}</p>
            {years.map((k) => (
              <p key={k}>
                Year {k + 1}
                {columns.map(({ column, summary }) =>
                  bar(column, `${(yearTotal(summary, k) / max) * 65}%`, money(yearTotal(summary, k))),
                )}
              </p>
            ))}
          </div>
        </>
      )}
      {termRows.length > 0 && table(`${ID_PREFIX}-terms`, 'Beyond pay', <tbody>{termRows}</tbody>)}
    </>
  );
}

type WarningProps = { warnings: readonly LowerTerm[]; confirmed: boolean; onChange: (patch: Patch) => void };

/** Names each term where the counter asks for less than their offer; the message leaves them out until the reader confirms. */
export function LowerWarning({ warnings, confirmed, onChange }: WarningProps) {
  const id = `${ID_PREFIX}-confirm-lower`;
  return (
    <div class="co-warning" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Your counteroffer asks for less than their offer.</strong>{' '}
        {confirmed
          ? 'Your message asks for it as you typed it.'
          : 'Your message leaves these out until you confirm.'}
      </p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.term}>{warning.text}</li>
        ))}
      </ul>
      <Choice
        id={id}
        label="I mean to ask for less on these"
        checked={confirmed}
        onChecked={(yes) => onChange({ confirmedLower: yes ? lowerKey(warnings) : undefined })}
      />
    </div>
  );
}

// The checked fields in the order they appear on screen, as error messages name them.
const CHECKED = [...AMOUNTS, ['customVesting', 'Vesting each year'] as const, ...MORE] as readonly (readonly [
  OfferField,
  string,
  unknown,
  string?,
])[];

/** What the message uses and can’t stand behind, each linked to its field, and the asks below their offer. */
export function findBlockers(
  state: CounterofferState,
  locale: string,
  inputs: readonly { column: Column; errors: FieldErrors }[],
  full: boolean,
) {
  // A too-late or a decline message uses no numbers, so nothing blocks it.
  if (state.goal !== 'counter' && state.goal !== 'explore') return { lower: [], lowerOk: true, blockers: [] };
  const lower = lowerTerms(state, locale);
  const lowerOk = lower.length === 0 || state.confirmedLower === lowerKey(lower);
  const blockers: FieldError[] = inputs
    .filter(({ column }) => column !== 'other' || state.citeOtherOffer)
    .flatMap(({ column, errors }) =>
      CHECKED.filter(([field]) => errors[field]).map(([field, label, , short]) => ({
        fieldId: fieldId(column, field),
        message: `${COLUMN_LABELS[column]}, ${(short ?? label).toLowerCase()}: ${errors[field] ?? ''}`,
      })),
    );
  // Only the full builder asks for a deadline.
  const deadline = full ? validateDate(state.deadline ?? '') : undefined;
  if (deadline?.ok === false)
    blockers.push({ fieldId: `${ID_PREFIX}-deadline`, message: `Offer deadline: ${deadline.message}` });
  if (!lowerOk)
    blockers.push({
      fieldId: `${ID_PREFIX}-confirm-lower`,
      message: 'Your counteroffer asks for less than their offer: confirm it, or change the numbers',
    });
  return { lower, lowerOk, blockers };
}
