import { useState } from 'preact/hooks';
import { formatMoney, type OfferComparison, type OfferSummary, type YearRow } from '../../lib/offer/index.ts';
import type { Column } from '../../lib/counteroffer/index.ts';
import { percentPhrase } from '../../lib/counteroffer/summary-text.ts';
import { ColumnHeads } from './ColumnHeads.tsx';
import { ID_PREFIX } from './columns.ts';

/** One offer’s summary, labelled by the column it belongs to. */
export type ColumnSummary = { column: Column; summary: OfferSummary };

type Props = {
  columns: readonly ColumnSummary[];
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

const SUMMARY_ROWS: readonly [(summary: OfferSummary) => number, string][] = [
  [(summary) => summary.total, 'total'],
  [(summary) => summary.average, 'Yearly average'],
  [(summary) => summary.guaranteedYear1, 'Guaranteed cash in year 1 (base + sign-on + relocation)'],
];

/**
 * The totals and the difference first, then each year folded behind one button: on a phone the
 * reader sees what matters in a table narrow enough to read, with no column hidden. It is also
 * the accessible alternative to the chart.
 */
export function ComparisonTable({ columns, comparison, currency, locale }: Props) {
  const [showYears, setShowYears] = useState(false);
  const money = (amount: number) => formatMoney(Math.round(amount), currency, locale);
  const years = columns[0]?.summary.years.length ?? 0;
  const span = columns.length + 1;
  const row = (label: string, values: number[], total: boolean, year?: number) => (
    <tr key={label} class={total ? 'co-total' : undefined}>
      <th scope="row">
        {label}
        {year && <span class="visually-hidden">, year {year}</span>}
      </th>
      {values.map((value, i) => (
        <td key={i}>{money(value)}</td>
      ))}
    </tr>
  );
  const group = (title: string, rows: preact.ComponentChildren) => (
    <tbody key={title}>
      <tr>
        <th scope="rowgroup" colSpan={span} class="co-year">
          {title}
        </th>
      </tr>
      {rows}
    </tbody>
  );
  const { difference, percent } = comparison;
  const rounded = Math.round(difference);
  const captionId = `${ID_PREFIX}-table-caption`;
  const tableId = `${ID_PREFIX}-table`;
  const totals = group(`All ${years} years`, [
    ...SUMMARY_ROWS.map(([pick, label]) =>
      row(
        label === 'total' ? `${years}-year total` : label,
        columns.map(({ summary }) => pick(summary)),
        true,
      ),
    ),
    <tr key="difference" class="co-total co-difference">
      <th scope="row">Difference, counteroffer − their offer</th>
      <td colSpan={columns.length}>
        {rounded > 0 ? '+' : rounded < 0 ? '−' : ''}
        {money(Math.abs(rounded))} over {years} years
        {percent !== null && `, ${percentPhrase(percent, locale)}`}
      </td>
    </tr>,
  ]);
  return (
    <>
      {/* A focusable region, so keyboard users can scroll the table sideways on a narrow screen. */}
      <section class="co-table-scroll co-print" aria-labelledby={captionId} tabIndex={0}>
        <table class="co-table" id={tableId}>
          <caption id={captionId}>Year by year, in {currency}</caption>
          <ColumnHeads columns={columns} />
          {totals}
          {showYears &&
            Array.from({ length: years }, (_, k) =>
              group(
                `Year ${k + 1}`,
                YEAR_ROWS.map(([key, label]) =>
                  row(
                    label,
                    columns.map(({ summary }) => summary.years[k]?.[key] ?? 0),
                    key === 'total',
                    k + 1,
                  ),
                ),
              ),
            )}
        </table>
      </section>
      <button
        type="button"
        class="button secondary co-years-toggle"
        aria-expanded={showYears}
        aria-controls={tableId}
        onClick={() => setShowYears((shown) => !shown)}
      >
        {showYears ? 'Hide each year' : 'Show each year'}
      </button>
    </>
  );
}
